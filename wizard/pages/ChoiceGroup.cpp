#include "ChoiceGroup.h"

#include "Mnemonics.h"
#include "PageBase.h"
#include "WizardState.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace fw {

ChoiceGroup::ChoiceGroup(const QString &prefix, QWidget *parent)
    : QWidget(parent), m_prefix(prefix), m_layout(new QVBoxLayout(this)), m_group(new QButtonGroup(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_group->setExclusive(true);
}

void ChoiceGroup::setChoices(const QList<ChoiceDef> &choices, const QString &language, QSet<QChar> taken)
{
    QStringList ids;
    for (const ChoiceDef &c : choices)
        ids << c.id;
    QStringList shown;
    for (const Row &r : m_rows)
        shown << r.id;
    if (ids != shown) {
        for (const Row &r : m_rows) {
            m_group->removeButton(r.radio);
            delete r.radio;
            delete r.description;
        }
        m_rows.clear();
        // Indent the explanation under the radio's text, not under its circle.
        const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
            + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
        for (const ChoiceDef &c : choices) {
            Row row;
            row.id = c.id;
            row.radio = new QRadioButton(this);
            row.radio->setObjectName(PageBase::objectNameFor(m_prefix, c.id, QStringLiteral("Radio")));
            row.description = new QLabel(this);
            row.description->setObjectName(PageBase::objectNameFor(m_prefix, c.id, QStringLiteral("Description")));
            row.description->setWordWrap(true);
            row.description->setContentsMargins(indent, 0, 0, 8);
            m_group->addButton(row.radio);
            m_layout->addWidget(row.radio);
            m_layout->addWidget(row.description);
            const QString id = c.id;
            connect(row.radio, &QRadioButton::toggled, this, [this, id](bool on) {
                if (on)
                    emit chosen(id);
            });
            m_rows << row;
        }
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        const ChoiceDef &c = choices[i];
        m_rows[i].radio->setText(mnemonic::assign(c.label.in(language), taken));
        m_rows[i].radio->setAccessibleDescription(c.description.in(language));
        m_rows[i].description->setText(c.description.in(language));
    }
}

void ChoiceGroup::setCurrent(const QString &id)
{
    for (const Row &r : m_rows) {
        if (r.id == id && !r.radio->isChecked()) {
            const QSignalBlocker blocker(r.radio);
            r.radio->setChecked(true);
        }
    }
}

QString ChoiceGroup::current() const
{
    for (const Row &r : m_rows) {
        if (r.radio->isChecked())
            return r.id;
    }
    return {};
}

struct ChoicePage::Ui
{
    QLabel *intro = nullptr;
    ChoiceGroup *choices = nullptr;
    QLabel *hint = nullptr;
};

ChoicePage::ChoicePage(WizardState &state, ChoiceKind kind, QWidget *parent)
    : PageBase(state, Scrolling::Scroll, parent), m_kind(std::move(kind))
{
    setObjectName(m_kind.prefix + QStringLiteral("Page"));
    followSelection();
}

ChoicePage::~ChoicePage() = default;

bool ChoicePage::isComplete() const
{
    const Product *product = state().product();
    return product && (product->*m_kind.find)(state().selection().*m_kind.chosen);
}

QString ChoicePage::productName() const
{
    const Product *product = state().product();
    return product ? product->name.in(language()) : QString();
}

void ChoicePage::buildUi(QVBoxLayout *layout)
{
    m_ui = std::make_unique<Ui>();
    m_ui->intro = new QLabel(this);
    m_ui->intro->setWordWrap(true);
    layout->addWidget(m_ui->intro);
    layout->addSpacing(6);
    m_ui->choices = new ChoiceGroup(m_kind.prefix, this);
    m_ui->choices->setObjectName(m_kind.prefix + QStringLiteral("Choices"));
    layout->addWidget(m_ui->choices);
    if (m_kind.withHint) {
        m_ui->hint = new QLabel(this);
        m_ui->hint->setObjectName(m_kind.prefix + QStringLiteral("Hint"));
        m_ui->hint->setWordWrap(true);
        layout->addWidget(m_ui->hint);
    }
    layout->addStretch(1);
    // A copy of the member pointer: GCC 12 with -fsanitize=address,undefined takes the one read through this in the
    // lambda for maybe uninitialized (-Werror=maybe-uninitialized).
    const auto choose = m_kind.choose;
    connect(m_ui->choices, &ChoiceGroup::chosen, this, [this, choose](const QString &id) { (state().*choose)(id); });
}

void ChoicePage::setTexts(const QString &intro, const QString &hint)
{
    if (!m_ui)
        return;
    m_ui->intro->setText(intro);
    if (m_ui->hint)
        m_ui->hint->setText(hint);
}

void ChoicePage::refresh()
{
    if (!m_ui)
        return;
    const Product *product = state().product();
    m_ui->choices->setChoices(
        product ? product->*m_kind.choices : QList<ChoiceDef>(), language(), mnemonic::takenByButtons());
    m_ui->choices->setCurrent(state().selection().*m_kind.chosen);
    retranslateUi();
}

} // namespace fw
