// Switching the language on every page: our texts, the catalog's texts and QWizard's own buttons follow at once,
// to German and to Spanish and back to English; the choice is remembered, and --lang overrides it.
#include "LanguageManager.h"
#include "Mnemonics.h"
#include "ReviewPage.h"
#include "WizardHarness.h"

#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTextBrowser>

using namespace fw;
using namespace fw::test;

Q_DECLARE_METATYPE(fw::PageId)

namespace {

QString stripMnemonic(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
}

/// A text of the catalog (a radio, a label, a list entry, a cell) that the page shows, wherever the page keeps it.
QString catalogTextOn(WizardHarness &h, PageId page)
{
    switch (page) {
    case PageId::Welcome:
        return h.find<QLabel>(QStringLiteral("lastSelectionLabel"))->text();
    case PageId::Product:
        return h.find<QListWidget>(QStringLiteral("productList"))->item(0)->text()
            + h.find<QLabel>(QStringLiteral("versionHint"))->text();
    case PageId::Role:
        return stripMnemonic(h.find<QRadioButton>(QStringLiteral("roleServerRadio"))->text())
            + h.find<QLabel>(QStringLiteral("roleServerDescription"))->text();
    case PageId::Deployment:
        return h.find<QLabel>(QStringLiteral("deploymentClassicDescription"))->text();
    case PageId::Options:
        return h.find<QLabel>(QStringLiteral("valueServerDescription"))->text()
            + stripMnemonic(h.find<QCheckBox>(QStringLiteral("optionEmailCheck"))->text());
    case PageId::Review: {
        auto *table = h.find<QTableView>(QStringLiteral("reviewTable"));
        return table->model()->index(0, ReviewPage::WhyColumn).data().toString();
    }
    case PageId::Finish:
        return h.find<QTextBrowser>(QStringLiteral("summaryView"))->toPlainText();
    default:
        break;
    }
    return {};
}

/// The same text as the catalog holds it, in @p lang.
QString expectedCatalogText(const Catalog &catalog, PageId page, const QString &lang)
{
    const Product *ts = catalog.product(QStringLiteral("timesensor-legal"));
    switch (page) {
    case PageId::Product: {
        const Product *p = catalog.products().first().id == QLatin1String("palisade")
            ? catalog.product(QStringLiteral("palisade"))
            : ts;
        return p->description.in(lang);
    }
    case PageId::Role:
        return ts->role(QStringLiteral("server"))->label.in(lang)
            + ts->role(QStringLiteral("server"))->description.in(lang);
    case PageId::Deployment:
        return ts->deployment(QStringLiteral("classic"))->description.in(lang);
    case PageId::Options:
        return ts->value(QStringLiteral("server"))->description.in(lang)
            + ts->option(QStringLiteral("email"))->label.in(lang);
    case PageId::Review:
        return ts->rules.first().purpose.in(lang); // classic-license-out comes first for a Classic client
    case PageId::Welcome:
    case PageId::Finish:
        return ts->role(QStringLiteral("client"))->label.in(lang);
    default:
        break;
    }
    return {};
}

/// Our page title in the current language, as the page's own context translates it.
QString expectedTitle(PageId page)
{
    struct Title
    {
        PageId page;
        const char *context;
        const char *text;
    };
    static const Title titles[] = {{PageId::Welcome, "fw::WelcomePage", "Welcome"},
        {PageId::Product, "fw::ProductPage", "Product"}, {PageId::Role, "fw::RolePage", "Role of this computer"},
        {PageId::Deployment, "fw::DeploymentPage", "Deployment"},
        {PageId::Options, "fw::OptionsPage", "Options and values"}, {PageId::Review, "fw::ReviewPage", "Review"},
        {PageId::Connectivity, "fw::ConnectivityPage", "Test connectivity"},
        {PageId::Export, "fw::ExportPage", "Export or apply"}, {PageId::Finish, "fw::FinishPage", "Finished"}};
    for (const Title &title : titles) {
        if (title.page == page)
            return QCoreApplication::translate(title.context, title.text);
    }
    return {};
}

struct Expected
{
    QString lang;
    QString next; // Qt's own translation (qtbase_<lang>)
    QString back;
    QString cancel;
    QString finish;
    QString native; // the language's own name on the language button
};

const Expected english {QStringLiteral("en"), QStringLiteral("&Next >"), QStringLiteral("< &Back"),
    QStringLiteral("Cancel"), QStringLiteral("&Finish"), QStringLiteral("English")};
const Expected german {QStringLiteral("de"), QStringLiteral("&Weiter >"), QStringLiteral("< &Zurück"),
    QStringLiteral("Abbrechen"), QStringLiteral("Ab&schließen"), QStringLiteral("Deutsch")};
const Expected spanish {QStringLiteral("es"), QStringLiteral("Siguie&nte >"), QStringLiteral("< &Atrás"),
    QStringLiteral("Cancelar"), QStringLiteral("&Finalizar"), QStringLiteral("Español")};

} // namespace

class tst_WizardLanguages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPage_data();
    void everyPage();
    void welcomeComboSwitches();
    void rememberedAndOverridden();
    void startLanguage();

private:
    void verifyLanguage(WizardHarness &h, PageId page, const Expected &e);
};

void tst_WizardLanguages::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    quietOffscreenWarnings();
}

void tst_WizardLanguages::everyPage_data()
{
    QTest::addColumn<PageId>("page");
    for (PageId p : {PageId::Welcome, PageId::Product, PageId::Role, PageId::Deployment, PageId::Options,
             PageId::Review, PageId::Connectivity, PageId::Export, PageId::Finish})
        QTest::newRow(qPrintable(expectedTitle(p))) << p;
}

void tst_WizardLanguages::verifyLanguage(WizardHarness &h, PageId page, const Expected &e)
{
    FirewallWizard &w = h.wizard();
    // Our own text.
    QTRY_COMPARE(w.currentPage()->title(), expectedTitle(page));
    // Qt's own buttons.
    if (page == PageId::Finish) {
        QCOMPARE(h.button(QWizard::FinishButton)->text(), e.finish);
    } else {
        QCOMPARE(h.button(QWizard::NextButton)->text(), e.next);
        QCOMPARE(h.button(QWizard::CancelButton)->text(), e.cancel);
    }
    if (page != PageId::Welcome)
        QCOMPARE(h.button(QWizard::BackButton)->text(), e.back);
    QVERIFY(h.button(QWizard::CustomButton1)->text().endsWith(e.native));
    QTRY_VERIFY2(w.windowTitle().contains(w.currentPage()->title()),
        qPrintable(w.windowTitle() + QStringLiteral(" / ") + w.currentPage()->title()));
    // The catalog's text.
    const QString shown = catalogTextOn(h, page);
    const QString expected = expectedCatalogText(h.wizard().state().catalog(), page, e.lang);
    QVERIFY2(shown.contains(expected), qPrintable(QStringLiteral("%1\nshould contain\n%2").arg(shown, expected)));
}

void tst_WizardLanguages::everyPage()
{
    QFETCH(PageId, page);
    WizardHarness h;
    // A timeSensor Classic client with the e-mail interface passes every page, the Deployment page included.
    Selection s;
    s.product = QStringLiteral("timesensor-legal");
    s.role = QStringLiteral("client");
    s.deployment = QStringLiteral("classic");
    s.options << QStringLiteral("email");
    s.values.insert(QStringLiteral("server"), QStringLiteral("ts01"));
    h.wizard().state().setSelection(s);
    while (h.current() != page) {
        h.clickNext();
        QVERIFY(h.current() != PageId::Invalid);
    }
    if (page == PageId::Product) {
        // The first product's text shows in the list; put Palisade's version hint on screen.
        QVERIFY(h.clickProduct(QStringLiteral("palisade")));
    }

    auto *menu = h.find<QMenu>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    QCOMPARE(h.button(QWizard::CustomButton1)->objectName(), QStringLiteral("languageButton"));
    const auto choose = [&](const QString &lang) {
        QAction *action = menu->findChild<QAction *>(
            PageBase::objectNameFor(QStringLiteral("language"), lang, QStringLiteral("Action")));
        QVERIFY(action);
        action->trigger();
        QCoreApplication::processEvents();
        QVERIFY(action->isChecked());
        QCOMPARE(h.wizard().state().language(), lang);
    };

    if (page == PageId::Product) {
        // The Product page shows Palisade's hint; compare the list's first entry and the hint separately.
        const Product *palisade = h.wizard().state().catalog().product(QStringLiteral("palisade"));
        for (const Expected &e : {german, english, spanish, english}) {
            choose(e.lang);
            QTRY_COMPARE(h.wizard().currentPage()->title(), expectedTitle(page));
            QCOMPARE(h.find<QLabel>(QStringLiteral("versionHint"))->text(), palisade->versionHint.in(e.lang));
            QVERIFY(h.find<QListWidget>(QStringLiteral("productList"))
                        ->item(0)
                        ->text()
                        .contains(palisade->description.in(e.lang)));
            QCOMPARE(h.button(QWizard::NextButton)->text(), e.next);
            QCOMPARE(h.button(QWizard::BackButton)->text(), e.back);
        }
        return;
    }
    verifyLanguage(h, page, english);
    const QString englishTitle = h.wizard().currentPage()->title();
    choose(QStringLiteral("de"));
    verifyLanguage(h, page, german);
    QVERIFY(h.wizard().currentPage()->title() != englishTitle);
    choose(QStringLiteral("en"));
    verifyLanguage(h, page, english);
    QCOMPARE(h.wizard().currentPage()->title(), englishTitle);
    choose(QStringLiteral("es"));
    verifyLanguage(h, page, spanish);
    QVERIFY(h.wizard().currentPage()->title() != englishTitle);
    choose(QStringLiteral("en"));
    verifyLanguage(h, page, english);
}

void tst_WizardLanguages::welcomeComboSwitches()
{
    WizardHarness h;
    auto *combo = h.find<QComboBox>(QStringLiteral("languageCombo"));
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemText(0), QStringLiteral("English"));
    QCOMPARE(combo->itemText(1), QStringLiteral("Deutsch"));
    QCOMPARE(combo->itemText(2), QStringLiteral("Español"));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCoreApplication::processEvents();
    QCOMPARE(h.wizard().state().language(), QStringLiteral("de"));
    QTRY_COMPARE(h.button(QWizard::NextButton)->text(), german.next);
    QTRY_COMPARE(h.wizard().currentPage()->title(), QCoreApplication::translate("fw::WelcomePage", "Welcome"));
    QVERIFY(h.wizard().currentPage()->title() != QStringLiteral("Welcome"));
    QTest::keyClick(combo, Qt::Key_Down);
    QCoreApplication::processEvents();
    QTRY_COMPARE(h.button(QWizard::NextButton)->text(), spanish.next);
    QTest::keyClick(combo, Qt::Key_Home);
    QCoreApplication::processEvents();
    QTRY_COMPARE(h.button(QWizard::NextButton)->text(), english.next);
    QCOMPARE(h.wizard().currentPage()->title(), QStringLiteral("Welcome"));
}

void tst_WizardLanguages::rememberedAndOverridden()
{
    WizardHarness h;
    h.find<QMenu>(QStringLiteral("languageMenu"))->findChild<QAction *>(QStringLiteral("languageEsAction"))->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(h.settings().value(QStringLiteral("language")).toString(), QStringLiteral("es"));

    h.restart(QString()); // no --lang: the remembered language
    QCOMPARE(h.wizard().state().language(), QStringLiteral("es"));
    QTRY_COMPARE(h.button(QWizard::NextButton)->text(), spanish.next);

    h.restart(QStringLiteral("de")); // --lang de wins, and is not remembered
    QCOMPARE(h.wizard().state().language(), QStringLiteral("de"));
    QTRY_COMPARE(h.button(QWizard::NextButton)->text(), german.next);
    QCOMPARE(h.settings().value(QStringLiteral("language")).toString(), QStringLiteral("es"));

    h.restart(QStringLiteral("en"));
    QTRY_COMPARE(h.button(QWizard::NextButton)->text(), english.next);
}

void tst_WizardLanguages::startLanguage()
{
    // LANG=C.UTF-8 in the test environment: the system language is none of ours, so English.
    QCOMPARE(LanguageManager::systemLanguage(), QStringLiteral("en"));
    QCOMPARE(LanguageManager::startLanguage(QString(), QString()), QStringLiteral("en"));
    QCOMPARE(LanguageManager::startLanguage(QString(), QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(LanguageManager::startLanguage(QStringLiteral("es"), QStringLiteral("de")), QStringLiteral("es"));
    QCOMPARE(LanguageManager::startLanguage(QString(), QStringLiteral("fr")), QStringLiteral("en"));
    QCOMPARE(LanguageManager::nativeName(QStringLiteral("es")), QStringLiteral("Español"));
}

QTEST_MAIN(tst_WizardLanguages)
#include "tst_wizardlanguages.moc"
