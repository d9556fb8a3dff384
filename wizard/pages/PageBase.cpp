#include "PageBase.h"

#include "WizardState.h"

#include <QEvent>
#include <QScrollArea>
#include <QVBoxLayout>

namespace fw {

PageBase::PageBase(WizardState &state, Scrolling scrolling, QWidget *parent)
    : QWizardPage(parent), m_state(state), m_scrolling(scrolling)
{ }

QString PageBase::language() const
{
    return m_state.language();
}

void PageBase::followSelection()
{
    connect(&m_state, &WizardState::selectionChanged, this, [this] {
        if (m_built)
            refresh();
        emit completeChanged();
    });
}

QString PageBase::objectNameFor(const QString &prefix, const QString &id, const QString &suffix)
{
    QString name = prefix;
    for (const QString &part : id.split(QLatin1Char('-'), Qt::SkipEmptyParts))
        name += part.left(1).toUpper() + part.mid(1);
    return name + suffix;
}

void PageBase::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    if (m_scrolling == Scrolling::Scroll) {
        auto *scroll = new QScrollArea(this);
        scroll->setObjectName(QStringLiteral("pageScrollArea"));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        // A container, not a stop for Tab: the controls inside take the focus.
        scroll->setFocusPolicy(Qt::NoFocus);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        // The page's background, not the base colour of a view: it should look like a page, not a list.
        scroll->setBackgroundRole(QPalette::Window);
        auto *content = new QWidget(scroll);
        content->setObjectName(QStringLiteral("pageContent"));
        content->setBackgroundRole(QPalette::Window);
        auto *layout = new QVBoxLayout(content);
        layout->setContentsMargins(0, 0, 0, 0);
        buildUi(layout);
        scroll->setWidget(content);
        outer->addWidget(scroll);
    } else {
        buildUi(outer);
    }
    retranslateUi();
}

void PageBase::initializePage()
{
    ensureBuilt();
    refresh();
}

void PageBase::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_built)
            refresh();
    }
    QWizardPage::changeEvent(event);
}

} // namespace fw
