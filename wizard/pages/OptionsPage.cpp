#include "OptionsPage.h"

#include "Desktop.h"
#include "LicenseFileBox.h"
#include "Mnemonics.h"
#include "ValueField.h"
#include "Widgets.h"
#include "WizardState.h"
#include "catalog/Catalog.h"
#include "catalog/ValueCheck.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <memory>
#include <vector>

namespace fw {

namespace {

QLabel *heading(QWidget *parent, const QString &objectName)
{
    QLabel *label = wrappingLabel(parent, objectName);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

struct OptionsPage::Ui
{
    struct OptionRow
    {
        QString id;
        QCheckBox *check = nullptr;
        QLabel *description = nullptr;
    };

    QLabel *intro = nullptr;
    QLabel *optionsHeading = nullptr;
    QVBoxLayout *optionsLayout = nullptr;
    QLabel *valuesHeading = nullptr;
    QGridLayout *valuesGrid = nullptr;
    LicenseFileBox *licenseBox = nullptr;
    QLabel *nothing = nullptr;
    QLabel *validation = nullptr;

    QString productId; ///< the product the rows were built for
    QList<OptionRow> options;
    std::vector<std::unique_ptr<ValueField>> values;
};

OptionsPage::OptionsPage(WizardState &state, QWidget *parent) : PageBase(state, Scrolling::Scroll, parent)
{
    setObjectName(QStringLiteral("optionsPage"));
    connect(&state, &WizardState::selectionChanged, this, [this] {
        // A plan file or a license file may change values while the page is shown: show what is in use.
        if (isBuilt() && m_ui->productId == this->state().selection().product) {
            showValues();
            updateVisibility();
        }
        emit completeChanged();
    });
}

OptionsPage::~OptionsPage() = default;

bool OptionsPage::isComplete() const
{
    const Product *product = state().product();
    if (!product)
        return false;
    for (const ValueDef *def : applicableValues(*product, state().selection())) {
        const QString text = state().value(def->id);
        if (text.isEmpty() ? def->required && def->defaultValue.isEmpty()
                           : validateValue(def->type, text) != ValueReason::Invalid)
            return false;
    }
    return true;
}

bool OptionsPage::validatePage()
{
    Plan plan;
    SelectionProblems problems;
    if (state().resolve(plan, problems)) {
        m_ui->validation->hide();
        return true;
    }
    QStringList lines;
    for (const SelectionProblem &p : problems)
        lines << p.toString();
    m_ui->validation->setText(tr("The choices do not fit together yet: %1").arg(lines.join(QStringLiteral("; "))));
    m_ui->validation->show();
    return false;
}

void OptionsPage::buildUi(QVBoxLayout *layout)
{
    m_ui = std::make_unique<Ui>();
    m_ui->intro = wrappingLabel(this, QString());
    layout->addWidget(m_ui->intro);

    m_ui->optionsHeading = heading(this, QStringLiteral("optionsHeading"));
    layout->addSpacing(6);
    layout->addWidget(m_ui->optionsHeading);
    m_ui->optionsLayout = new QVBoxLayout;
    layout->addLayout(m_ui->optionsLayout);

    m_ui->valuesHeading = heading(this, QStringLiteral("valuesHeading"));
    layout->addSpacing(6);
    layout->addWidget(m_ui->valuesHeading);
    m_ui->valuesGrid = new QGridLayout;
    m_ui->valuesGrid->setColumnStretch(2, 1);
    layout->addLayout(m_ui->valuesGrid);

    m_ui->licenseBox = new LicenseFileBox(state(), this);
    layout->addWidget(m_ui->licenseBox);

    m_ui->nothing = wrappingLabel(this, QStringLiteral("nothingToChooseLabel"));
    layout->addWidget(m_ui->nothing);
    m_ui->validation = wrappingLabel(this, QStringLiteral("validationLabel"));
    ValueField::setTone(m_ui->validation, ValueField::Tone::Error);
    m_ui->validation->hide();
    layout->addWidget(m_ui->validation);
    layout->addStretch(1);
}

void OptionsPage::rebuildRows()
{
    for (const Ui::OptionRow &r : std::as_const(m_ui->options)) {
        delete r.check;
        delete r.description;
    }
    m_ui->options.clear();
    m_ui->values.clear();
    m_ui->licenseBox->clear();

    const Product *product = state().product();
    m_ui->productId = product ? product->id : QString();
    if (!product)
        return;
    const int indent
        = style()->pixelMetric(QStyle::PM_IndicatorWidth) + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
    for (const OptionDef &def : product->options) {
        Ui::OptionRow row {def.id, new QCheckBox(this), nullptr};
        row.check->setObjectName(objectNameFor(QStringLiteral("option"), def.id, QStringLiteral("Check")));
        row.description
            = wrappingLabel(this, objectNameFor(QStringLiteral("option"), def.id, QStringLiteral("Description")));
        row.description->setContentsMargins(indent, 0, 0, 6);
        m_ui->optionsLayout->addWidget(row.check);
        m_ui->optionsLayout->addWidget(row.description);
        const QString id = def.id;
        connect(row.check, &QCheckBox::toggled, this, [this, id](bool on) { state().setOptionChosen(id, on); });
        m_ui->options << row;
    }
    int gridRow = 0;
    for (const ValueDef &def : product->values) {
        m_ui->values.push_back(std::make_unique<ValueField>(def, m_ui->valuesGrid, gridRow, this));
        const QString id = def.id;
        connect(m_ui->values.back()->edit(), &QLineEdit::textEdited, this,
            [this, id](const QString &typed) { state().setValue(id, typed.trimmed()); });
    }
    // The rows are made after the license box: put them back in reading order for Tab.
    QWidget *previous = nullptr;
    const auto chain = [&previous](QWidget *w) {
        if (previous)
            setTabOrder(previous, w);
        previous = w;
    };
    for (const Ui::OptionRow &r : std::as_const(m_ui->options))
        chain(r.check);
    for (const auto &field : m_ui->values)
        chain(field->edit());
    chain(m_ui->licenseBox->browseButton());
}

void OptionsPage::refresh()
{
    if (!m_ui)
        return;
    if (m_ui->productId != state().selection().product || (m_ui->options.isEmpty() && m_ui->values.empty()))
        rebuildRows();
    for (const Ui::OptionRow &r : std::as_const(m_ui->options)) {
        const QSignalBlocker blocker(r.check);
        r.check->setChecked(state().isOptionChosen(r.id));
    }
    showValues();
    retranslateUi();
}

void OptionsPage::showValues()
{
    // Exactly what is in use, an invalid value too (with its reason, so that it can be fixed); empty where nothing
    // is, with the default as placeholder.
    for (const auto &field : m_ui->values) {
        field->showText(state().value(field->id()));
        updateValueStatus(*field);
    }
}

void OptionsPage::updateVisibility()
{
    const Product *product = state().product();
    if (!product)
        return;
    const Selection s = state().selection();
    QStringList options;
    for (const OptionDef *o : applicableOptions(*product, s))
        options << o->id;
    QStringList values;
    bool fromLicense = false;
    for (const ValueDef *v : applicableValues(*product, s)) {
        values << v->id;
        fromLicense = fromLicense || v->licenseFile != LicenseFileEntry::Invalid;
    }
    for (const Ui::OptionRow &r : std::as_const(m_ui->options)) {
        r.check->setVisible(options.contains(r.id));
        r.description->setVisible(options.contains(r.id));
    }
    for (const auto &field : m_ui->values)
        field->setShown(values.contains(field->id()));
    m_ui->optionsHeading->setVisible(!options.isEmpty());
    m_ui->valuesHeading->setVisible(!values.isEmpty());
    m_ui->licenseBox->setVisible(fromLicense);
    m_ui->nothing->setVisible(options.isEmpty() && values.isEmpty());
    m_ui->validation->hide();
    // Mnemonics follow what is visible, so that no two shown widgets share a letter.
    QSet<QChar> taken = mnemonic::takenByButtons();
    taken.insert(mnemonic::of(m_ui->licenseBox->browseButton()->text()));
    const QString lang = language();
    for (const Ui::OptionRow &r : std::as_const(m_ui->options)) {
        if (options.contains(r.id))
            r.check->setText(mnemonic::assign(product->option(r.id)->label.in(lang), taken));
    }
    for (const auto &field : m_ui->values) {
        const ValueDef *def = product->value(field->id());
        if (!values.contains(def->id))
            continue;
        QString label = def->label.in(lang);
        if (!def->required && def->defaultValue.isEmpty())
            //: a value the admin may leave empty; %1 is its name ("License server address")
            label = tr("%1 (optional)").arg(label);
        field->label()->setText(mnemonic::assign(label, taken) + QLatin1Char(':'));
    }
}

void OptionsPage::updateValueStatus(ValueField &field)
{
    const Product *product = state().product();
    const ValueDef *def = product ? product->value(field.id()) : nullptr;
    if (!def)
        return;
    // About the value in use, which is what the field shows (showValues()).
    const QString text = state().value(field.id());
    QString message;
    ValueField::Tone tone = ValueField::Tone::Error;
    if (text.isEmpty()) {
        if (def->required && def->defaultValue.isEmpty()) {
            message = tr("Required: the rules cannot be worked out without it.");
        } else if (!def->defaultValue.isEmpty()) {
            message = tr("Empty: the default %1 is used.").arg(def->defaultValue);
            tone = ValueField::Tone::Note;
        }
    } else {
        QString detail;
        const ValueReason reason = validateValue(def->type, text, &detail);
        if (reason != ValueReason::Invalid)
            message = valueReasonText(reason, text, detail);
    }
    field.setStatus(message, tone, def->description.in(language()));
}

void OptionsPage::retranslateUi()
{
    setTitle(tr("Options and values"));
    setSubTitle(tr("Tick the features you use and enter what only you know. Each of them changes which rules "
                   "are needed."));
    if (!m_ui)
        return;
    m_ui->intro->setText(tr("The wizard fills in sensible defaults. Next becomes available once every value is "
                            "valid; what is wrong is shown beside the field."));
    m_ui->optionsHeading->setText(tr("Features in use"));
    m_ui->valuesHeading->setText(tr("What only you know"));
    m_ui->licenseBox->retranslateUi();
    m_ui->nothing->setText(tr("There is nothing to tick or enter for this choice. Continue with Next."));
    const Product *product = state().product();
    if (product && product->id == m_ui->productId) {
        const QString lang = language();
        for (const Ui::OptionRow &r : std::as_const(m_ui->options)) {
            const OptionDef *def = product->option(r.id);
            r.description->setText(def->description.in(lang));
            r.check->setAccessibleDescription(def->description.in(lang));
        }
        for (const auto &field : m_ui->values) {
            const ValueDef *def = product->value(field->id());
            field->description()->setText(def->description.in(lang));
            field->edit()->setAccessibleName(def->label.in(lang));
            field->edit()->setPlaceholderText(
                def->defaultValue.isEmpty() ? QString() : tr("%1 (default)").arg(def->defaultValue));
            if (field->hint()) {
                //: %1 is the vendor daemon's name on the license file's VENDOR line ("Palisade")
                field->hint()->setText(
                    tr("How to pin it: add PORT= with a free port to the VENDOR line of the license "
                       "file, for example \"VENDOR %1 PORT=27010\", then restart the license server and "
                       "enter the same port here.")
                        .arg(product->vendor));
            }
            updateValueStatus(*field);
        }
        updateVisibility();
    }
}

void OptionsPage::readLicenseFile(const QString &path)
{
    ensureBuilt();
    m_ui->licenseBox->readLicenseFile(path);
}

} // namespace fw
