#pragma once

#include "LanguageManager.h"
#include "WizardState.h"

#include <QList>
#include <QWizard>

class QAction;
class QActionGroup;
class QSettings;

namespace fw {

class AboutDialog;
class Catalog;
class DiagnosticsDialog;

/// The wizard: the pages in PageId order; in the button row a language switch, a Plan menu (open and save plan
/// files, also by Ctrl+O and Ctrl+S on every page) and a Help menu (Diagnostics, About); the step in the window
/// title; the choices and language remembered in QSettings.
class FirewallWizard : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY(FirewallWizard)

public:
    /// @p languageOverride is "en", "de", "es" (from --lang) or empty to use the remembered or the system language.
    FirewallWizard(
        const Catalog &catalog, QSettings &settings, const QString &languageOverride, QWidget *parent = nullptr);
    ~FirewallWizard() override;

    WizardState &state() { return m_state; }
    const LanguageManager &languages() const { return m_languages; }
    /// The pages from the first to the last along the current choices (the Deployment page only where the product
    /// has deployments).
    QList<int> pagePath() const;

    void done(int result) override;
    /// Cancel, Esc and closing the window: once a test ran, a file was saved or something was applied, asks first
    /// (Yes/No, default No), so that the summary of that work is not lost by a slip; before that, quits at once.
    void reject() override;

    /// Opens the plan file @p path: loads its choices and shows the Review page, or the first page whose choice the
    /// file leaves missing or invalid. A file that cannot be used changes nothing. Either way a message box says what
    /// did not fit, naming the file and the place. Returns whether the choices were loaded.
    bool openPlanFile(const QString &path);
    /// Asks for a plan file and opens it (Plan → Open, Ctrl+O).
    void openPlan();
    /// Asks where to save the current choices and saves them as a plan file (Plan → Save, Ctrl+S).
    void savePlan();
    /// Writes the current choices to @p path (atomically); false with a message box naming the file and the reason.
    bool savePlanFile(const QString &path);
    /// Opens Help → Diagnostics and collects them afresh.
    void showDiagnostics();
    /// Where the log is, for the diagnostics (empty: none).
    void setLogFilePath(const QString &path) { m_logPath = path; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void switchLanguage(const QString &language);
    void retranslateUi();
    void updateWindowTitle();
    void showAbout();
    void remember();
    /// Shows @p target with the pages before it in the history (so that Back works), as if clicked through.
    void goToPage(int target);
    void updateActions();
    QString planFolder() const;

    WizardState m_state;
    LanguageManager m_languages;
    QSettings &m_settings;
    QActionGroup *m_languageActions = nullptr;
    QAction *m_openPlanAction = nullptr;
    QAction *m_savePlanAction = nullptr;
    QAction *m_diagnosticsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    AboutDialog *m_about = nullptr;
    DiagnosticsDialog *m_diagnostics = nullptr;
    QString m_logPath;
};

} // namespace fw
