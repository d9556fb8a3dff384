#include "FirewallWizard.h"

#include "AboutDialog.h"
#include "Desktop.h"
#include "DiagnosticsDialog.h"
#include "Mnemonics.h"
#include "PageId.h"
#include "PlanFileLoader.h"
#include "pages/ApplyPanel.h"
#include "pages/ConnectivityPage.h"
#include "pages/DeploymentPage.h"
#include "pages/ExportPage.h"
#include "pages/FinishPage.h"
#include "pages/OptionsPage.h"
#include "pages/ProductPage.h"
#include "pages/ReviewPage.h"
#include "pages/RolePage.h"
#include "pages/WelcomePage.h"
#include "plan/PlanFile.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>

namespace fw {

Q_LOGGING_CATEGORY(lcWizard, "fw.wizard")

namespace {

const QString languageKey = QStringLiteral("language");
const QString geometryKey = QStringLiteral("geometry");
const QString planFolderKey = QStringLiteral("planFolder");

/// A push button of the button row named "<name>Button" that opens an empty menu named "<name>Menu".
QPushButton *menuButton(QWidget *parent, const QString &name)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(name + QStringLiteral("Button"));
    auto *menu = new QMenu(button);
    menu->setObjectName(name + QStringLiteral("Menu"));
    button->setMenu(menu);
    return button;
}

/// An entry of @p menu named @p objectName that calls @p triggered; its text is set by retranslateUi().
template<typename Slot>
QAction *menuAction(QMenu *menu, const QString &objectName, Slot triggered)
{
    QAction *action = menu->addAction(QString());
    action->setObjectName(objectName);
    QObject::connect(action, &QAction::triggered, menu, triggered);
    return action;
}

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
        | QWizard::HaveCustomButton2 | QWizard::HaveCustomButton3);

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

    QPushButton *languageButton = menuButton(this, QStringLiteral("language"));
    QMenu *languageMenu = languageButton->menu();
    m_languageActions = new QActionGroup(languageMenu);
    m_languageActions->setExclusive(true);
    for (const QString &code : supportedLanguages()) {
        QAction *action = languageMenu->addAction(LanguageManager::nativeName(code));
        action->setObjectName(PageBase::objectNameFor(QStringLiteral("language"), code, QStringLiteral("Action")));
        action->setData(code);
        action->setCheckable(true);
        m_languageActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { m_state.setLanguage(code); });
    }

    QPushButton *planButton = menuButton(this, QStringLiteral("plan"));
    QMenu *planMenu = planButton->menu();
    m_openPlanAction = menuAction(planMenu, QStringLiteral("openPlanAction"), [this] { openPlan(); });
    m_openPlanAction->setShortcut(QKeySequence::Open);
    m_savePlanAction = menuAction(planMenu, QStringLiteral("savePlanAction"), [this] { savePlan(); });
    m_savePlanAction->setShortcut(QKeySequence::Save);
    // In the window too, so that the shortcuts work on every page without opening the menu.
    addAction(m_openPlanAction);
    addAction(m_savePlanAction);

    QPushButton *helpButton = menuButton(this, QStringLiteral("help"));
    QMenu *helpMenu = helpButton->menu();
    m_diagnosticsAction = menuAction(helpMenu, QStringLiteral("diagnosticsAction"), [this] { showDiagnostics(); });
    m_aboutAction = menuAction(helpMenu, QStringLiteral("aboutAction"), [this] { showAbout(); });

    setButton(QWizard::CustomButton1, languageButton);
    setButton(QWizard::CustomButton2, planButton);
    setButton(QWizard::CustomButton3, helpButton);
    setButtonLayout({QWizard::CustomButton1, QWizard::CustomButton2, QWizard::CustomButton3, QWizard::Stretch,
        QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton});

    connect(&m_state, &WizardState::languageChanged, this, [this](const QString &code) { switchLanguage(code); });
    connect(&m_state, &WizardState::selectionChanged, this, [this] {
        updateWindowTitle();
        updateActions();
    });
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
    updateActions();
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

void FirewallWizard::reject()
{
    const bool worked
        = !m_state.checkResults().isEmpty() || !m_state.savedFiles().isEmpty() || !m_state.appliedSummary().isEmpty();
    if (worked
        && !desktop::question(this, tr("Quit"),
            tr("Quit? Saved files and rules applied on this computer stay as they are, but the summary of this "
               "session (what was tested, saved and applied, and the next steps) closes with the wizard."))) {
        qCInfo(lcWizard, "quit cancelled");
        return;
    }
    QWizard::reject();
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
        QMetaObject::invokeMethod(
            this, [this] { updateWindowTitle(); }, Qt::QueuedConnection);
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
    QAbstractButton *languageButton = button(QWizard::CustomButton1);
    //: accessible name of the button that opens the list of languages
    languageButton->setAccessibleName(tr("Language"));
    languageButton->setToolTip(tr("Switch the language of the wizard; it changes at once."));
    for (QAction *action : m_languageActions->actions())
        action->setChecked(action->data().toString() == current);
    setButtonText(QWizard::CustomButton2, mnemonic::planButtonText());
    QAbstractButton *planButton = button(QWizard::CustomButton2);
    //: accessible name of the button whose menu opens and saves plan files
    planButton->setAccessibleName(tr("Plan file"));
    planButton->setToolTip(tr("Open a plan file (.fwplan) with saved choices, or save the current choices as one."));
    m_openPlanAction->setText(tr("&Open Plan…"));
    m_savePlanAction->setText(tr("&Save Plan…"));
    setButtonText(QWizard::CustomButton3, mnemonic::helpButtonText());
    //: accessible name of the button whose menu holds Diagnostics and About
    button(QWizard::CustomButton3)->setAccessibleName(tr("Help"));
    m_diagnosticsAction->setText(tr("&Diagnostics…"));
    m_aboutAction->setText(tr("&About Firewall Setup Wizard"));
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

void FirewallWizard::updateActions()
{
    m_savePlanAction->setEnabled(m_state.product() != nullptr);
}

QString FirewallWizard::planFolder() const
{
    QString folder = m_settings.value(planFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    return folder;
}

void FirewallWizard::openPlan()
{
    //: file dialog filter
    const QString filter = tr("Plan files (*.%1);;All files (*)").arg(planfile::extension());
    const QString path = desktop::openFileName(this, tr("Open Plan"), filter, planFolder());
    if (!path.isEmpty())
        openPlanFile(path);
}

bool FirewallWizard::openPlanFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    // New choices in the middle of changing the firewall would leave the admin unsure which plan was applied.
    const QList<ApplyPanel *> panels = findChildren<ApplyPanel *>();
    for (const ApplyPanel *panel : panels) {
        if (panel->isBusy()) {
            desktop::message(this, desktop::MessageKind::Information, tr("Open Plan"),
                tr("%1 is not opened now: the firewall is being changed. Open it when that has finished.").arg(shown));
            return false;
        }
    }
    const OpenedPlan opened = readPlanForWizard(m_state.catalog(), path);
    for (const QString &problem : opened.problems)
        qCWarning(lcWizard, "plan file: %s", qPrintable(problem));
    if (!opened.usable) {
        desktop::message(this, desktop::MessageKind::Critical, tr("Open Plan"),
            tr("%1 cannot be opened; your choices are unchanged.\n\n%2")
                .arg(shown, opened.problems.join(QLatin1Char('\n'))));
        return false;
    }
    qCInfo(lcWizard, "opened plan file %s", qPrintable(path));
    m_settings.setValue(planFolderKey, QFileInfo(path).absolutePath());
    m_state.setSelection(opened.selection);
    goToPage(toInt(opened.firstPage));
    if (!opened.problems.isEmpty())
        desktop::message(this, desktop::MessageKind::Warning, tr("Open Plan"),
            tr("%1 is open, but not all of its choices fit this program's catalog; check the page shown.\n\n%2")
                .arg(shown, opened.problems.join(QLatin1Char('\n'))));
    return true;
}

void FirewallWizard::goToPage(int target)
{
    // QWizard cannot jump; restart() and next() build the history as a click through the pages would, and each
    // page shows the new choices as it is entered.
    restart();
    const QList<int> path = pagePath();
    // A page not on the way (Deployment for a product without deployments) stands for the next one that is.
    int stop = path.isEmpty() ? startId() : path.last();
    for (int id : path) {
        if (id >= target) {
            stop = id;
            break;
        }
    }
    for (qsizetype i = 0; i < path.size() && currentId() != stop; ++i) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break; // a page refused to be left: the admin sees why there
    }
}

void FirewallWizard::savePlan()
{
    const Selection selection = m_state.selection();
    if (selection.product.isEmpty())
        return;
    QString name = selection.product;
    if (!selection.role.isEmpty())
        name += QLatin1Char('-') + selection.role;
    const QString suggested = QDir(planFolder()).filePath(name + QLatin1Char('.') + planfile::extension());
    //: file dialog filter
    const QString filter = tr("Plan files (*.%1);;All files (*)").arg(planfile::extension());
    QString path = desktop::saveFileName(this, tr("Save Plan"), suggested, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + planfile::extension();
    if (QFileInfo::exists(path)
        && !desktop::question(this, tr("Save Plan"),
            tr("%1 already exists. Do you want to replace it?").arg(QDir::toNativeSeparators(path))))
        return;
    savePlanFile(path);
}

bool FirewallWizard::savePlanFile(const QString &path)
{
    const QByteArray data = planfile::write(m_state.selection());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        qCWarning(lcWizard, "cannot save plan file %s: %s", qPrintable(path), qPrintable(file.errorString()));
        desktop::message(this, desktop::MessageKind::Critical, tr("Save Plan"),
            tr("The plan was not saved: %1 cannot be written: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    qCInfo(lcWizard, "saved plan file %s", qPrintable(path));
    m_settings.setValue(planFolderKey, QFileInfo(path).absolutePath());
    return true;
}

void FirewallWizard::showDiagnostics()
{
    if (!m_diagnostics) {
        DiagnosticsInput input;
        input.logPath = m_logPath;
        m_diagnostics = new DiagnosticsDialog(input, this);
    }
    m_diagnostics->show();
    m_diagnostics->raise();
    m_diagnostics->activateWindow();
    // The firewall may have changed since the last look.
    m_diagnostics->refresh();
}

void FirewallWizard::showAbout()
{
    if (!m_about)
        m_about = new AboutDialog(this);
    // open(), not exec(): window-modal without a nested event loop.
    m_about->open();
}

} // namespace fw
