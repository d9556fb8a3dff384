#pragma once

#include "PageBase.h"
#include "export/ExportSession.h"

#include <QStringList>

#include <memory>

namespace fw {

class BackgroundSave;

/// "Export or apply": the plan as files for every common firewall and, in the ApplyPanel on a second tab, applying
/// it on this computer. A view of an ExportSession, which holds every rule (the formats, their settings and
/// validation, file names, what saving writes where): the admin highlights a format to preview it as it will be
/// written, copies or saves it, or ticks several and saves them into a folder (atomically, asking before replacing
/// anything), and saves the PDF checklist, which renders on a worker thread.
class ExportPage : public PageBase
{
    Q_OBJECT
    Q_DISABLE_COPY(ExportPage)

public:
    explicit ExportPage(WizardState &state, QWidget *parent = nullptr);
    ~ExportPage() override;

    bool isComplete() const override;

    /// The plan the page exports (empty when the selection does not resolve).
    const Plan &plan() const { return m_session.plan(); }
    /// What the page renders @p format with (ExportSession::contextFor()); saving writes exactly this rendering.
    ExportContext contextFor(const QString &format) const { return m_session.contextFor(format); }
    /// The formats ticked in the list, in the list's order: what "Save ticked into a folder" saves.
    QStringList checkedFormats() const;
    /// The format highlighted and shown in the preview: what "Save" and "Copy" take.
    QString currentFormat() const;
    /// True while the PDF checklist is being written.
    bool isWritingPdf() const;

signals:
    /// Saving the PDF checklist ended; @p ok is false when it was refused or could not be written.
    void pdfChecklistDone(bool ok);

protected:
    void buildUi(QVBoxLayout *layout) override;
    void retranslateUi() override;
    void refresh() override;

private:
    void buildExportTab(QWidget *tab);
    void settingChanged(const QString &key);
    void updateAll();
    void updateList();
    void updatePreview();
    void updateButtons();
    SavePlan askSaveAs(const QString &format, const QString &caption);
    bool confirmReplace(const SavePlan &plan);
    void copyPreview();
    void saveCurrent();
    void saveTicked();
    void savePdf();
    void report(const SavePlan &plan, const QList<SaveOutcome> &outcomes);
    void pdfFinished(const SaveOutcome &outcome, qint64 millis);

    struct Ui;
    std::unique_ptr<Ui> m_ui;
    ExportSession m_session;
    BackgroundSave *m_pdf = nullptr;
    SavePlan m_pdfPlan; ///< where the PDF being written goes
};

} // namespace fw
