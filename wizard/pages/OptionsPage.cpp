#include "OptionsPage.h"

#include "Desktop.h"
#include "Mnemonics.h"
#include "PageId.h"
#include "WizardState.h"
#include "catalog/Catalog.h"
#include "catalog/ValueCheck.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace fw {

Q_LOGGING_CATEGORY(lcOptions, "fw.wizard.options")

namespace {

// Value ids of FlexNet-licensed products (Palisade); the license-file reader fills them.
const QString lmgrdPortId = QStringLiteral("lmgrd-port");
const QString vendorPortId = QStringLiteral("vendor-port");
const QString serverId = QStringLiteral("server");

QLabel *wrappedLabel(QWidget *parent, const QString &objectName = QString())
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

QLabel *heading(QWidget *parent)
{
    QLabel *label = wrappedLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

/// Marks a label as saying what is wrong, in a colour that reads on light and dark palettes.
void markAsError(QLabel *label)
{
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
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
    struct ValueRow
    {
        QString id;
        QLabel *label = nullptr;
        QLineEdit *edit = nullptr;
        QLabel *status = nullptr;
        QLabel *description = nullptr;
    };

    QLabel *intro = nullptr;
    QLabel *optionsHeading = nullptr;
    QVBoxLayout *optionsLayout = nullptr;
    QLabel *valuesHeading = nullptr;
    QGridLayout *valuesGrid = nullptr;
    QWidget *licenseBox = nullptr;
    QLabel *licenseHeading = nullptr;
    QLabel *licenseIntro = nullptr;
    QPushButton *licenseBrowse = nullptr;
    QLabel *licenseResult = nullptr;
    QLabel *vendorPortHint = nullptr;
    QLabel *nothing = nullptr;
    QLabel *validation = nullptr;

    QString productId; ///< the product the rows were built for
    QList<OptionRow> options;
    QList<ValueRow> values;
};

OptionsPage::OptionsPage(WizardState &state, QWidget *parent) : PageBase(state, Scrolling::Scroll, parent)
{
    setObjectName(QStringLiteral("optionsPage"));
    connect(&state, &WizardState::selectionChanged, this, [this] {
        if (isBuilt() && m_ui->productId == this->state().selection().product)
            updateVisibility();
        emit completeChanged();
    });
}

OptionsPage::~OptionsPage() = default;

int OptionsPage::nextId() const
{
    return toInt(PageId::Review);
}

bool OptionsPage::isComplete() const
{
    const Product *product = state().product();
    if (!product)
        return false;
    const Selection s = state().selection();
    for (const ValueDef *def : applicableValues(*product, s)) {
        const QString text = state().value(def->id);
        if (text.isEmpty()) {
            if (def->required && def->defaultValue.isEmpty())
                return false;
            continue;
        }
        if (validateValue(def->type, text) != ValueReason::Invalid)
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
    m_ui->intro = wrappedLabel(this);
    layout->addWidget(m_ui->intro);

    m_ui->optionsHeading = heading(this);
    m_ui->optionsHeading->setObjectName(QStringLiteral("optionsHeading"));
    layout->addSpacing(6);
    layout->addWidget(m_ui->optionsHeading);
    m_ui->optionsLayout = new QVBoxLayout;
    layout->addLayout(m_ui->optionsLayout);

    m_ui->valuesHeading = heading(this);
    m_ui->valuesHeading->setObjectName(QStringLiteral("valuesHeading"));
    layout->addSpacing(6);
    layout->addWidget(m_ui->valuesHeading);
    m_ui->valuesGrid = new QGridLayout;
    m_ui->valuesGrid->setColumnStretch(2, 1);
    layout->addLayout(m_ui->valuesGrid);

    m_ui->licenseBox = new QWidget(this);
    m_ui->licenseBox->setObjectName(QStringLiteral("licenseBox"));
    auto *licenseLayout = new QVBoxLayout(m_ui->licenseBox);
    licenseLayout->setContentsMargins(0, 6, 0, 0);
    m_ui->licenseHeading = heading(m_ui->licenseBox);
    m_ui->licenseIntro = wrappedLabel(m_ui->licenseBox);
    auto *browseRow = new QHBoxLayout;
    m_ui->licenseBrowse = new QPushButton(m_ui->licenseBox);
    m_ui->licenseBrowse->setObjectName(QStringLiteral("licenseBrowseButton"));
    m_ui->licenseBrowse->setAutoDefault(false);
    browseRow->addWidget(m_ui->licenseBrowse);
    browseRow->addStretch(1);
    m_ui->licenseResult = wrappedLabel(m_ui->licenseBox, QStringLiteral("licenseResult"));
    m_ui->licenseResult->setTextFormat(Qt::RichText);
    m_ui->licenseResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_ui->licenseResult->hide();
    licenseLayout->addWidget(m_ui->licenseHeading);
    licenseLayout->addWidget(m_ui->licenseIntro);
    licenseLayout->addLayout(browseRow);
    licenseLayout->addWidget(m_ui->licenseResult);
    layout->addWidget(m_ui->licenseBox);

    m_ui->nothing = wrappedLabel(this, QStringLiteral("nothingToChooseLabel"));
    layout->addWidget(m_ui->nothing);
    m_ui->validation = wrappedLabel(this, QStringLiteral("validationLabel"));
    markAsError(m_ui->validation);
    m_ui->validation->hide();
    layout->addWidget(m_ui->validation);
    layout->addStretch(1);

    connect(m_ui->licenseBrowse, &QPushButton::clicked, this, [this] {
        const QString path = desktop::openFileName(
            this, tr("Read the license file"), tr("License files (*.lic *.dat *.txt);;All files (*)"));
        if (!path.isEmpty())
            readLicenseFile(path);
    });
}

void OptionsPage::rebuildRows()
{
    for (const Ui::OptionRow &r : std::as_const(m_ui->options)) {
        delete r.check;
        delete r.description;
    }
    for (const Ui::ValueRow &r : std::as_const(m_ui->values)) {
        delete r.label;
        delete r.edit;
        delete r.status;
        delete r.description;
    }
    m_ui->options.clear();
    m_ui->values.clear();
    m_ui->vendorPortHint = nullptr;
    m_license = LicenseFile();
    m_licenseFileName.clear();
    m_ui->licenseResult->hide();

    const Product *product = state().product();
    m_ui->productId = product ? product->id : QString();
    if (!product)
        return;
    const int indent
        = style()->pixelMetric(QStyle::PM_IndicatorWidth) + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
    for (const OptionDef &def : product->options) {
        Ui::OptionRow row;
        row.id = def.id;
        row.check = new QCheckBox(this);
        row.check->setObjectName(objectNameFor(QStringLiteral("option"), def.id, QStringLiteral("Check")));
        row.description
            = wrappedLabel(this, objectNameFor(QStringLiteral("option"), def.id, QStringLiteral("Description")));
        row.description->setContentsMargins(indent, 0, 0, 6);
        m_ui->optionsLayout->addWidget(row.check);
        m_ui->optionsLayout->addWidget(row.description);
        const QString id = def.id;
        connect(row.check, &QCheckBox::toggled, this, [this, id](bool on) { state().setOptionChosen(id, on); });
        m_ui->options << row;
    }
    int gridRow = 0;
    for (const ValueDef &def : product->values) {
        Ui::ValueRow row;
        row.id = def.id;
        row.label = new QLabel(this);
        row.edit = new QLineEdit(this);
        row.edit->setObjectName(objectNameFor(QStringLiteral("value"), def.id, QStringLiteral("Edit")));
        row.edit->setMaxLength(def.type == ValueType::Port ? 16 : 255);
        // Wide enough for a host name, narrow enough to leave room for the reason beside it.
        row.edit->setMinimumWidth(row.edit->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24);
        row.label->setBuddy(row.edit);
        row.status = wrappedLabel(this, objectNameFor(QStringLiteral("value"), def.id, QStringLiteral("Error")));
        markAsError(row.status);
        row.description
            = wrappedLabel(this, objectNameFor(QStringLiteral("value"), def.id, QStringLiteral("Description")));
        m_ui->valuesGrid->addWidget(row.label, gridRow, 0);
        m_ui->valuesGrid->addWidget(row.edit, gridRow, 1);
        m_ui->valuesGrid->addWidget(row.status, gridRow, 2);
        m_ui->valuesGrid->addWidget(row.description, gridRow + 1, 1, 1, 2);
        gridRow += 2;
        if (def.id == vendorPortId) {
            m_ui->vendorPortHint = wrappedLabel(this, QStringLiteral("vendorPortHint"));
            m_ui->valuesGrid->addWidget(m_ui->vendorPortHint, gridRow++, 1, 1, 2);
        }
        const QString text = state().value(def.id);
        row.edit->setText(text.isEmpty() ? def.defaultValue : text);
        const QString id = def.id;
        connect(row.edit, &QLineEdit::textEdited, this, [this, id](const QString &typed) {
            state().setValue(id, typed.trimmed());
            updateValueStatus(id);
        });
        m_ui->values << row;
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
    for (const Ui::ValueRow &r : std::as_const(m_ui->values))
        chain(r.edit);
    chain(m_ui->licenseBrowse);
}

void OptionsPage::refresh()
{
    if (!m_ui)
        return;
    if (m_ui->productId != state().selection().product || (m_ui->options.isEmpty() && m_ui->values.isEmpty()))
        rebuildRows();
    for (const Ui::OptionRow &r : std::as_const(m_ui->options)) {
        const QSignalBlocker blocker(r.check);
        r.check->setChecked(state().isOptionChosen(r.id));
    }
    retranslateUi();
    updateVisibility();
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
    for (const ValueDef *v : applicableValues(*product, s))
        values << v->id;
    for (const Ui::OptionRow &r : std::as_const(m_ui->options)) {
        r.check->setVisible(options.contains(r.id));
        r.description->setVisible(options.contains(r.id));
    }
    for (const Ui::ValueRow &r : std::as_const(m_ui->values)) {
        const bool shown = values.contains(r.id);
        for (QWidget *w : {static_cast<QWidget *>(r.label), static_cast<QWidget *>(r.edit),
                 static_cast<QWidget *>(r.status), static_cast<QWidget *>(r.description)})
            w->setVisible(shown);
        if (r.id == vendorPortId && m_ui->vendorPortHint)
            m_ui->vendorPortHint->setVisible(shown);
        updateValueStatus(r.id);
    }
    m_ui->optionsHeading->setVisible(!options.isEmpty());
    m_ui->valuesHeading->setVisible(!values.isEmpty());
    m_ui->licenseBox->setVisible(values.contains(lmgrdPortId) || values.contains(vendorPortId));
    m_ui->nothing->setVisible(options.isEmpty() && values.isEmpty());
    m_ui->validation->hide();
    // Mnemonics follow what is visible, so that no two shown widgets share a letter.
    QSet<QChar> taken = mnemonic::takenByButtons();
    taken.insert(mnemonic::of(m_ui->licenseBrowse->text()));
    const QString lang = language();
    for (const Ui::OptionRow &r : std::as_const(m_ui->options)) {
        if (options.contains(r.id))
            r.check->setText(mnemonic::assign(product->option(r.id)->label.in(lang), taken));
    }
    for (const Ui::ValueRow &r : std::as_const(m_ui->values)) {
        const ValueDef *def = product->value(r.id);
        if (!values.contains(r.id) || !def)
            continue;
        QString label = def->label.in(lang);
        if (!def->required && def->defaultValue.isEmpty())
            //: a value the admin may leave empty; %1 is its name ("License server address")
            label = tr("%1 (optional)").arg(label);
        r.label->setText(mnemonic::assign(label, taken) + QLatin1Char(':'));
    }
}

void OptionsPage::updateValueStatus(const QString &valueId)
{
    const Product *product = state().product();
    const ValueDef *def = product ? product->value(valueId) : nullptr;
    for (const Ui::ValueRow &r : std::as_const(m_ui->values)) {
        if (r.id != valueId || !def)
            continue;
        const QString text = state().value(valueId);
        QString message;
        if (text.isEmpty()) {
            if (def->required && def->defaultValue.isEmpty())
                message = tr("Required: the rules cannot be worked out without it.");
            else if (!def->defaultValue.isEmpty())
                message = tr("Empty: the default %1 is used.").arg(def->defaultValue);
        } else {
            QString detail;
            const ValueReason reason = validateValue(def->type, text, &detail);
            if (reason != ValueReason::Invalid)
                message = valueReasonText(reason, text, detail);
        }
        r.status->setText(message);
        r.edit->setAccessibleDescription(message.isEmpty() ? def->description.in(language()) : message);
    }
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
    m_ui->licenseHeading->setText(tr("License file"));
    m_ui->licenseIntro->setText(
        tr("The FlexNet license file (often license.lic or license.dat on the license server) says which ports "
           "lmgrd and the vendor daemon use. Read it to fill in the ports."));
    m_ui->licenseBrowse->setText(tr("&Read license file…"));
    m_ui->nothing->setText(tr("There is nothing to tick or enter for this choice. Continue with Next."));
    if (m_ui->vendorPortHint) {
        m_ui->vendorPortHint->setText(
            tr("How to pin it: add PORT= with a free port to the VENDOR line of the license file, for example "
               "\"VENDOR Palisade PORT=27010\", then restart the license server and enter the same port here."));
    }
    const Product *product = state().product();
    if (product && product->id == m_ui->productId) {
        const QString lang = language();
        for (const Ui::OptionRow &r : std::as_const(m_ui->options)) {
            if (const OptionDef *def = product->option(r.id)) {
                r.description->setText(def->description.in(lang));
                r.check->setAccessibleDescription(def->description.in(lang));
            }
        }
        for (const Ui::ValueRow &r : std::as_const(m_ui->values)) {
            if (const ValueDef *def = product->value(r.id)) {
                r.description->setText(def->description.in(lang));
                r.edit->setAccessibleName(def->label.in(lang));
                r.edit->setPlaceholderText(
                    def->defaultValue.isEmpty() ? QString() : tr("%1 (default)").arg(def->defaultValue));
            }
        }
        updateVisibility();
    }
    showLicenseResult();
}

void OptionsPage::readLicenseFile(const QString &path)
{
    ensureBuilt();
    m_licenseFileName = QFileInfo(path).fileName();
    m_license = fw::readLicenseFile(path);
    qCInfo(lcOptions, "license file read: %s, %lld SERVER and %lld VENDOR lines, %lld problems", qPrintable(path),
        static_cast<long long>(m_license.servers.size()), static_cast<long long>(m_license.vendors.size()),
        static_cast<long long>(m_license.problems.size()));
    const Product *product = state().product();
    if (!product || !m_license.hasPortLines()) {
        showLicenseResult();
        return;
    }
    const Selection s = state().selection();
    QStringList applicable;
    for (const ValueDef *v : applicableValues(*product, s))
        applicable << v->id;
    const auto setValue = [this, product](const QString &id, const QString &text) {
        state().setValue(id, text);
        for (const Ui::ValueRow &r : std::as_const(m_ui->values)) {
            if (r.id == id)
                r.edit->setText(text.isEmpty() ? product->value(id)->defaultValue : text);
        }
        updateValueStatus(id);
    };
    if (!m_license.servers.isEmpty()) {
        const LicenseServer &server = m_license.servers.first();
        if (server.port > 0 && applicable.contains(lmgrdPortId))
            setValue(lmgrdPortId, QString::number(server.port));
        // A client's license file names the license server: the address this client needs.
        if (applicable.contains(serverId) && state().value(serverId).isEmpty()
            && server.host.compare(QLatin1String("this_host"), Qt::CaseInsensitive) != 0
            && validateHost(server.host) == ValueReason::Invalid)
            setValue(serverId, server.host);
    }
    if (const LicenseVendor *vendor = m_license.vendor(product->vendor)) {
        if (applicable.contains(vendorPortId))
            setValue(vendorPortId, vendor->port > 0 ? QString::number(vendor->port) : QString());
    }
    showLicenseResult();
}

void OptionsPage::showLicenseResult()
{
    if (!m_ui || m_licenseFileName.isEmpty())
        return;
    const Product *product = state().product();
    const QString name = m_licenseFileName.toHtmlEscaped();
    QStringList items; // each already HTML
    QString text;
    if (!m_license.hasPortLines()) {
        text = QStringLiteral("<p><b>%1</b></p>").arg(tr("%1 could not be read as a license file.").arg(name));
    } else {
        text = QStringLiteral("<p style=\"margin-bottom: 4px;\"><b>%1</b></p>").arg(tr("Read from %1:").arg(name));
        if (m_license.servers.isEmpty()) {
            items << tr("The file has no SERVER line, so the lmgrd port could not be read from it.").toHtmlEscaped();
        } else {
            const LicenseServer &server = m_license.servers.first();
            if (server.port > 0) {
                items << tr("lmgrd port %1, from the SERVER line (line %2).")
                             .arg(server.port)
                             .arg(server.line)
                             .toHtmlEscaped();
            } else {
                items << tr("The SERVER line (line %1) gives no port, so lmgrd takes the first free port from 27000 "
                            "to 27009 and may move. Write the port at the end of the SERVER line (for example "
                            "27000) to keep it fixed.")
                             .arg(server.line)
                             .toHtmlEscaped();
            }
            if (m_license.servers.size() > 1)
                items << tr("The file names %1 license servers (a redundant setup); the ports are taken from the "
                            "first.")
                             .arg(m_license.servers.size())
                             .toHtmlEscaped();
        }
        const LicenseVendor *vendor = m_license.vendor(product ? product->vendor : QString());
        if (!vendor) {
            items << tr("The file has no VENDOR line, so the vendor daemon's port could not be read from it.")
                         .toHtmlEscaped();
        } else if (vendor->port > 0) {
            items << tr("Vendor daemon port %1, from PORT= on the VENDOR line (line %2).")
                         .arg(vendor->port)
                         .arg(vendor->line)
                         .toHtmlEscaped();
        } else {
            const QString daemon = vendor->name.isEmpty() ? QStringLiteral("Palisade") : vendor->name;
            items << QStringLiteral("<b>%1</b> %2")
                         .arg(tr("The VENDOR line (line %1) has no PORT= entry.").arg(vendor->line).toHtmlEscaped(),
                             tr("So the vendor daemon's port changes at every start of the license server, and no port "
                                "rule can "
                                "cover it: only a program rule for %1 can. To use a port rule instead, add PORT= with "
                                "a free "
                                "port to the VENDOR line (for example \"VENDOR %2 PORT=27010\"), restart the license "
                                "server and "
                                "read the file again.")
                                 .arg(daemon + QStringLiteral(".exe"), daemon)
                                 .toHtmlEscaped());
        }
    }
    for (const LicenseProblem &p : m_license.problems)
        items << p.toString().toHtmlEscaped();
    if (!items.isEmpty()) {
        text += QStringLiteral("<ul style=\"margin-top: 0px; margin-left: 0px; -qt-list-indent: 1;\">");
        for (const QString &item : std::as_const(items))
            text += QStringLiteral("<li>%1</li>").arg(item);
        text += QStringLiteral("</ul>");
    }
    m_ui->licenseResult->setText(text);
    m_ui->licenseResult->show();
}

} // namespace fw
