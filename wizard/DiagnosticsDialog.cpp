#include "DiagnosticsDialog.h"

#include "Desktop.h"
#include "Version.h"
#include "apply/Host.h"
#include "system/Paths.h"

#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyle>
#include <QThread>
#include <QVBoxLayout>

#include <spdlog/version.h>

namespace fw {

Q_LOGGING_CATEGORY(lcDiagnostics, "fw.wizard.diagnostics")

namespace {

Diagnostics collectOnThisMachine(const DiagnosticsInput &input)
{
    SystemHost host;
    return collectDiagnostics(host, input);
}

/// An icon and a word-wrapped text beside it: how the dialog shows a status, never by colour alone.
struct StatusRow
{
    QWidget *row = nullptr;
    QLabel *icon = nullptr;
    QLabel *text = nullptr;

    StatusRow(QWidget *parent, const QString &objectName)
    {
        row = new QWidget(parent);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        icon = new QLabel(row);
        icon->setAlignment(Qt::AlignTop);
        text = new QLabel(row);
        text->setObjectName(objectName);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(icon, 0, Qt::AlignTop);
        layout->addWidget(text, 1);
    }

    void set(QStyle::StandardPixmap pixmap, const QString &message)
    {
        const int size = row->style()->pixelMetric(QStyle::PM_SmallIconSize);
        icon->setPixmap(row->style()->standardIcon(pixmap).pixmap(size, size));
        text->setText(message);
        row->setVisible(!message.isEmpty());
    }
};

} // namespace

struct DiagnosticsDialog::Ui
{
    QLabel *intro = nullptr;
    QWidget *busyRow = nullptr;
    QProgressBar *progress = nullptr;
    QLabel *busyText = nullptr;
    std::unique_ptr<StatusRow> privilege;
    QWidget *warnings = nullptr;
    QVBoxLayout *warningsLayout = nullptr;
    QLabel *reportLabel = nullptr;
    QPlainTextEdit *report = nullptr;
    std::unique_ptr<StatusRow> status;
    QDialogButtonBox *buttons = nullptr;
    QPushButton *copy = nullptr;
    QPushButton *save = nullptr;
    QPushButton *refresh = nullptr;
};

DiagnosticsDialog::DiagnosticsDialog(const DiagnosticsInput &input, QWidget *parent)
    : QDialog(parent), m_input(input), m_ui(std::make_unique<Ui>())
{
    setObjectName(QStringLiteral("diagnosticsDialog"));
    if (m_input.programVersion.isEmpty())
        m_input.programVersion = programVersion();
    if (m_input.qtVersion.isEmpty())
        m_input.qtVersion = QString::fromLatin1(qVersion());
    if (m_input.spdlogVersion.isEmpty())
        m_input.spdlogVersion
            = QStringLiteral("%1.%2.%3").arg(SPDLOG_VER_MAJOR).arg(SPDLOG_VER_MINOR).arg(SPDLOG_VER_PATCH);

    auto *layout = new QVBoxLayout(this);
    m_ui->intro = new QLabel(this);
    m_ui->intro->setObjectName(QStringLiteral("diagnosticsIntro"));
    m_ui->intro->setWordWrap(true);
    layout->addWidget(m_ui->intro);

    m_ui->busyRow = new QWidget(this);
    auto *busyLayout = new QHBoxLayout(m_ui->busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    m_ui->progress = new QProgressBar(m_ui->busyRow);
    m_ui->progress->setObjectName(QStringLiteral("diagnosticsProgress"));
    m_ui->progress->setRange(0, 0); // busy: how long the programs take is unknown
    m_ui->progress->setMaximumWidth(160);
    m_ui->progress->setTextVisible(false);
    m_ui->busyText = new QLabel(m_ui->busyRow);
    m_ui->busyText->setObjectName(QStringLiteral("diagnosticsBusyLabel"));
    m_ui->busyText->setWordWrap(true);
    busyLayout->addWidget(m_ui->progress);
    busyLayout->addWidget(m_ui->busyText, 1);
    m_ui->busyRow->hide();
    layout->addWidget(m_ui->busyRow);

    m_ui->privilege = std::make_unique<StatusRow>(this, QStringLiteral("diagnosticsPrivilegeNote"));
    m_ui->privilege->row->hide();
    layout->addWidget(m_ui->privilege->row);

    m_ui->warnings = new QWidget(this);
    m_ui->warnings->setObjectName(QStringLiteral("diagnosticsWarnings"));
    m_ui->warningsLayout = new QVBoxLayout(m_ui->warnings);
    m_ui->warningsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_ui->warnings);

    m_ui->reportLabel = new QLabel(this);
    m_ui->report = new QPlainTextEdit(this);
    m_ui->report->setObjectName(QStringLiteral("diagnosticsText"));
    m_ui->report->setReadOnly(true);
    // Selectable and reachable by Tab although read-only, so that a part can be copied by keyboard too.
    m_ui->report->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_ui->report->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_ui->report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->reportLabel->setBuddy(m_ui->report);
    layout->addWidget(m_ui->reportLabel);
    layout->addWidget(m_ui->report, 1);

    m_ui->status = std::make_unique<StatusRow>(this, QStringLiteral("diagnosticsStatus"));
    m_ui->status->row->hide();
    layout->addWidget(m_ui->status->row);

    m_ui->buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_ui->copy = m_ui->buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_ui->copy->setObjectName(QStringLiteral("diagnosticsCopyButton"));
    m_ui->save = m_ui->buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_ui->save->setObjectName(QStringLiteral("diagnosticsSaveButton"));
    m_ui->refresh = m_ui->buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_ui->refresh->setObjectName(QStringLiteral("diagnosticsRefreshButton"));
    for (QPushButton *b : {m_ui->copy, m_ui->save, m_ui->refresh}) {
        // Enter in the report must not press one of them.
        b->setAutoDefault(false);
        b->setEnabled(false);
    }
    layout->addWidget(m_ui->buttons);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->copy, &QPushButton::clicked, this, [this] { copyText(); });
    connect(m_ui->save, &QPushButton::clicked, this, [this] { saveText(); });
    connect(m_ui->refresh, &QPushButton::clicked, this, [this] { refresh(); });

    resize(QSize(900, 640).boundedTo(parent ? parent->size() * 1.1 : QSize(900, 640)).expandedTo(QSize(600, 420)));
    retranslateUi();
}

DiagnosticsDialog::~DiagnosticsDialog()
{
    // The worker uses nothing of the dialog but what it was given; it only has to end before its QThread goes.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void DiagnosticsDialog::setCollector(Collector collector)
{
    m_collector = std::move(collector);
}

QString DiagnosticsDialog::text() const
{
    return m_ui->report->toPlainText();
}

void DiagnosticsDialog::refresh()
{
    if (m_thread)
        return;
    qCInfo(lcDiagnostics, "collecting diagnostics");
    auto result = std::make_shared<Diagnostics>();
    m_pending = result;
    const Collector collector = m_collector ? m_collector : Collector(collectOnThisMachine);
    const DiagnosticsInput input = m_input;
    m_thread = QThread::create([collector, input, result] { *result = collector(input); });
    m_thread->setObjectName(QStringLiteral("diagnostics"));
    connect(m_thread, &QThread::finished, this, [this] { showResult(); });
    m_ui->busyRow->show();
    m_ui->status->row->hide();
    for (QPushButton *b : {m_ui->copy, m_ui->save, m_ui->refresh})
        b->setEnabled(false);
    m_thread->start();
}

void DiagnosticsDialog::showResult()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_diagnostics = std::make_unique<Diagnostics>(*m_pending);
    m_pending.reset();
    qCInfo(lcDiagnostics, "diagnostics collected: %lld warning(s)", qlonglong(m_diagnostics->warnings.size()));

    m_ui->busyRow->hide();
    m_ui->report->setPlainText(diagnosticsText(*m_diagnostics));
    for (QPushButton *b : {m_ui->copy, m_ui->save, m_ui->refresh})
        b->setEnabled(true);
    retranslateUi();
    if (m_stale) {
        // The language changed while collecting: the texts came in the old one.
        m_stale = false;
        refresh();
        return;
    }
    emit collected();
}

void DiagnosticsDialog::copyText()
{
    QApplication::clipboard()->setText(text());
    m_ui->status->set(QStyle::SP_DialogApplyButton, tr("Copied: the whole report is on the clipboard."));
}

void DiagnosticsDialog::saveText()
{
    QString folder = m_lastFolder;
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("firewall-wizard-diagnostics-%1.txt").arg(QDate::currentDate().toString(Qt::ISODate)));
    //: file dialog filter
    QString path
        = desktop::saveFileName(this, tr("Save diagnostics"), suggested, tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".txt");
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path)
        && !desktop::question(this, tr("Save diagnostics"), tr("%1 already exists. Replace it?").arg(shown)))
        return;
    m_lastFolder = QFileInfo(path).absolutePath();
    QSaveFile file(path);
    const QByteArray data = text().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        qCWarning(lcDiagnostics, "cannot save diagnostics to %s: %s", qPrintable(path), qPrintable(file.errorString()));
        m_ui->status->set(
            QStyle::SP_MessageBoxCritical, tr("Not saved: %1 cannot be written: %2").arg(shown, file.errorString()));
        return;
    }
    qCInfo(lcDiagnostics, "saved diagnostics to %s", qPrintable(path));
    m_ui->status->set(QStyle::SP_DialogApplyButton, tr("Saved: %1").arg(shown));
}

void DiagnosticsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The report's texts are made while collecting: collect again for the new language.
        if (m_thread)
            m_stale = true;
        else if (isVisible() && m_diagnostics)
            refresh();
    }
    QDialog::changeEvent(event);
}

void DiagnosticsDialog::retranslateUi()
{
    setWindowTitle(tr("Diagnostics – Firewall Setup Wizard"));
    m_ui->intro->setText(tr("What a support request needs, with nothing secret in it: the versions, the system, the "
                            "firewall and its state, what this program applied, the last connectivity check and the "
                            "log's last lines. Copy it or save it and attach it to your request."));
    m_ui->busyText->setText(tr("Collecting: asking nftables, firewalld and ufw for their state…"));
    //: accessible name of the busy indicator
    m_ui->progress->setAccessibleName(tr("Collecting diagnostics"));
    m_ui->reportLabel->setText(tr("Re&port:"));
    m_ui->report->setAccessibleName(tr("Diagnostics report"));
    m_ui->copy->setText(tr("&Copy"));
    m_ui->copy->setToolTip(tr("Copy the whole report to the clipboard"));
    m_ui->save->setText(tr("&Save…"));
    m_ui->save->setToolTip(tr("Save the report as a text file"));
    m_ui->refresh->setText(tr("&Refresh"));
    m_ui->refresh->setToolTip(tr("Collect the diagnostics again"));
    const char *theme = "QPlatformTheme";
    if (QPushButton *close = m_ui->buttons->button(QDialogButtonBox::Close))
        close->setText(QCoreApplication::translate(theme, "Close"));

    // The warnings on top, one row each: they are what the admin should act on.
    while (QLayoutItem *item = m_ui->warningsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_diagnostics) {
        m_ui->warnings->hide();
        return;
    }
    m_ui->privilege->set(QStyle::SP_MessageBoxInformation,
        m_diagnostics->state.privileged
            ? QString()
            : tr("Not run as root: some of the firewall's state, and the record of what this program applied (in "
                 "%1), can be read only by root and are missing below. For the complete report, run in a terminal: "
                 "sudo firewall-wizard diagnose")
                  .arg(paths::rootStateDir()));
    int index = 0;
    for (const DiagnosticWarning &w : std::as_const(m_diagnostics->warnings)) {
        StatusRow row(m_ui->warnings, QStringLiteral("diagnosticsWarning%1").arg(index++));
        //: a warning found by the diagnostics, e.g. Docker bypassing ufw
        row.set(QStyle::SP_MessageBoxWarning, tr("Warning: %1").arg(w.text));
        m_ui->warningsLayout->addWidget(row.row);
    }
    if (m_diagnostics->warnings.isEmpty()) {
        StatusRow row(m_ui->warnings, QStringLiteral("diagnosticsNoWarnings"));
        row.set(QStyle::SP_DialogApplyButton, tr("No warnings: none of the common mistakes was found."));
        m_ui->warningsLayout->addWidget(row.row);
    }
    m_ui->warnings->show();
}

} // namespace fw
