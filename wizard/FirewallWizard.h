#pragma once

#include "LanguageManager.h"
#include "WizardState.h"

#include <QList>
#include <QWizard>

class QActionGroup;
class QMenu;
class QPushButton;
class QSettings;

namespace fw {

class AboutDialog;
class Catalog;

/// The wizard: the pages in PageId order, a language switch and an About button in the button row, the step in
/// the window title, and the choices and language remembered in QSettings.
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

protected:
    void changeEvent(QEvent *event) override;

private:
    void switchLanguage(const QString &language);
    void retranslateUi();
    void updateWindowTitle();
    void showAbout();
    void remember();

    WizardState m_state;
    LanguageManager m_languages;
    QSettings &m_settings;
    QPushButton *m_languageButton = nullptr;
    QMenu *m_languageMenu = nullptr;
    QActionGroup *m_languageActions = nullptr;
    QPushButton *m_aboutButton = nullptr;
    AboutDialog *m_about = nullptr;
};

} // namespace fw
