#include "ExportPage.h"

#include "ApplyPanel.h"
#include "BackgroundSave.h"
#include "Desktop.h"
#include "ExportFormatList.h"
#include "ExportOptionsColumn.h"
#include "ExportPreview.h"
#include "ExportSettingsForm.h"
#include "GripSplitter.h"
#include "StatusLine.h"
#include "Widgets.h"
#include "WizardState.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLoggingCategory>
#include <QPushButton>
#include <QScrollArea>
#include <QSysInfo>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QWizard>

namespace fw {

Q_LOGGING_CATEGORY(lcExport, "fw.wizard.export")

namespace {

const QString pdfId = QStringLiteral("pdf");

} // namespace

struct ExportPage::Ui
{
    QTabWidget *tabs = nullptr;
    ExportOptionsColumn *options = nullptr;
    ExportPreview *preview = nullptr;
    QPushButton *copy = nullptr;
    QPushButton *save = nullptr;
    QPushButton *saveTicked = nullptr;
    QPushButton *savePdf = nullptr;
    StatusLine *status = nullptr;
    ApplyPanel *apply = nullptr;
};

ExportPage::ExportPage(WizardState &state, QWidget *parent) : PageBase(state, Scrolling::NoScroll, parent)
{
    setObjectName(QStringLiteral("exportPage"));
    ExportSession::machineFormat(false); // starts the detection, for the format to tick at first
    m_pdf = new BackgroundSave(this);
    connect(m_pdf, &BackgroundSave::finished, this, &ExportPage::pdfFinished);
    // A plan changed elsewhere (a restored selection) while this page is shown: render it again.
    connect(&state, &WizardState::selectionChanged, this, [this] {
        if (isBuilt() && isVisible())
            refresh();
    });
}

ExportPage::~ExportPage()
{
    // The detection runs programs: let it end while the application, which QProcess needs, is still there.
    ExportSession::machineFormat();
}

bool ExportPage::isComplete() const
{
    // Not while the firewall is changing: the countdown and Undo live on this page.
    return !(m_ui && m_ui->apply && m_ui->apply->isBusy());
}

bool ExportPage::isWritingPdf() const
{
    return m_pdf->isRunning();
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
    QScrollArea *applyScroll = makeColumnScrollArea(new QScrollArea(m_ui->tabs), QStringLiteral("applyScrollArea"));
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
    auto *splitter = new GripSplitter(Qt::Horizontal, tab);
    splitter->setObjectName(QStringLiteral("exportSplitter"));
    splitter->setChildrenCollapsible(false);
    tabLayout->addWidget(splitter, 1);

    // Left: the formats and their settings; right: what the highlighted format writes, and how to use it.
    m_ui->options = new ExportOptionsColumn(ExportSession::machineFormat(), splitter);
    splitter->addWidget(m_ui->options);
    m_ui->preview = new ExportPreview(splitter);
    m_ui->preview->setObjectName(QStringLiteral("exportPreviewSide"));
    splitter->addWidget(m_ui->preview);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QHBoxLayout;
    const auto button = [this, tab, buttons](const char *name, void (ExportPage::*clicked)()) {
        QPushButton *b = plainButton(tab, QString::fromLatin1(name));
        buttons->addWidget(b);
        connect(b, &QPushButton::clicked, this, clicked);
        return b;
    };
    m_ui->copy = button("exportCopyButton", &ExportPage::copyPreview);
    m_ui->save = button("exportSaveButton", &ExportPage::saveCurrent);
    m_ui->saveTicked = button("exportSaveTickedButton", &ExportPage::saveTicked);
    m_ui->savePdf = button("savePdfButton", &ExportPage::savePdf);
    buttons->addStretch(1);
    tabLayout->addLayout(buttons);

    m_ui->status = new StatusLine(QStringLiteral("exportStatus"), tab);
    tabLayout->addWidget(m_ui->status);

    connect(m_ui->options->formats(), &QListWidget::currentItemChanged, this, [this] { updateAll(); });
    connect(m_ui->options->formats(), &QListWidget::itemChanged, this, [this] { updateAll(); });
    connect(m_ui->options->settings(), &ExportSettingsForm::settingChanged, this, &ExportPage::settingChanged);
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
    // At most 45 average characters, so that the preview keeps room.
    m_ui->options->retranslate(fontMetrics().averageCharWidth() * 45);
    m_ui->preview->retranslate();
    m_ui->copy->setText(tr("&Copy"));
    m_ui->copy->setToolTip(tr("Copies the text of the preview to the clipboard."));
    m_ui->copy->setAccessibleName(tr("Copy the preview"));
    m_ui->savePdf->setText(tr("Save PDF chec&klist…"));
    m_ui->savePdf->setToolTip(tr("Saves a checklist to print: every rule with a tick box, the notes, the test "
                                 "results and a sign-off line, in the language of the wizard."));
    m_ui->status->setAccessibleNames(tr("Status"), tr("Writing the PDF checklist"));
    updateButtons();
}

void ExportPage::refresh()
{
    SelectionProblems problems;
    Plan plan;
    if (state().resolve(plan, problems))
        m_session.setPlan(plan);
    else
        m_session.setNoPlan(tr("The plan cannot be worked out: go back and complete your choices."));
    m_session.setLanguage(state().language());
    // One time for every format of this rendering: the preview and the saved files say the same.
    const QDateTime now = QDateTime::currentDateTime();
    m_session.setGeneratedAt(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second())));
    m_session.setRecord(QSysInfo::machineHostName(), state().checkResults(), state().appliedSummary());
    if (!m_ui)
        return;
    for (const ExportSettingSpec &spec : exportSettingSpecs())
        m_session.setSetting(spec.key, m_ui->options->settings()->value(spec.key));
    retranslateUi();
    updateAll();
}

void ExportPage::settingChanged(const QString &key)
{
    m_session.setSetting(key, m_ui->options->settings()->value(key));
    updateAll();
}

void ExportPage::updateAll()
{
    m_ui->options->settings()->showFor(checkedFormats() << currentFormat() << pdfId);
    m_ui->options->formats()->updateStates(m_session);
    updatePreview();
    updateButtons();
}

QString ExportPage::currentFormat() const
{
    return m_ui ? m_ui->options->formats()->currentFormat() : QString();
}

QStringList ExportPage::checkedFormats() const
{
    return m_ui ? m_ui->options->formats()->checkedFormats() : QStringList();
}

void ExportPage::updatePreview()
{
    const QString format = currentFormat();
    m_ui->preview->showFormat(format, m_session.result(format), m_session.usageNote(format));
}

void ExportPage::updateButtons()
{
    if (!m_ui)
        return;
    const QString current = currentFormat();
    const bool currentOk = !current.isEmpty() && m_session.result(current).ok();
    QStringList ticked;
    for (const QString &format : checkedFormats())
        ticked << ExportSession::displayName(format);
    const bool idle = m_session.hasPlan() && !isWritingPdf();
    m_ui->copy->setEnabled(currentOk);
    // Each button says what it saves: Save the format in the preview, the other the ticked ones.
    //: %1 is the format shown in the preview ("nftables")
    m_ui->save->setText(tr("&Save %1…").arg(ExportSession::displayName(current)));
    m_ui->save->setToolTip(tr("Saves the format shown in the preview into a file you choose."));
    m_ui->save->setEnabled(idle && currentOk);
    //: saves the ticked formats into a folder; %n is how many are ticked
    m_ui->saveTicked->setText(tr("Save %n ticked…", nullptr, int(ticked.size())));
    //: %1 lists the ticked formats ("nftables, ufw")
    m_ui->saveTicked->setToolTip(ticked.isEmpty()
            ? tr("Tick formats in the list to save them into a folder at once.")
            : tr("Saves the ticked formats into a folder you choose, each under its own name: %1")
                  .arg(ticked.join(QStringLiteral(", "))));
    m_ui->saveTicked->setAccessibleDescription(m_ui->saveTicked->toolTip());
    m_ui->saveTicked->setEnabled(idle && !ticked.isEmpty());
    m_ui->savePdf->setEnabled(idle);
}

void ExportPage::copyPreview()
{
    const QString format = currentFormat();
    const ExportResult &result = m_session.result(format);
    if (!result.ok())
        return;
    QApplication::clipboard()->setText(QString::fromUtf8(result.data));
    //: %1 is a format ("nftables")
    m_ui->status->setStatus(
        StatusLine::Kind::Done, tr("Copied: the %1 text is on the clipboard.").arg(ExportSession::displayName(format)));
}

/// Asks where to save @p format; no targets when cancelled.
SavePlan ExportPage::askSaveAs(const QString &format, const QString &caption)
{
    //: file dialog filter; %1 is a format ("nftables"), %2 its extension ("nft")
    const QString filter
        = tr("%1 files (*.%2)").arg(ExportSession::displayName(format), exporterFor(format)->fileExtension())
        + QStringLiteral(";;") + tr("All files (*)");
    const QString path = desktop::saveFileName(this, caption, m_session.suggestedPath(format), filter);
    return path.isEmpty() ? SavePlan() : m_session.planSaveAs(format, path);
}

void ExportPage::saveCurrent()
{
    const QString format = currentFormat();
    if (format.isEmpty() || !m_session.result(format).ok())
        return;
    const SavePlan plan = askSaveAs(format, tr("Save the %1 file").arg(ExportSession::displayName(format)));
    if (!plan.targets.isEmpty() && confirmReplace(plan))
        report(plan, m_session.save(plan));
}

void ExportPage::saveTicked()
{
    const QString folder = desktop::existingDirectory(this, tr("Choose a folder for the files"), m_session.folder());
    if (folder.isEmpty())
        return;
    const SavePlan plan = m_session.planSave(checkedFormats(), folder);
    if (confirmReplace(plan))
        report(plan, m_session.save(plan));
}

/// Asks before replacing what exists; says so when the answer is no.
bool ExportPage::confirmReplace(const SavePlan &plan)
{
    QStringList existing = plan.existing();
    for (QString &path : existing)
        path = QDir::toNativeSeparators(path);
    if (existing.isEmpty())
        return true;
    const QString text = existing.size() == 1
        ? tr("%1 already exists. Replace it?").arg(existing.first())
        : tr("These files already exist and would be replaced:\n%1\n\nReplace them?")
              .arg(existing.join(QLatin1Char('\n')));
    if (desktop::question(this, tr("Replace files?"), text))
        return true;
    m_ui->status->setStatus(StatusLine::Kind::Problem,
        plan.targets.size() == 1 ? tr("Not saved: %1 was kept as it was.").arg(existing.first())
                                 : tr("Not saved: the existing files in %1 were kept as they were.")
                                       .arg(QDir::toNativeSeparators(plan.folder)));
    return false;
}

/// Says what was saved and tells the wizard's state.
void ExportPage::report(const SavePlan &plan, const QList<SaveOutcome> &outcomes)
{
    for (const SaveOutcome &o : outcomes) {
        if (o.ok())
            state().addSavedFile(o.path, o.format);
        qCInfo(lcExport, "%s %s as %s%s%s", o.ok() ? "saved" : "could not save", qPrintable(o.format),
            qPrintable(o.path), o.ok() ? "" : ": ", qPrintable(o.error));
    }
    bool ok = false;
    const QString text = ExportSession::saveReport(plan, outcomes, &ok);
    m_ui->status->setStatus(ok ? StatusLine::Kind::Done : StatusLine::Kind::Problem, text);
}

void ExportPage::savePdf()
{
    if (m_pdf->isRunning() || !m_session.hasPlan())
        return;
    const SavePlan plan = askSaveAs(pdfId, tr("Save the PDF checklist"));
    if (plan.targets.isEmpty() || !confirmReplace(plan))
        return;
    m_pdfPlan = plan;
    const QString path = plan.targets.first().path;
    m_session.setRecord(QSysInfo::machineHostName(), state().checkResults(), state().appliedSummary());
    ExportContext context = m_session.contextFor(pdfId);
    // The time of saving, not of the preview: the checklist is a record.
    context.generatedAt = QDateTime::currentDateTime();
    m_pdf->start(m_session.plan(), context, pdfId, path);
    qCInfo(lcExport, "writing the PDF checklist to %s", qPrintable(path));
    m_ui->status->setStatus(
        StatusLine::Kind::Busy, tr("Writing the PDF checklist to %1…").arg(QDir::toNativeSeparators(path)));
    updateButtons();
}

void ExportPage::pdfFinished(const SaveOutcome &outcome, qint64 millis)
{
    updateButtons();
    qCInfo(lcExport, "the PDF checklist took %lld ms", static_cast<long long>(millis));
    report(m_pdfPlan, {outcome});
    emit pdfChecklistDone(outcome.ok());
}

} // namespace fw
