#include "FirewallWizard.h"

#include "AboutDialog.h"
#include "Mnemonics.h"
#include "PageId.h"
#include "pages/ConnectivityPage.h"
#include "pages/DeploymentPage.h"
#include "pages/ExportPage.h"
#include "pages/FinishPage.h"
#include "pages/OptionsPage.h"
#include "pages/ProductPage.h"
#include "pages/ReviewPage.h"
#include "pages/RolePage.h"
#include "pages/WelcomePage.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QEvent>
#include <QLoggingCategory>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QSettings>

namespace fw {

Q_LOGGING_CATEGORY(lcWizard, "fw.wizard")

namespace {

const QString languageKey = QStringLiteral("language");
const QString geometryKey = QStringLiteral("geometry");

} // namespace

FirewallWizard::FirewallWizard(
    const Catalog &catalog, QSettings &settings, const QString &languageOverride, QWidget *parent)
    : QWizard(parent), m_state(catalog), m_settings(settings)
{
    setObjectName(QStringLiteral("firewallWizard"));
    // The translators go in before any widget exists, so that every text starts in the right language.
    const QString language = LanguageManager::startLanguage(languageOverride, settings.value(languageKey).toString());
    m_languages.switchTo(language);
    m_state.setLanguage(language);
    m_state.restore(settings);

    // The same look on every platform: a header with the step's title and what it asks.
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoCancelButtonOnLastPage | QWizard::HaveCustomButton1
        | QWizard::HaveCustomButton2);

    setPage(toInt(PageId::Welcome), new WelcomePage(m_state, this));
    setPage(toInt(PageId::Product), new ProductPage(m_state, this));
    setPage(toInt(PageId::Role), new RolePage(m_state, this));
    setPage(toInt(PageId::Deployment), new DeploymentPage(m_state, this));
    setPage(toInt(PageId::Options), new OptionsPage(m_state, this));
    setPage(toInt(PageId::Review), new ReviewPage(m_state, this));
    setPage(toInt(PageId::Connectivity), new ConnectivityPage(m_state, this));
    setPage(toInt(PageId::Export), new ExportPage(m_state, this));
    setPage(toInt(PageId::Finish), new FinishPage(m_state, this));
    setStartId(toInt(PageId::Welcome));

    m_languageButton = new QPushButton(this);
    m_languageButton->setObjectName(QStringLiteral("languageButton"));
    m_languageMenu = new QMenu(m_languageButton);
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageActions = new QActionGroup(m_languageMenu);
    m_languageActions->setExclusive(true);
    for (const QString &code : supportedLanguages()) {
        QAction *action = m_languageMenu->addAction(LanguageManager::nativeName(code));
        action->setObjectName(PageBase::objectNameFor(QStringLiteral("language"), code, QStringLiteral("Action")));
        action->setData(code);
        action->setCheckable(true);
        m_languageActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { m_state.setLanguage(code); });
    }
    m_languageButton->setMenu(m_languageMenu);
    m_aboutButton = new QPushButton(this);
    m_aboutButton->setObjectName(QStringLiteral("aboutButton"));
    setButton(QWizard::CustomButton1, m_languageButton);
    setButton(QWizard::CustomButton2, m_aboutButton);
    setButtonLayout({QWizard::CustomButton1, QWizard::CustomButton2, QWizard::Stretch, QWizard::BackButton,
        QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton});
    connect(m_aboutButton, &QPushButton::clicked, this, [this] { showAbout(); });

    connect(&m_state, &WizardState::languageChanged, this, [this](const QString &code) { switchLanguage(code); });
    connect(&m_state, &WizardState::selectionChanged, this, [this] { updateWindowTitle(); });
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        qCInfo(lcWizard, "page %d", id);
        if (id == toInt(PageId::Review))
            remember();
        updateWindowTitle();
    });

    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        QSize size(1040, 720);
        if (const QScreen *s = screen())
            size = size.boundedTo(s->availableSize() * 0.9);
        resize(size);
    }
    retranslateUi();
}

FirewallWizard::~FirewallWizard() = default;

QList<int> FirewallWizard::pagePath() const
{
    QList<int> path;
    int id = startId();
    while (id != toInt(PageId::Invalid) && !path.contains(id)) {
        const QWizardPage *p = page(id);
        if (!p)
            break;
        path << id;
        id = p->nextId();
    }
    return path;
}

void FirewallWizard::done(int result)
{
    qCInfo(lcWizard, "closed (%s)", result == QDialog::Accepted ? "finished" : "cancelled");
    remember();
    m_settings.setValue(geometryKey, saveGeometry());
    QWizard::done(result);
}

void FirewallWizard::remember()
{
    if (m_state.product())
        m_state.save(m_settings);
}

void FirewallWizard::switchLanguage(const QString &language)
{
    if (language == m_languages.language())
        return;
    m_languages.switchTo(language);
    m_settings.setValue(languageKey, language);
    // Keeps the menu's tick right at once, even before the LanguageChange event arrives.
    retranslateUi();
}

void FirewallWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The pages retranslate their titles only after this, when QWidget passes the event on to them.
        QMetaObject::invokeMethod(this, [this] { updateWindowTitle(); }, Qt::QueuedConnection);
    }
    QWizard::changeEvent(event);
}

void FirewallWizard::retranslateUi()
{
    // Qt 6.4's QWizard keeps the button texts it started with; they follow qtbase_<lang> only when set again.
    // The context is a variable so that lupdate leaves these to Qt's own translation.
    const char *qwizard = "QWizard";
    setButtonText(QWizard::BackButton, QCoreApplication::translate(qwizard, "< &Back"));
    setButtonText(QWizard::NextButton, QCoreApplication::translate(qwizard, "&Next >"));
    setButtonText(QWizard::FinishButton, QCoreApplication::translate(qwizard, "&Finish"));
    setButtonText(QWizard::CancelButton, QCoreApplication::translate(qwizard, "Cancel"));
    setButtonText(QWizard::HelpButton, QCoreApplication::translate(qwizard, "&Help"));
    setButtonText(QWizard::CommitButton, QCoreApplication::translate(qwizard, "Commit"));

    const QString current = m_languages.language();
    // QWizard owns its buttons' texts: set through it, or it blanks them at the next page.
    setButtonText(QWizard::CustomButton1, mnemonic::languageButtonText(LanguageManager::nativeName(current)));
    //: accessible name of the button that opens the list of languages
    m_languageButton->setAccessibleName(tr("Language"));
    m_languageButton->setToolTip(tr("Switch the language of the wizard; it changes at once."));
    for (QAction *action : m_languageActions->actions())
        action->setChecked(action->data().toString() == current);
    setButtonText(QWizard::CustomButton2, mnemonic::aboutButtonText());
    m_aboutButton->setAccessibleName(tr("About Firewall Setup Wizard"));
    updateWindowTitle();
}

void FirewallWizard::updateWindowTitle()
{
    const QList<int> path = pagePath();
    const qsizetype step = path.indexOf(currentId());
    const QWizardPage *page = currentPage();
    if (step < 0 || !page) {
        setWindowTitle(tr("Firewall Setup Wizard"));
        return;
    }
    //: window title: step number, number of steps, the page's title
    setWindowTitle(tr("Step %1 of %2: %3 – Firewall Setup Wizard").arg(step + 1).arg(path.size()).arg(page->title()));
}

void FirewallWizard::showAbout()
{
    if (!m_about)
        m_about = new AboutDialog(this);
    // open(), not exec(): window-modal without a nested event loop.
    m_about->open();
}

} // namespace fw
