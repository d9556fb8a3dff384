#include "ExportPage.h"

#include "ApplyPanel.h"
#include "Desktop.h"
#include "PageId.h"
#include "WizardState.h"
#include "catalog/ValueCheck.h"
#include "export/ExportText.h"
#include "export/PdfExporter.h"
#include "export/SaveFile.h"
#include "plan/PlanText.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QSysInfo>
#include <QTabWidget>
#include <QTextBrowser>
#include <QThread>
#include <QVBoxLayout>
#include <QWizard>

namespace fw {

Q_LOGGING_CATEGORY(lcExport, "fw.wizard.export")

namespace {

const QString pdfId = QStringLiteral("pdf");

/// A format setting of ExportText.h and the formats it changes.
struct SettingDef
{
    QString key;
    QStringList formats;
};

const QList<SettingDef> &settingDefs()
{
    static const QList<SettingDef> defs{
        {exportsetting::zone(), {QStringLiteral("firewalld"), QStringLiteral("ansible")}},
        {exportsetting::lan(),
         {QStringLiteral("nftables"), QStringLiteral("iptables"), QStringLiteral("firewalld"), QStringLiteral("ufw"),
          QStringLiteral("ansible")}},
        {exportsetting::programDir(),
         {QStringLiteral("powershell"), QStringLiteral("netsh"), QStringLiteral("ansible")}},
        {exportsetting::inputPolicy(), {QStringLiteral("nftables")}},
        {exportsetting::pageSize(), {pdfId}},
    };
    return defs;
}

/// The format's own name, which is the same in every language.
QString formatName(const QString &id)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("powershell"), QStringLiteral("PowerShell")},
        {QStringLiteral("netsh"), QStringLiteral("netsh")},
        {QStringLiteral("nftables"), QStringLiteral("nftables")},
        {QStringLiteral("iptables"), QStringLiteral("iptables")},
        {QStringLiteral("firewalld"), QStringLiteral("firewalld")},
        {QStringLiteral("ufw"), QStringLiteral("ufw")},
        {QStringLiteral("ansible"), QStringLiteral("Ansible")},
        {QStringLiteral("json"), QStringLiteral("JSON")},
        {QStringLiteral("csv"), QStringLiteral("CSV")},
        {QStringLiteral("pdf"), QStringLiteral("PDF")},
    };
    return names.value(id, id);
}

/// The format that fits this machine: its own firewall's, or PowerShell on Windows. Reads two small files; runs
/// nothing (the Apply tab does the real detection).
QString defaultFormat()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("powershell");
#elif defined(Q_OS_LINUX)
    QFile ufw(QStringLiteral("/etc/ufw/ufw.conf"));
    if (ufw.open(QIODevice::ReadOnly) && ufw.read(64 * 1024).contains("\nENABLED=yes"))
        return QStringLiteral("ufw");
    if (QFileInfo::exists(QStringLiteral("/etc/systemd/system/multi-user.target.wants/firewalld.service")))
        return QStringLiteral("firewalld");
    return QStringLiteral("nftables");
#else
    return QStringLiteral("json");
#endif
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// Writes @p data to @p path in one piece (fw::saveFile, shared with the command line's -o). Returns an empty string
/// when it worked, else why not. Called on the GUI thread and on the PDF's worker thread.
QString writeWhole(const QString &path, const QByteArray &data)
{
    return saveFile(path, data);
}

/// Marks a label as saying what is wrong, in a colour that reads on light and dark palettes (the text says it too).
void markAsError(QLabel *label)
{
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
}

QLabel *wrappedLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

} // namespace

/// The PDF checklist being written on a worker thread: the input, copied for the thread, and what it reports back
/// (read only after QThread::finished).
struct ExportPage::PdfJob
{
    Plan plan;
    ExportContext context;
    QString path;
    QList<ExportProblem> problems;
    QString error;
    qint64 millis = 0;
};

struct ExportPage::Ui
{
    struct SettingRow
    {
        QString key;
        QStringList formats;
        QLabel *label = nullptr;
        QLineEdit *edit = nullptr;   ///< for typed settings
        QComboBox *combo = nullptr;  ///< for settings with a few values
        QLabel *error = nullptr;
        QLabel *hint = nullptr;
    };

    QTabWidget *tabs = nullptr;
    QLabel *formatsLabel = nullptr;
    QListWidget *formats = nullptr;
    QLabel *settingsHeading = nullptr;
    QList<SettingRow> settings;
    QLabel *description = nullptr;
    QLabel *previewLabel = nullptr;
    QStackedWidget *previewStack = nullptr;
    QPlainTextEdit *preview = nullptr;
    QTextBrowser *problems = nullptr;
    QPushButton *copy = nullptr;
    QPushButton *save = nullptr;
    QPushButton *savePdf = nullptr;
    QProgressBar *busy = nullptr;
    QLabel *statusIcon = nullptr;
    QLabel *status = nullptr;
    ApplyPanel *apply = nullptr;

    SettingRow *setting(const QString &key)
    {
        for (SettingRow &row : settings) {
            if (row.key == key)
                return &row;
        }
        return nullptr;
    }
};

ExportPage::ExportPage(WizardState &state, QWidget *parent) : PageBase(state, Scrolling::NoScroll, parent)
{
    setObjectName(QStringLiteral("exportPage"));
    m_lastFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (m_lastFolder.isEmpty() || !QFileInfo(m_lastFolder).isDir())
        m_lastFolder = QDir::homePath();
    // A plan changed elsewhere (a restored selection) while this page is shown: render it again.
    connect(&state, &WizardState::selectionChanged, this, [this] {
        if (isBuilt() && isVisible())
            refresh();
    });
}

ExportPage::~ExportPage()
{
    // The worker holds its own copies; wait for it so that it never outlives the program's objects.
    if (m_pdfThread) {
        m_pdfThread->disconnect(this);
        m_pdfThread->wait();
        delete m_pdfThread;
    }
}

bool ExportPage::isComplete() const
{
    // Not while the firewall is changing: the countdown and Undo live on this page.
    return !(m_ui && m_ui->apply && m_ui->apply->isBusy());
}

int ExportPage::nextId() const
{
    return toInt(PageId::Finish);
}

void ExportPage::buildUi(QVBoxLayout *layout)
{
    m_ui = std::make_unique<Ui>();
    m_ui->tabs = new QTabWidget(this);
    m_ui->tabs->setObjectName(QStringLiteral("exportTabs"));
    layout->addWidget(m_ui->tabs, 1);

    auto *exportTab = new QWidget(m_ui->tabs);
    exportTab->setObjectName(QStringLiteral("exportTab"));
    buildExportTab(exportTab);
    m_ui->tabs->addTab(exportTab, QString());

    // The panel in a scroll area of its own: whatever it shows, it never makes the wizard taller than the screen.
    auto *applyScroll = new QScrollArea(m_ui->tabs);
    applyScroll->setObjectName(QStringLiteral("applyScrollArea"));
    applyScroll->setWidgetResizable(true);
    applyScroll->setFrameShape(QFrame::NoFrame);
    applyScroll->setFocusPolicy(Qt::NoFocus);
    applyScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    applyScroll->setBackgroundRole(QPalette::Window);
    m_ui->apply = new ApplyPanel(state(), applyScroll);
    m_ui->apply->setObjectName(QStringLiteral("applyPanel"));
    applyScroll->setWidget(m_ui->apply);
    m_ui->tabs->addTab(applyScroll, QString());

    connect(m_ui->apply, &ApplyPanel::retestRequested, this, [this] {
        // Connectivity is the page right before this one.
        if (wizard())
            wizard()->back();
    });
    connect(m_ui->apply, &ApplyPanel::busyChanged, this, [this] { emit completeChanged(); });
}

void ExportPage::buildExportTab(QWidget *tab)
{
    auto *tabLayout = new QVBoxLayout(tab);
    auto *splitter = new QSplitter(Qt::Horizontal, tab);
    splitter->setObjectName(QStringLiteral("exportSplitter"));
    splitter->setChildrenCollapsible(false);
    tabLayout->addWidget(splitter, 1);

    // Left: the formats and their settings, scrolling together where the window is small.
    auto *leftScroll = new QScrollArea(splitter);
    leftScroll->setObjectName(QStringLiteral("exportOptionsScrollArea"));
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setFocusPolicy(Qt::NoFocus);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftScroll->setBackgroundRole(QPalette::Window);
    auto *left = new QWidget(leftScroll);
    left->setObjectName(QStringLiteral("exportOptions"));
    left->setBackgroundRole(QPalette::Window);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);

    m_ui->formatsLabel = new QLabel(left);
    m_ui->formatsLabel->setObjectName(QStringLiteral("exportFormatsLabel"));
    leftLayout->addWidget(m_ui->formatsLabel);
    m_ui->formats = new QListWidget(left);
    m_ui->formats->setObjectName(QStringLiteral("exportFormatList"));
    m_ui->formats->setSelectionMode(QAbstractItemView::SingleSelection);
    // Every format in view at once, without a scroll bar of its own inside the scrolling column.
    m_ui->formats->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->formats->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->formats->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_ui->formats->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_ui->formatsLabel->setBuddy(m_ui->formats);
    const QString preferred = defaultFormat();
    for (const Exporter *e : exporters()) {
        // The PDF has a button of its own: it is a document to print, not a file for a firewall.
        if (e->isBinary())
            continue;
        auto *item = new QListWidgetItem(formatName(e->id()), m_ui->formats);
        item->setData(Qt::UserRole, e->id());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(e->id() == preferred ? Qt::Checked : Qt::Unchecked);
        if (e->id() == preferred)
            m_ui->formats->setCurrentItem(item);
    }
    if (!m_ui->formats->currentItem())
        m_ui->formats->setCurrentRow(0);
    leftLayout->addWidget(m_ui->formats);

    buildSettings(left, leftLayout);
    leftLayout->addStretch(1);
    leftScroll->setWidget(left);
    const int chars = fontMetrics().averageCharWidth();
    leftScroll->setMinimumWidth(chars * 20 + leftScroll->verticalScrollBar()->sizeHint().width());
    splitter->addWidget(leftScroll);

    // Right: what the current format writes.
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    m_ui->description = wrappedLabel(right, QStringLiteral("exportFormatDescription"));
    rightLayout->addWidget(m_ui->description);
    m_ui->previewLabel = new QLabel(right);
    m_ui->previewLabel->setObjectName(QStringLiteral("exportPreviewLabel"));
    rightLayout->addWidget(m_ui->previewLabel);
    m_ui->previewStack = new QStackedWidget(right);
    m_ui->preview = new QPlainTextEdit(m_ui->previewStack);
    m_ui->preview->setObjectName(QStringLiteral("exportPreview"));
    m_ui->preview->setReadOnly(true);
    m_ui->preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_ui->preview->setTabChangesFocus(true);
    m_ui->preview->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Platforms without a fixed system font (offscreen, some minimal desktops) get the font configuration's one.
    // Judged by the glyphs' widths: some monospaced fonts (Noto Sans Mono) do not set the fixed-pitch flag.
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QFontMetricsF metrics(mono);
    if (metrics.horizontalAdvance(QStringLiteral("iiii")) != metrics.horizontalAdvance(QStringLiteral("MMMM"))) {
        mono.setFamilies({QStringLiteral("monospace")});
        mono.setStyleHint(QFont::TypeWriter);
        mono.setFixedPitch(true);
    }
    m_ui->preview->setFont(mono);
    m_ui->preview->setMinimumHeight(fontMetrics().height() * 4);
    m_ui->previewStack->addWidget(m_ui->preview);
    m_ui->problems = new QTextBrowser(m_ui->previewStack);
    m_ui->problems->setObjectName(QStringLiteral("exportProblems"));
    m_ui->problems->setOpenLinks(false);
    m_ui->problems->setTabChangesFocus(true);
    m_ui->previewStack->addWidget(m_ui->problems);
    m_ui->previewLabel->setBuddy(m_ui->preview);
    rightLayout->addWidget(m_ui->previewStack, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QHBoxLayout;
    m_ui->copy = new QPushButton(tab);
    m_ui->copy->setObjectName(QStringLiteral("exportCopyButton"));
    m_ui->save = new QPushButton(tab);
    m_ui->save->setObjectName(QStringLiteral("exportSaveButton"));
    m_ui->savePdf = new QPushButton(tab);
    m_ui->savePdf->setObjectName(QStringLiteral("savePdfButton"));
    for (QPushButton *b : {m_ui->copy, m_ui->save, m_ui->savePdf}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    m_ui->busy = new QProgressBar(tab);
    m_ui->busy->setObjectName(QStringLiteral("exportBusy"));
    m_ui->busy->setRange(0, 0);
    m_ui->busy->setTextVisible(false);
    m_ui->busy->setMaximumWidth(chars * 12);
    m_ui->busy->hide();
    buttons->addWidget(m_ui->busy);
    buttons->addStretch(1);
    tabLayout->addLayout(buttons);

    auto *statusRow = new QHBoxLayout;
    m_ui->statusIcon = new QLabel(tab);
    m_ui->statusIcon->setObjectName(QStringLiteral("exportStatusIcon"));
    m_ui->statusIcon->setAlignment(Qt::AlignTop);
    m_ui->statusIcon->hide();
    m_ui->status = wrappedLabel(tab, QStringLiteral("exportStatus"));
    m_ui->status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->status->hide();
    statusRow->addWidget(m_ui->statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_ui->status, 1);
    tabLayout->addLayout(statusRow);

    connect(m_ui->formats, &QListWidget::currentItemChanged, this, [this] {
        updateSettingsVisibility();
        updatePreview();
        updateButtons();
    });
    connect(m_ui->formats, &QListWidget::itemChanged, this, [this] {
        updateSettingsVisibility();
        updateButtons();
    });
    connect(m_ui->copy, &QPushButton::clicked, this, [this] { copyPreview(); });
    connect(m_ui->save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_ui->savePdf, &QPushButton::clicked, this, [this] { savePdf(); });
}

void ExportPage::buildSettings(QWidget *parent, QVBoxLayout *layout)
{
    m_ui->settingsHeading = wrappedLabel(parent, QStringLiteral("exportSettingsHeading"));
    QFont bold = m_ui->settingsHeading->font();
    bold.setBold(true);
    m_ui->settingsHeading->setFont(bold);
    layout->addSpacing(6);
    layout->addWidget(m_ui->settingsHeading);
    for (const SettingDef &def : settingDefs()) {
        Ui::SettingRow row;
        row.key = def.key;
        row.formats = def.formats;
        row.label = wrappedLabel(parent, objectNameFor(QStringLiteral("exportSetting"), def.key, QStringLiteral("Label")));
        QWidget *field = nullptr;
        if (def.key == exportsetting::inputPolicy() || def.key == exportsetting::pageSize()) {
            row.combo = new QComboBox(parent);
            row.combo->setObjectName(objectNameFor(QStringLiteral("exportSetting"), def.key, QStringLiteral("Combo")));
            const QStringList values = def.key == exportsetting::inputPolicy()
                ? QStringList{QString(), QStringLiteral("drop")}
                : QStringList{QString(), QStringLiteral("a4"), QStringLiteral("letter")};
            for (const QString &value : values)
                row.combo->addItem(QString(), value);
            row.combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            row.combo->setMinimumContentsLength(8);
            const QString key = def.key;
            connect(row.combo, &QComboBox::activated, this, [this, key] { renderAgain(key); });
            field = row.combo;
        } else {
            row.edit = new QLineEdit(parent);
            row.edit->setObjectName(objectNameFor(QStringLiteral("exportSetting"), def.key, QStringLiteral("Edit")));
            row.edit->setMaxLength(def.key == exportsetting::programDir() ? 1024 : 512);
            row.edit->setClearButtonEnabled(true);
            const QString key = def.key;
            connect(row.edit, &QLineEdit::textChanged, this, [this, key] {
                validateSetting(key);
                renderAgain(key);
            });
            field = row.edit;
        }
        row.label->setBuddy(field);
        row.error = wrappedLabel(parent, objectNameFor(QStringLiteral("exportSetting"), def.key, QStringLiteral("Error")));
        row.error->setTextInteractionFlags(Qt::TextSelectableByMouse);
        markAsError(row.error);
        row.error->hide();
        row.hint = wrappedLabel(parent, objectNameFor(QStringLiteral("exportSetting"), def.key, QStringLiteral("Hint")));
        QFont small = row.hint->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        row.hint->setFont(small);
        row.hint->setForegroundRole(QPalette::PlaceholderText);
        layout->addSpacing(4);
        layout->addWidget(row.label);
        layout->addWidget(field);
        layout->addWidget(row.error);
        layout->addWidget(row.hint);
        m_ui->settings << row;
    }
}

void ExportPage::retranslateUi()
{
    setTitle(tr("Export or apply"));
    setSubTitle(tr("Save the rules for this or other machines, or apply them on this computer."));
    if (!m_ui)
        return;
    m_ui->tabs->setTabText(0, tr("&Export to files"));
    m_ui->tabs->setTabText(1, tr("Apply on this co&mputer"));
    m_ui->tabs->setAccessibleName(tr("Export or apply"));
    m_ui->formatsLabel->setText(tr("F&ormats to save:"));
    m_ui->formats->setAccessibleName(tr("Formats"));
    m_ui->formats->setAccessibleDescription(
        tr("Tick the formats to save; the selected one is shown in the preview. Space ticks or unticks it."));
    m_ui->formats->setToolTip(tr("Tick the formats to save: one is saved into a file, several into a folder."));
    m_ui->settingsHeading->setText(tr("Settings"));
    retranslateSettings();
    m_ui->previewLabel->setText(tr("Pre&view:"));
    m_ui->problems->setAccessibleName(tr("Why this format cannot be written"));
    m_ui->copy->setText(tr("&Copy"));
    m_ui->copy->setToolTip(tr("Copies the text of the preview to the clipboard."));
    m_ui->copy->setAccessibleName(tr("Copy the preview"));
    m_ui->savePdf->setText(tr("Save PDF chec&klist…"));
    m_ui->savePdf->setToolTip(tr("Saves a checklist to print: every rule with a tick box, the notes, the test "
                                 "results and a sign-off line, in the language of the wizard."));
    m_ui->busy->setAccessibleName(tr("Writing the PDF checklist"));
    m_ui->status->setAccessibleName(tr("Status"));
    updateButtons();
}

void ExportPage::retranslateSettings()
{
    for (Ui::SettingRow &row : m_ui->settings) {
        if (row.key == exportsetting::zone()) {
            row.label->setText(tr("firewalld &zone:"));
            row.edit->setPlaceholderText(tr("the default zone"));
            row.hint->setText(tr("firewalld and Ansible: the zone to add the rules to. Empty: the default zone."));
        } else if (row.key == exportsetting::lan()) {
            row.label->setText(tr("LAN address &ranges:"));
            row.edit->setPlaceholderText(tr("e.g. 192.168.1.0/24"));
            row.hint->setText(tr("Linux formats: where \"the LAN\" is, comma-separated. Empty: rules for the LAN allow "
                                 "any address, and the file says so."));
        } else if (row.key == exportsetting::programDir()) {
            row.label->setText(tr("Program fol&der:"));
            row.edit->setPlaceholderText(tr("Program Files"));
            row.hint->setText(tr("PowerShell, netsh and Ansible: a folder on the target machine searched first for "
                                 "the vendor's programs, before Program Files."));
        } else if (row.key == exportsetting::inputPolicy()) {
            row.label->setText(tr("nftables &input policy:"));
            //: nftables input policy: let other traffic through (the table only adds what the plan allows)
            row.combo->setItemText(0, tr("accept (only add rules)"));
            //: nftables input policy: let in only what the plan allows
            row.combo->setItemText(1, tr("drop (only what the plan allows)"));
            row.hint->setText(tr("With drop, the table lets in only what the plan allows, replies, loopback and "
                                 "ICMP: use it where this is the machine's only firewall."));
        } else if (row.key == exportsetting::pageSize()) {
            row.label->setText(tr("PDF &paper size:"));
            ExportContext context;
            const bool letter = PdfExporter::pageSizeFor(context) == QPageSize::Letter;
            //: paper size chosen by the system's locale; %1 is "A4" or "Letter"
            row.combo->setItemText(0, tr("as usual here (%1)").arg(letter ? tr("Letter") : tr("A4")));
            row.combo->setItemText(1, tr("A4"));
            row.combo->setItemText(2, tr("Letter"));
            row.hint->setText(tr("For the PDF checklist."));
        }
        QWidget *field = row.edit ? static_cast<QWidget *>(row.edit) : row.combo;
        field->setAccessibleName(row.label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        field->setAccessibleDescription(row.error->isVisible() ? row.error->text() : row.hint->text());
        field->setToolTip(row.hint->text());
        validateSetting(row.key);
    }
}

void ExportPage::refresh()
{
    SelectionProblems problems;
    Plan plan;
    m_resolved = state().resolve(plan, problems);
    m_plan = m_resolved ? plan : Plan();
    // One time for every format of this rendering: the preview and the saved files say the same.
    m_generatedAt = QDateTime::currentDateTime();
    m_generatedAt.setTime(QTime(m_generatedAt.time().hour(), m_generatedAt.time().minute(),
                                m_generatedAt.time().second()));
    m_results.clear();
    if (!m_ui)
        return;
    retranslateUi();
    updateSettingsVisibility();
    updateList();
    updatePreview();
    updateButtons();
}

ExportContext ExportPage::contextFor(const QString &format) const
{
    ExportContext context;
    context.language = state().language();
    context.generatedAt = m_generatedAt;
    for (const SettingDef &def : settingDefs()) {
        if (!def.formats.contains(format))
            continue;
        const QString value = settingValue(def.key);
        if (!value.isEmpty())
            context.settings.insert(def.key, value);
    }
    if (format == pdfId) {
        context.machineName = QSysInfo::machineHostName();
        context.checkResults = state().checkResults();
        context.appliedSummary = state().appliedSummary();
    }
    return context;
}

QString ExportPage::settingValue(const QString &key) const
{
    if (!m_ui)
        return {};
    for (const Ui::SettingRow &row : m_ui->settings) {
        if (row.key != key)
            continue;
        if (row.edit)
            return row.edit->text().trimmed();
        return row.combo->currentData().toString();
    }
    return {};
}

QString ExportPage::settingProblem(const QString &key) const
{
    const QString value = settingValue(key);
    if (value.isEmpty())
        return {};
    // The model decides what is valid; the page says it in the words of this form rather than of the command line.
    const auto valid = [&key](const QString &v) {
        ExportContext context;
        context.settings.insert(key, v);
        QList<ExportProblem> problems;
        return checkExportSettings(context, problems);
    };
    if (valid(value))
        return {};
    if (key == exportsetting::zone())
        return tr("A zone name has only letters, digits, _ and -.");
    if (key == exportsetting::lan()) {
        for (const QString &range : value.split(QLatin1Char(','))) {
            if (!valid(range.trimmed()))
                return tr("\"%1\" is not an address range such as 192.168.1.0/24 or fd00::/64.").arg(range.trimmed());
        }
        return tr("Not a list of address ranges such as 192.168.1.0/24, 10.0.0.0/8.");
    }
    if (key == exportsetting::programDir()) {
        QString detail;
        const ValueReason reason = validateValue(ValueType::Path, value, &detail);
        const QString text = valueReasonText(reason, value, detail);
        return text.isEmpty() ? tr("Not a usable folder.") : text.left(1).toUpper() + text.mid(1) + QLatin1Char('.');
    }
    return tr("Not a valid value.");
}

void ExportPage::validateSetting(const QString &key)
{
    Ui::SettingRow *row = m_ui->setting(key);
    if (!row)
        return;
    const QString problem = settingProblem(key);
    //: before what is wrong with a setting; the word says it without the colour
    row->error->setText(problem.isEmpty() ? QString() : tr("Not valid: %1").arg(problem));
    row->error->setVisible(!problem.isEmpty() && row->label->isVisible());
    QWidget *field = row->edit ? static_cast<QWidget *>(row->edit) : row->combo;
    field->setAccessibleDescription(problem.isEmpty() ? row->hint->text() : row->error->text());
}

const ExportResult &ExportPage::resultFor(const QString &format)
{
    auto it = m_results.find(format);
    if (it != m_results.end())
        return *it;
    ExportResult result;
    if (!m_resolved) {
        result.problems << ExportProblem{tr("The plan cannot be worked out: go back and complete your choices."), {},
                                         {}};
    } else if (const Exporter *exporter = exporterFor(format)) {
        // A setting typed wrong refuses the formats it belongs to, in the words of this page.
        for (const SettingDef &def : settingDefs()) {
            const Ui::SettingRow *row = m_ui->setting(def.key);
            const QString problem = def.formats.contains(format) ? settingProblem(def.key) : QString();
            if (!problem.isEmpty() && row)
                result.problems << ExportProblem{
                    QStringLiteral("%1 %2").arg(row->label->text().remove(QLatin1Char('&')), problem), {}, def.key};
        }
        if (result.ok())
            result = exporter->render(m_plan, contextFor(format));
    }
    return *m_results.insert(format, result);
}

void ExportPage::renderAgain(const QString &settingKey)
{
    if (!m_ui)
        return;
    if (settingKey.isEmpty()) {
        m_results.clear();
    } else {
        for (const SettingDef &def : settingDefs()) {
            if (def.key != settingKey)
                continue;
            for (const QString &format : def.formats)
                m_results.remove(format);
        }
    }
    updateList();
    updatePreview();
    updateButtons();
}

void ExportPage::updateList()
{
    const QSignalBlocker blocker(m_ui->formats);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int i = 0; i < m_ui->formats->count(); ++i) {
        QListWidgetItem *item = m_ui->formats->item(i);
        const QString id = item->data(Qt::UserRole).toString();
        const Exporter *exporter = exporterFor(id);
        const bool refused = !resultFor(id).ok();
        //: a format in the list that cannot be written for this plan; the preview says why
        item->setText(refused ? tr("%1 (cannot be written)").arg(formatName(id)) : formatName(id));
        item->setIcon(refused ? warning : QIcon());
        item->setToolTip(exporter ? exporter->description() : QString());
    }
    m_ui->formats->updateGeometry();
}

QString ExportPage::currentFormat() const
{
    if (!m_ui || !m_ui->formats->currentItem())
        return {};
    return m_ui->formats->currentItem()->data(Qt::UserRole).toString();
}

QStringList ExportPage::checkedFormats() const
{
    QStringList formats;
    if (!m_ui)
        return formats;
    for (int i = 0; i < m_ui->formats->count(); ++i) {
        if (m_ui->formats->item(i)->checkState() == Qt::Checked)
            formats << m_ui->formats->item(i)->data(Qt::UserRole).toString();
    }
    return formats;
}

void ExportPage::updatePreview()
{
    const QString format = currentFormat();
    const Exporter *exporter = exporterFor(format);
    m_ui->description->setText(exporter ? exporter->description() : QString());
    if (!exporter) {
        m_ui->preview->clear();
        m_ui->previewStack->setCurrentWidget(m_ui->preview);
        return;
    }
    const ExportResult &result = resultFor(format);
    //: accessible name of the preview; %1 is a format ("nftables")
    m_ui->preview->setAccessibleName(tr("Preview of the %1 file").arg(formatName(format)));
    if (result.ok()) {
        // The same format again (a new language, another setting): keep the place the admin was reading.
        const bool same = m_ui->preview->property("format").toString() == format;
        const int line = same ? m_ui->preview->verticalScrollBar()->value() : 0;
        const int column = same ? m_ui->preview->horizontalScrollBar()->value() : 0;
        m_ui->preview->setPlainText(QString::fromUtf8(result.data));
        m_ui->preview->setProperty("format", format);
        m_ui->preview->verticalScrollBar()->setValue(line);
        m_ui->preview->horizontalScrollBar()->setValue(column);
        m_ui->previewStack->setCurrentWidget(m_ui->preview);
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b></p><ul>")
                       .arg(tr("Not possible: the %1 file cannot be written for this plan, for these reasons:")
                                .arg(formatName(format))
                                .toHtmlEscaped());
    for (const ExportProblem &p : result.problems) {
        QStringList where;
        if (!p.ruleId.isEmpty() && !p.what.contains(p.ruleId))
            //: where an export problem is: the rule's id
            where << tr("rule %1").arg(p.ruleId);
        if (!p.field.isEmpty() && !m_ui->setting(p.field))
            //: where an export problem is: the field of the rule or setting ("program", "hosts")
            where << tr("field %1").arg(p.field);
        const QString text = where.isEmpty() ? p.what : QStringLiteral("%1 (%2)").arg(p.what, where.join(QStringLiteral(", ")));
        html += QStringLiteral("<li>%1</li>").arg(text.toHtmlEscaped());
    }
    html += QStringLiteral("</ul><p>%1</p>")
                .arg(tr("The other formats are not affected; choose one of them, or correct the setting or the "
                        "catalog entry named above.")
                         .toHtmlEscaped());
    m_ui->problems->setHtml(html);
    m_ui->previewStack->setCurrentWidget(m_ui->problems);
}

void ExportPage::updateButtons()
{
    if (!m_ui)
        return;
    const QString current = currentFormat();
    const QStringList checked = checkedFormats();
    const bool currentOk = !current.isEmpty() && m_resolved && resultFor(current).ok();
    m_ui->copy->setEnabled(currentOk);
    if (checked.size() > 1) {
        m_ui->save->setText(tr("&Save into a folder…"));
        m_ui->save->setToolTip(tr("Saves each ticked format into a folder you choose, each under its own name: %1")
                                   .arg(checked.join(QStringLiteral(", "))));
    } else {
        const QString one = checked.isEmpty() ? current : checked.first();
        //: %1 is a format ("nftables")
        m_ui->save->setText(tr("&Save %1…").arg(formatName(one)));
        m_ui->save->setToolTip(checked.isEmpty()
                                   ? tr("Saves the format shown in the preview. Tick several formats to save them "
                                        "into a folder at once.")
                                   : tr("Saves the ticked format into a file you choose."));
    }
    m_ui->save->setEnabled(m_resolved && !current.isEmpty() && !isWritingPdf());
    m_ui->savePdf->setEnabled(m_resolved && !isWritingPdf());
}

void ExportPage::updateSettingsVisibility()
{
    QStringList relevant = checkedFormats();
    relevant << currentFormat() << pdfId;
    bool any = false;
    for (Ui::SettingRow &row : m_ui->settings) {
        bool shown = false;
        for (const QString &format : std::as_const(row.formats))
            shown = shown || relevant.contains(format);
        row.label->setVisible(shown);
        (row.edit ? static_cast<QWidget *>(row.edit) : row.combo)->setVisible(shown);
        row.hint->setVisible(shown);
        row.error->setVisible(shown && !row.error->text().isEmpty());
        any = any || shown;
    }
    m_ui->settingsHeading->setVisible(any);
}

void ExportPage::setStatus(StatusKind kind, const QString &text)
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (kind == StatusKind::Done)
        icon = QStyle::SP_DialogApplyButton;
    else if (kind == StatusKind::Problem)
        icon = QStyle::SP_MessageBoxWarning;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->statusIcon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_ui->statusIcon->setVisible(!text.isEmpty());
    m_ui->status->setText(text);
    m_ui->status->setVisible(!text.isEmpty());
}

QString ExportPage::suggestedPath(const QString &fileName) const
{
    return QDir(m_lastFolder).filePath(fileName);
}

bool ExportPage::confirmReplace(const QStringList &paths)
{
    QStringList existing;
    for (const QString &path : paths) {
        if (QFileInfo::exists(path))
            existing << native(path);
    }
    if (existing.isEmpty())
        return true;
    const QString text = existing.size() == 1
        ? tr("%1 already exists. Replace it?").arg(existing.first())
        : tr("These files already exist and would be replaced:\n%1\n\nReplace them?")
              .arg(existing.join(QLatin1Char('\n')));
    return desktop::question(this, tr("Replace files?"), text);
}

void ExportPage::copyPreview()
{
    const QString format = currentFormat();
    const ExportResult &result = resultFor(format);
    if (!result.ok())
        return;
    QApplication::clipboard()->setText(QString::fromUtf8(result.data));
    //: %1 is a format ("nftables")
    setStatus(StatusKind::Done, tr("Copied: the %1 text is on the clipboard.").arg(formatName(format)));
}

void ExportPage::save()
{
    const QStringList checked = checkedFormats();
    if (checked.size() > 1)
        saveSeveral(checked);
    else
        saveOne(checked.isEmpty() ? currentFormat() : checked.first());
}

void ExportPage::saveOne(const QString &format)
{
    const Exporter *exporter = exporterFor(format);
    if (!exporter)
        return;
    const ExportResult &result = resultFor(format);
    if (!result.ok()) {
        // The preview says why; show it.
        for (int i = 0; i < m_ui->formats->count(); ++i) {
            if (m_ui->formats->item(i)->data(Qt::UserRole).toString() == format)
                m_ui->formats->setCurrentRow(i);
        }
        setStatus(StatusKind::Problem, tr("Not saved: the %1 file cannot be written for this plan (the preview says "
                                          "why).")
                                           .arg(formatName(format)));
        return;
    }
    //: file dialog filter; %1 is a format ("nftables"), %2 its extension ("nft")
    const QString filter = tr("%1 files (*.%2)").arg(formatName(format), exporter->fileExtension()) + QStringLiteral(";;")
        + tr("All files (*)");
    const QString path = desktop::saveFileName(this, tr("Save the %1 file").arg(formatName(format)),
                                               suggestedPath(exportFileName(*exporter, m_plan)), filter);
    if (path.isEmpty())
        return;
    m_lastFolder = QFileInfo(path).absolutePath();
    if (!confirmReplace({path})) {
        setStatus(StatusKind::Problem, tr("Not saved: %1 was kept as it was.").arg(native(path)));
        return;
    }
    const QString error = writeWhole(path, result.data);
    if (!error.isEmpty()) {
        qCWarning(lcExport, "could not save %s: %s", qPrintable(path), qPrintable(error));
        //: %1 is the file, %2 the reason
        setStatus(StatusKind::Problem, tr("Not saved: %1: %2").arg(native(path), error));
        return;
    }
    qCInfo(lcExport, "saved %s as %s", qPrintable(format), qPrintable(path));
    //: %1 is a format ("nftables"), %2 the file
    setStatus(StatusKind::Done, tr("Saved: the %1 file %2").arg(formatName(format), native(path)));
}

void ExportPage::saveSeveral(const QStringList &formats)
{
    const QString folder = desktop::existingDirectory(this, tr("Choose a folder for the files"), m_lastFolder);
    if (folder.isEmpty())
        return;
    m_lastFolder = folder;
    QStringList refused;
    QList<QPair<QString, QString>> files; // format, path
    for (const QString &format : formats) {
        const Exporter *exporter = exporterFor(format);
        if (!exporter)
            continue;
        if (!resultFor(format).ok())
            refused << formatName(format);
        else
            files << qMakePair(format, QDir(folder).filePath(exportFileName(*exporter, m_plan)));
    }
    QStringList paths;
    for (const auto &f : std::as_const(files))
        paths << f.second;
    if (!confirmReplace(paths)) {
        setStatus(StatusKind::Problem, tr("Not saved: the existing files in %1 were kept as they were.").arg(native(folder)));
        return;
    }
    QStringList written;
    QStringList failed;
    for (const auto &f : std::as_const(files)) {
        const QString error = writeWhole(f.second, resultFor(f.first).data);
        if (error.isEmpty()) {
            written << QFileInfo(f.second).fileName();
            qCInfo(lcExport, "saved %s as %s", qPrintable(f.first), qPrintable(f.second));
        } else {
            failed << QStringLiteral("%1: %2").arg(native(f.second), error);
            qCWarning(lcExport, "could not save %s: %s", qPrintable(f.second), qPrintable(error));
        }
    }
    QStringList lines;
    if (!written.isEmpty())
        //: %1 is a folder, %2 the names of the files saved into it
        lines << tr("Saved into %1: %2").arg(native(folder), written.join(QStringLiteral(", ")));
    if (!failed.isEmpty())
        lines << tr("Not saved: %1").arg(failed.join(QStringLiteral("; ")));
    if (!refused.isEmpty())
        //: %1 lists formats ("netsh, PowerShell")
        lines << tr("Not saved, because they cannot be written for this plan (select one to see why): %1")
                     .arg(refused.join(QStringLiteral(", ")));
    setStatus(failed.isEmpty() && refused.isEmpty() ? StatusKind::Done : StatusKind::Problem, lines.join(QLatin1Char('\n')));
}

void ExportPage::savePdf()
{
    if (m_pdfThread || !m_resolved)
        return;
    const Exporter *pdf = exporterFor(pdfId);
    if (!pdf)
        return;
    const QString path = desktop::saveFileName(this, tr("Save the PDF checklist"),
                                               suggestedPath(exportFileName(*pdf, m_plan)),
                                               tr("PDF documents (*.pdf)") + QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return;
    m_lastFolder = QFileInfo(path).absolutePath();
    if (!confirmReplace({path})) {
        setStatus(StatusKind::Problem, tr("Not saved: %1 was kept as it was.").arg(native(path)));
        return;
    }
    m_pdfJob = std::make_shared<PdfJob>();
    m_pdfJob->plan = m_plan;
    m_pdfJob->context = contextFor(pdfId);
    // The time of saving, not of the preview: the checklist is a record.
    m_pdfJob->context.generatedAt = QDateTime::currentDateTime();
    m_pdfJob->path = path;
    // QTextDocument and painting on a QPdfWriter are reentrant (Qt's "Thread-Support in Qt Modules"), and the job
    // holds copies of everything it reads, so the GUI stays free while the pages are laid out.
    m_pdfThread = QThread::create([job = m_pdfJob] {
        QElapsedTimer timer;
        timer.start();
        const ExportResult result = PdfExporter().render(job->plan, job->context);
        if (result.ok())
            job->error = writeWhole(job->path, result.data);
        else
            job->problems = result.problems;
        job->millis = timer.elapsed();
    });
    m_pdfThread->setObjectName(QStringLiteral("pdfChecklist"));
    connect(m_pdfThread, &QThread::finished, this, [this] { pdfFinished(); });
    qCInfo(lcExport, "writing the PDF checklist to %s", qPrintable(path));
    m_pdfThread->start();
    m_ui->busy->show();
    setStatus(StatusKind::Busy, tr("Writing the PDF checklist to %1…").arg(native(path)));
    updateButtons();
}

void ExportPage::pdfFinished()
{
    if (!m_pdfThread)
        return;
    m_pdfThread->wait();
    m_pdfThread->deleteLater();
    m_pdfThread = nullptr;
    const std::shared_ptr<PdfJob> job = std::move(m_pdfJob);
    m_ui->busy->hide();
    updateButtons();
    bool ok = false;
    if (!job->problems.isEmpty()) {
        QStringList what;
        for (const ExportProblem &p : std::as_const(job->problems))
            what << p.what;
        setStatus(StatusKind::Problem, tr("Not saved: the PDF checklist cannot be written: %1").arg(what.join(QStringLiteral("; "))));
    } else if (!job->error.isEmpty()) {
        qCWarning(lcExport, "could not save %s: %s", qPrintable(job->path), qPrintable(job->error));
        setStatus(StatusKind::Problem, tr("Not saved: %1: %2").arg(native(job->path), job->error));
    } else {
        qCInfo(lcExport, "saved the PDF checklist as %s in %lld ms", qPrintable(job->path),
               static_cast<long long>(job->millis));
        setStatus(StatusKind::Done, tr("Saved: the PDF checklist %1").arg(native(job->path)));
        ok = true;
    }
    emit pdfChecklistDone(ok);
}

} // namespace fw
