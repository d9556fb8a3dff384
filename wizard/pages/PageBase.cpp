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

PageBase::ScrollingContent PageBase::scrollingContent(
    QWidget *parent, const QString &areaName, const QString &contentName)
{
    ScrollingContent result;
    result.area = new QScrollArea(parent);
    result.area->setObjectName(areaName);
    result.area->setWidgetResizable(true);
    result.area->setFrameShape(QFrame::NoFrame);
    // A container, not a stop for Tab: the controls inside take the focus.
    result.area->setFocusPolicy(Qt::NoFocus);
    result.area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The page's background, not the base colour of a view: it should look like a page, not a list.
    result.area->setBackgroundRole(QPalette::Window);
    result.content = new QWidget(result.area);
    result.content->setObjectName(contentName);
    result.content->setBackgroundRole(QPalette::Window);
    result.layout = new QVBoxLayout(result.content);
    result.layout->setContentsMargins(0, 0, 0, 0);
    return result;
}

void PageBase::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    if (m_scrolling == Scrolling::Scroll) {
        const ScrollingContent scroll
            = scrollingContent(this, QStringLiteral("pageScrollArea"), QStringLiteral("pageContent"));
        buildUi(scroll.layout);
        scroll.area->setWidget(scroll.content);
        outer->addWidget(scroll.area);
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
