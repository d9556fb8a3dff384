#pragma once

#include "PageBase.h"
#include "export/Exporter.h"
#include "plan/Plan.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <memory>

class QThread;

namespace fw {

class ApplyPanel;

/// "Export or apply": the plan as files for every common firewall and, in the ApplyPanel on a second tab, applying
/// it on this computer. The admin ticks formats (several are saved into one folder, one into a file), previews the
/// current one as it will be written, copies it, saves it (atomically, asking before replacing anything), and saves
/// the PDF checklist, which renders on a worker thread.
class ExportPage : public PageBase
{
    Q_OBJECT
    Q_DISABLE_COPY(ExportPage)

public:
    explicit ExportPage(WizardState &state, QWidget *parent = nullptr);
    ~ExportPage() override;

    bool isComplete() const override;
    int nextId() const override;

    /// The plan the page exports (empty when the selection does not resolve).
    const Plan &plan() const { return m_plan; }
    /// What the page renders @p format with: the UI language, the time the preview was made, and the settings that
    /// apply to that format. Saving writes exactly this rendering, so the file is what the preview showed.
    ExportContext contextFor(const QString &format) const;
    /// The formats ticked in the list, in the list's order.
    QStringList checkedFormats() const;
    /// The format shown in the preview.
    QString currentFormat() const;
    /// True while the PDF checklist is being written.
    bool isWritingPdf() const { return m_pdfThread != nullptr; }

signals:
    /// Saving the PDF checklist ended; @p ok is false when it was refused or could not be written.
    void pdfChecklistDone(bool ok);

protected:
    void buildUi(QVBoxLayout *layout) override;
    void retranslateUi() override;
    void refresh() override;

private:
    enum class StatusKind { Invalid, Done, Busy, Problem };

    void buildExportTab(QWidget *tab);
    void buildSettings(QWidget *parent, QVBoxLayout *layout);
    void retranslateSettings();
    const ExportResult &resultFor(const QString &format);
    void renderAgain(const QString &settingKey = QString());
    void updateList();
    void updatePreview();
    void updateButtons();
    void updateSettingsVisibility();
    void validateSetting(const QString &key);
    QString settingProblem(const QString &key) const;
    QString settingValue(const QString &key) const;
    void setStatus(StatusKind kind, const QString &text);
    QString suggestedPath(const QString &fileName) const;
    bool confirmReplace(const QStringList &paths);

    void copyPreview();
    void save();
    void saveOne(const QString &format);
    void saveSeveral(const QStringList &formats);
    void savePdf();
    void pdfFinished();

    struct Ui;
    std::unique_ptr<Ui> m_ui;
    Plan m_plan;
    bool m_resolved = false;
    QDateTime m_generatedAt;
    QHash<QString, ExportResult> m_results;  ///< per format, for m_plan and the current settings
    QString m_lastFolder;
    QThread *m_pdfThread = nullptr;
    struct PdfJob;
    std::shared_ptr<PdfJob> m_pdfJob;
};

} // namespace fw
