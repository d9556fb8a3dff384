// The whole wizard driven by mouse and keyboard for both products and both roles: the page sequence, the review
// table against the plan and the vendors' facts, Next gated on valid values, the license-file reader, the choices
// remembered for the next start, copying, sorting and the source links.
#include "Desktop.h"
#include "MenuDriver.h"
#include "Mnemonics.h"
#include "ReviewPage.h"
#include "WizardHarness.h"
#include "plan/PlanText.h"

#include <QAbstractItemModel>
#include <QClipboard>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QUrl>

using namespace fw;
using namespace fw::test;

Q_DECLARE_METATYPE(QList<fw::PageId>)

namespace {

struct Choice
{
    QString product;
    QString filter;     ///< typed into the product filter first
    int versionSteps;   ///< Up presses in the version combo (its default is the newest version)
    QString role;       ///< "Server" or "Client" (object name part)
    QString deployment; ///< "Classic", "365" or empty
    QString server;     ///< typed into the server address, if the page asks for it
};

/// Walks the wizard from Welcome to Finish with @p choice, clicking Next with the mouse; returns the pages seen.
QList<PageId> walk(WizardHarness &h, const Choice &c)
{
    QList<PageId> seen {h.current()};
    h.clickNext();
    seen << h.current();
    if (!c.filter.isEmpty())
        QTest::keyClicks(h.find<QLineEdit>(QStringLiteral("productFilter")), c.filter);
    if (!h.clickProduct(c.product))
        return {};
    auto *version = h.find<QComboBox>(QStringLiteral("versionCombo"));
    if (c.versionSteps > 0) {
        version->setFocus();
        for (int i = 0; i < c.versionSteps; ++i)
            QTest::keyClick(version, Qt::Key_Up);
    }
    h.clickNext();
    seen << h.current();
    WizardHarness::clickIndicator(h.find<QRadioButton>(QStringLiteral("role%1Radio").arg(c.role)));
    h.clickNext();
    seen << h.current();
    if (h.current() == PageId::Deployment) {
        WizardHarness::clickIndicator(h.find<QRadioButton>(QStringLiteral("deployment%1Radio").arg(c.deployment)));
        h.clickNext();
        seen << h.current();
    }
    auto *server = h.find<QLineEdit>(QStringLiteral("valueServerEdit"));
    if (!c.server.isEmpty() && server && server->isVisible())
        WizardHarness::retype(server, c.server);
    // Review, then the pages after it up to Finish (Connectivity and Export ask nothing before Next).
    for (int i = 0; i < 4 && h.current() != PageId::Finish; ++i) {
        h.clickNext();
        seen << h.current();
    }
    return seen;
}

/// One rule as the review table shows it, in a form that can be compared with the vendors' facts.
QString rowKey(const QAbstractItemModel *m, int row)
{
    QStringList cells;
    for (int c : {ReviewPage::DirectionColumn, ReviewPage::ProtocolColumn, ReviewPage::PortsColumn,
             ReviewPage::ProgramColumn, ReviewPage::RemoteColumn, ReviewPage::BasisColumn})
        cells << m->index(row, c).data().toString();
    return cells.join(QLatin1Char('|'));
}

QStringList tableKeys(WizardHarness &h)
{
    auto *table = h.find<QTableView>(QStringLiteral("reviewTable"));
    QStringList keys;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        keys << rowKey(table->model(), r);
    keys.sort();
    return keys;
}

} // namespace

class tst_WizardFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void pageSequence_data();
    void pageSequence();
    void reviewRows_data();
    void reviewRows();
    void nextGatedOnValues();
    void licenseFile_data();
    void licenseFile();
    void productFilter();
    void keyboardOnly();
    void rememberedSelection();
    void windowTitleShowsStep();
    void copyAndSort();
    void sourceLinkOpens();
    void aboutBox();
    void catalogProblemsShown();
    void cancelAfterWorkAsks_data();
    void cancelAfterWorkAsks();
};

void tst_WizardFlow::initTestCase()
{
    prepareWizardTests();
}

void tst_WizardFlow::cleanup()
{
    clearDesktopHooks();
}

void tst_WizardFlow::pageSequence_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("deployment");
    QTest::addColumn<QList<PageId>>("pages");

    const QList<PageId> withoutDeployment {PageId::Welcome, PageId::Product, PageId::Role, PageId::Options,
        PageId::Review, PageId::Connectivity, PageId::Export, PageId::Finish};
    const QList<PageId> withDeployment {PageId::Welcome, PageId::Product, PageId::Role, PageId::Deployment,
        PageId::Options, PageId::Review, PageId::Connectivity, PageId::Export, PageId::Finish};
    QTest::newRow("Palisade client") << "palisade"
                                     << "Client"
                                     << "" << withoutDeployment;
    QTest::newRow("Palisade server") << "palisade"
                                     << "Server"
                                     << "" << withoutDeployment;
    QTest::newRow("timeSensor Classic client") << "timesensor-legal"
                                               << "Client"
                                               << "Classic" << withDeployment;
    QTest::newRow("timeSensor Classic server") << "timesensor-legal"
                                               << "Server"
                                               << "Classic" << withDeployment;
    QTest::newRow("timeSensor 365 client") << "timesensor-legal"
                                           << "Client"
                                           << "365" << withDeployment;
    QTest::newRow("timeSensor 365 server") << "timesensor-legal"
                                           << "Server"
                                           << "365" << withDeployment;
}

void tst_WizardFlow::pageSequence()
{
    QFETCH(QString, product);
    QFETCH(QString, role);
    QFETCH(QString, deployment);
    QFETCH(QList<PageId>, pages);

    WizardHarness h;
    const QList<PageId> seen = walk(h, {product, QString(), 0, role, deployment, QStringLiteral("srv01")});
    QCOMPARE(seen, pages);
    const Selection s = h.wizard().state().selection();
    QCOMPARE(s.product, product);
    QCOMPARE(s.role, role.toLower());
    QCOMPARE(s.deployment, deployment.toLower());
    QCOMPARE(h.wizard().pagePath().size(), pages.size());
    // The last page finishes; there is no Next and no Cancel.
    QVERIFY(h.button(QWizard::FinishButton)->isVisible());
    QVERIFY(!h.button(QWizard::NextButton)->isVisible());
    QTest::mouseClick(h.button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(h.wizard().result(), int(QDialog::Accepted));
}

void tst_WizardFlow::reviewRows_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<int>("versionSteps");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("deployment");
    QTest::addColumn<QStringList>("options"); // check box object names to tick on the Options page
    QTest::addColumn<QStringList>("values");  // "objectName=text" typed on the Options page
    QTest::addColumn<QStringList>("rules");   // direction|protocol|ports|program|remote|basis, from the sources
    QTest::addColumn<QString>("version");

    // Palisade KB: the client allows PalFlexServer<major>.exe to send and receive; FlexNet's guide: lmgrd listens
    // on TCP 27000 by default, which the client reaches (derived); the vendor daemon's port is not pinned, so no
    // port rule for it.
    QTest::newRow("Palisade 7 client") << "palisade" << 1 << "Client"
                                       << "" << QStringList() << QStringList {QStringLiteral("valueServerEdit=lic01")}
                                       << QStringList {QStringLiteral(
                                                           "in|any|any|PalFlexServer7.exe|server lic01|vendor"),
                                              QStringLiteral("out|any|any|PalFlexServer7.exe|server lic01|vendor"),
                                              QStringLiteral("out|TCP|27000|–|server lic01|derived")}
                                       << "7";
    // Palisade KB: the server allows Palisade.exe and lmgrd.exe to send and receive; activation needs TCP 80 out to
    // service.palisade.com and service2.palisade.com. FlexNet: lmgrd's port and the pinned vendor port inbound.
    QTest::newRow("Palisade 8 server, activation, pinned vendor port")
        << "palisade" << 0 << "Server"
        << "" << QStringList {QStringLiteral("optionOnlineActivationCheck")}
        << QStringList {QStringLiteral("valueVendorPortEdit=27010")}
        << QStringList {QStringLiteral("in|any|any|Palisade.exe|any|vendor"),
               QStringLiteral("out|any|any|Palisade.exe|any|vendor"), QStringLiteral("in|any|any|lmgrd.exe|any|vendor"),
               QStringLiteral("out|any|any|lmgrd.exe|any|vendor"), QStringLiteral("in|TCP|27000|–|any|derived"),
               QStringLiteral("in|TCP|27010|–|any|derived"),
               QStringLiteral("out|TCP|80|–|service.palisade.com, service2.palisade.com|vendor")}
        << "8";
    // timeSensor article, 365 client row: TCP 19812-19814 out and UDP 19813 out (QUIC) to the server.
    QTest::newRow("timeSensor 365 client")
        << "timesensor-legal" << 0 << "Client"
        << "365" << QStringList() << QStringList {QStringLiteral("valueServerEdit=ts.example.com")}
        << QStringList {QStringLiteral("out|TCP|19812-19814|–|server ts.example.com|vendor"),
               QStringLiteral("out|UDP|19813|–|server ts.example.com|vendor")}
        << "";
    // timeSensor article, Classic: out TCP 80/443/8080 and 20/21/22 to the internet, e-mail ports with the e-mail
    // interface; the older article: TCP 19812-19814 in from the LAN on the server (derived).
    QTest::newRow("timeSensor Classic server, e-mail")
        << "timesensor-legal" << 0 << "Server"
        << "Classic" << QStringList {QStringLiteral("optionEmailCheck")} << QStringList()
        << QStringList {QStringLiteral("out|TCP|80, 443, 8080|–|internet|vendor"),
               QStringLiteral("out|TCP|20-22|–|internet|vendor"),
               QStringLiteral("out|TCP|465, 587, 993, 995|–|internet|vendor"),
               QStringLiteral("in|TCP|19812-19814|–|LAN|derived")}
        << "";
}

void tst_WizardFlow::reviewRows()
{
    QFETCH(QString, product);
    QFETCH(int, versionSteps);
    QFETCH(QString, role);
    QFETCH(QString, deployment);
    QFETCH(QStringList, options);
    QFETCH(QStringList, values);
    QFETCH(QStringList, rules);
    QFETCH(QString, version);

    WizardHarness h;
    h.clickNext();
    QVERIFY(h.clickProduct(product));
    if (versionSteps > 0) {
        auto *combo = h.find<QComboBox>(QStringLiteral("versionCombo"));
        combo->setFocus();
        for (int i = 0; i < versionSteps; ++i)
            QTest::keyClick(combo, Qt::Key_Up);
    }
    h.clickNext();
    WizardHarness::clickIndicator(h.find<QRadioButton>(QStringLiteral("role%1Radio").arg(role)));
    h.clickNext();
    if (!deployment.isEmpty()) {
        WizardHarness::clickIndicator(h.find<QRadioButton>(QStringLiteral("deployment%1Radio").arg(deployment)));
        h.clickNext();
    }
    QCOMPARE(h.current(), PageId::Options);
    for (const QString &name : options)
        WizardHarness::clickIndicator(h.find<QCheckBox>(name));
    for (const QString &v : values)
        WizardHarness::retype(h.find<QLineEdit>(v.section(QLatin1Char('='), 0, 0)), v.section(QLatin1Char('='), 1));
    QVERIFY(h.nextEnabled());
    h.clickNext();
    QCOMPARE(h.current(), PageId::Review);
    QCOMPARE(h.wizard().state().selection().version, version);

    QStringList expected = rules;
    expected.sort();
    QCOMPARE(tableKeys(h), expected);

    // Row for row the same as the plan the model resolves: ids, and the derived mark where the plan has it.
    Plan plan;
    SelectionProblems problems;
    QVERIFY(h.wizard().state().resolve(plan, problems));
    auto *table = h.find<QTableView>(QStringLiteral("reviewTable"));
    QCOMPARE(table->model()->rowCount(), plan.rules.size());
    for (int r = 0; r < plan.rules.size(); ++r) {
        const QModelIndex first = table->model()->index(r, 0);
        QCOMPARE(first.data(ReviewPage::RuleIdRole).toString(), plan.rules[r].id);
        QCOMPARE(table->model()->index(r, ReviewPage::BasisColumn).data().toString(),
            plan.rules[r].derived ? QStringLiteral("derived") : QStringLiteral("vendor"));
        QCOMPARE(table->model()->index(r, ReviewPage::WhyColumn).data().toString().left(30),
            plan.rules[r].purpose.en.left(30));
    }
    auto *exes = h.find<QTableWidget>(QStringLiteral("executablesTable"));
    QCOMPARE(exes->rowCount(), plan.executables.size());
    auto *notes = h.find<QTableWidget>(QStringLiteral("notesTable"));
    QCOMPARE(notes->rowCount(), plan.notes.size());
}

void tst_WizardFlow::nextGatedOnValues()
{
    WizardHarness h;
    h.clickNext();
    QVERIFY(h.clickProduct(QStringLiteral("palisade")));
    h.clickNext();
    WizardHarness::clickIndicator(h.find<QRadioButton>(QStringLiteral("roleClientRadio")));
    h.clickNext();
    QCOMPARE(h.current(), PageId::Options);
    QVERIFY(h.nextEnabled());

    auto *port = h.find<QLineEdit>(QStringLiteral("valueLmgrdPortEdit"));
    auto *portError = h.find<QLabel>(QStringLiteral("valueLmgrdPortError"));
    // Empty, with the default named in grey: what is in use without a typed value.
    QVERIFY(port->text().isEmpty());
    QCOMPARE(port->placeholderText(), QStringLiteral("27000 (default)"));
    QCOMPARE(portError->text(), QStringLiteral("Empty: the default 27000 is used."));
    QVERIFY(!WizardHarness::isErrorColour(portError));
    WizardHarness::retype(port, QStringLiteral("70000"));
    QVERIFY(!h.nextEnabled());
    QVERIFY2(portError->text().contains(QStringLiteral("70000")), qPrintable(portError->text()));
    QVERIFY(portError->isVisible());
    h.clickNext();
    QCOMPARE(h.current(), PageId::Options); // a click on the disabled button does nothing
    QVERIFY(WizardHarness::isErrorColour(portError));
    QTest::keyClick(port, Qt::Key_Backspace);
    QVERIFY(h.nextEnabled());
    QVERIFY(portError->text().isEmpty());

    auto *server = h.find<QLineEdit>(QStringLiteral("valueServerEdit"));
    auto *serverError = h.find<QLabel>(QStringLiteral("valueServerError"));
    WizardHarness::retype(server, QStringLiteral("lic 01!"));
    QVERIFY(!h.nextEnabled());
    QVERIFY(!serverError->text().isEmpty());
    for (const char *loose : {"010.1.1.1", "0x7f.0.0.1", "127.1"}) { // read as another IPv4 address by some tools
        WizardHarness::retype(server, QString::fromLatin1(loose));
        QVERIFY2(!h.nextEnabled(), loose);
        QVERIFY2(serverError->text().contains(QLatin1String("without leading zeros")), qPrintable(serverError->text()));
    }
    WizardHarness::retype(server, QStringLiteral("lic01.example.com"));
    QVERIFY(h.nextEnabled());
    QVERIFY(serverError->text().isEmpty());

    auto *vendor = h.find<QLineEdit>(QStringLiteral("valueVendorPortEdit"));
    WizardHarness::retype(vendor, QStringLiteral("27o10"));
    QVERIFY(!h.nextEnabled());
    WizardHarness::retype(vendor, QStringLiteral("27010"));
    QVERIFY(h.nextEnabled());

    // An empty port with a default is fine: the default applies.
    WizardHarness::retype(port, QString());
    QVERIFY(h.nextEnabled());
    h.clickNext();
    QCOMPARE(h.current(), PageId::Review);
    QVERIFY(tableKeys(h).contains(QStringLiteral("out|TCP|27000|–|server lic01.example.com|derived")));
    QVERIFY(tableKeys(h).contains(QStringLiteral("out|TCP|27010|–|server lic01.example.com|derived")));
}

void tst_WizardFlow::licenseFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("lmgrdPort");
    QTest::addColumn<QString>("vendorPort");
    QTest::addColumn<QString>("server");       // the server address afterwards (clients only)
    QTest::addColumn<QStringList>("mentions"); // what the result must say

    QTest::newRow("good, server") << QByteArray("SERVER lic01 0019b9a7c5e1 27001\nVENDOR Palisade PORT=27010\n")
                                  << "Server"
                                  << "27001"
                                  << "27010"
                                  << "" << QStringList {QStringLiteral("27001"), QStringLiteral("27010")};
    QTest::newRow("good, client: the server's name too")
        << QByteArray("SERVER lic01.example.com ANY 27000\nVENDOR Palisade PORT=27010\nUSE_SERVER\n") << "Client"
        << "27000"
        << "27010"
        << "lic01.example.com" << QStringList {QStringLiteral("27010")};
    QTest::newRow("partial: no PORT= on the VENDOR line")
        << QByteArray("SERVER lic01 ANY 27002\nVENDOR Palisade\nFEATURE RISK Palisade 8.0 permanent 1 SIGN=0\n")
        << "Server"
        << "27002"
        << ""
        << ""
        << QStringList {QStringLiteral("no PORT="), QStringLiteral("changes at every start"),
               QStringLiteral("program rule for Palisade.exe")};
    QTest::newRow("partial: no port on the SERVER line")
        << QByteArray("SERVER lic01 ANY\nVENDOR Palisade PORT=27011\n") << "Server"
        << ""
        << "27011"
        << "" << QStringList {QStringLiteral("27000 to 27009")};
    QTest::newRow("broken: not a license file") << QByteArray("<html>hello</html>\n") << "Server"
                                                << ""
                                                << ""
                                                << "" << QStringList {QStringLiteral("could not be read")};
    QTest::newRow("broken: bad port") << QByteArray("SERVER lic01 ANY 99999\nVENDOR Palisade PORT=27012\n") << "Server"
                                      << ""
                                      << "27012"
                                      << "" << QStringList {QStringLiteral("line 1"), QStringLiteral("99999")};
}

void tst_WizardFlow::licenseFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, role);
    QFETCH(QString, lmgrdPort);
    QFETCH(QString, vendorPort);
    QFETCH(QString, server);
    QFETCH(QStringList, mentions);

    WizardHarness h;
    const QString path = h.dir(QStringLiteral("license.lic"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    desktop::setOpenFileNameHook([path] { return path; });

    h.clickNext();
    QVERIFY(h.clickProduct(QStringLiteral("palisade")));
    h.clickNext();
    WizardHarness::clickIndicator(h.find<QRadioButton>(QStringLiteral("role%1Radio").arg(role)));
    h.clickNext();
    auto *browse = h.find<QPushButton>(QStringLiteral("licenseBrowseButton"));
    QVERIFY(browse->isVisible());
    QTest::mouseClick(browse, Qt::LeftButton);

    QCOMPARE(h.find<QLineEdit>(QStringLiteral("valueLmgrdPortEdit"))->text(), lmgrdPort);
    QCOMPARE(h.find<QLineEdit>(QStringLiteral("valueVendorPortEdit"))->text(), vendorPort);
    QCOMPARE(h.wizard().state().value(QStringLiteral("vendor-port")), vendorPort);
    if (role == QLatin1String("Client"))
        QCOMPARE(h.find<QLineEdit>(QStringLiteral("valueServerEdit"))->text(), server);
    auto *result = h.find<QLabel>(QStringLiteral("licenseResult"));
    QVERIFY(result->isVisible());
    const QString shown = QTextDocumentFragment::fromHtml(result->text()).toPlainText();
    for (const QString &m : mentions)
        QVERIFY2(shown.contains(m), qPrintable(shown));
    QVERIFY(h.nextEnabled());
}

void tst_WizardFlow::productFilter()
{
    WizardHarness h;
    h.clickNext();
    auto *filter = h.find<QLineEdit>(QStringLiteral("productFilter"));
    auto *list = h.find<QListWidget>(QStringLiteral("productList"));
    auto *noMatch = h.find<QLabel>(QStringLiteral("noMatchLabel"));
    QTest::keyClicks(filter, QStringLiteral("law firm")); // a word of timeSensor's description only
    int shown = 0;
    for (int i = 0; i < list->count(); ++i)
        shown += list->item(i)->isHidden() ? 0 : 1;
    QCOMPARE(shown, 1);
    QVERIFY(h.clickProduct(QStringLiteral("timesensor-legal")));
    QVERIFY(!h.clickProduct(QStringLiteral("palisade")));
    WizardHarness::retype(filter, QStringLiteral("no such product"));
    QVERIFY(noMatch->isVisible());
    WizardHarness::retype(filter, QStringLiteral("FLEXNET")); // case does not matter
    QVERIFY(!noMatch->isVisible());
    QVERIFY(h.clickProduct(QStringLiteral("palisade")));
    QCOMPARE(h.wizard().state().selection().product, QStringLiteral("palisade"));
    // The version has a sensible default (the newest) and a hint where to read the installed one.
    QCOMPARE(h.find<QComboBox>(QStringLiteral("versionCombo"))->currentText(), QStringLiteral("8.x"));
    QVERIFY(!h.find<QLabel>(QStringLiteral("versionHint"))->text().isEmpty());
    QVERIFY(h.nextEnabled());
}

void tst_WizardFlow::keyboardOnly()
{
    WizardHarness h;
    QWidget *w = &h.wizard();
    // A button's mnemonic clicks it with QAbstractButton::animateClick(), which clicks a moment later: QTRY_.
    QTest::keyClick(w, Qt::Key_N, Qt::AltModifier); // Next by its mnemonic
    QTRY_COMPARE(h.current(), PageId::Product);
    QTest::keyClick(w, Qt::Key_F, Qt::AltModifier); // the filter by its mnemonic
    auto *filter = h.find<QLineEdit>(QStringLiteral("productFilter"));
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("timeSensor"));
    QTest::keyClick(filter, Qt::Key_Down); // on to the list, to the first product shown
    auto *list = h.find<QListWidget>(QStringLiteral("productList"));
    QVERIFY(list->hasFocus());
    QCOMPARE(h.wizard().state().selection().product, QStringLiteral("timesensor-legal"));
    QTest::keyClick(list, Qt::Key_Return); // the default button: Next
    QTRY_COMPARE(h.current(), PageId::Role);

    // The role by its mnemonic: the first free letter of "Server".
    auto *server = h.find<QRadioButton>(QStringLiteral("roleServerRadio"));
    const QChar letter = mnemonic::of(server->text());
    QVERIFY(!letter.isNull());
    QTest::keyClick(w, Qt::Key(letter.toUpper().unicode()), Qt::AltModifier);
    QTRY_VERIFY(server->isChecked());
    QCOMPARE(h.wizard().state().selection().role, QStringLiteral("server"));
    QTest::keyClick(w, Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(h.current(), PageId::Deployment);

    // Arrow keys move between the deployments, as in any radio group.
    auto *classic = h.find<QRadioButton>(QStringLiteral("deploymentClassicRadio"));
    auto *hosted = h.find<QRadioButton>(QStringLiteral("deployment365Radio"));
    classic->setFocus();
    QTest::keyClick(classic, Qt::Key_Down);
    QVERIFY(hosted->isChecked());
    QCOMPARE(h.wizard().state().selection().deployment, QStringLiteral("365"));
    QTest::keyClick(w, Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(h.current(), PageId::Options);

    // Space ticks the e-mail interface, which asks for the mail server.
    auto *email = h.find<QCheckBox>(QStringLiteral("optionEmailCheck"));
    email->setFocus();
    QTest::keyClick(email, Qt::Key_Space);
    QVERIFY(h.wizard().state().selection().options.contains(QStringLiteral("email")));
    auto *mail = h.find<QLineEdit>(QStringLiteral("valueMailServerEdit"));
    QVERIFY(mail->isVisible());
    QTest::keyClick(email, Qt::Key_Tab);
    QVERIFY(mail->hasFocus());
    QTest::keyClicks(mail, QStringLiteral("mail.example.com"));
    QTest::keyClick(mail, Qt::Key_Return);
    QTRY_COMPARE(h.current(), PageId::Review);
    QVERIFY(tableKeys(h).contains(QStringLiteral("out|TCP|465, 587, 993, 995|–|internet|vendor")));

    QTest::keyClick(w, Qt::Key_B, Qt::AltModifier); // Back
    QTRY_COMPARE(h.current(), PageId::Options);
    QTest::keyClick(w, Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(h.current(), PageId::Review);
    QTest::keyClick(w, Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(h.current(), PageId::Connectivity);
    QTest::keyClick(w, Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(h.current(), PageId::Export);
    QTest::keyClick(w, Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(h.current(), PageId::Finish);
    QTest::keyClick(w, Qt::Key_F, Qt::AltModifier); // Finish
    QTRY_COMPARE(h.wizard().result(), int(QDialog::Accepted));
}

void tst_WizardFlow::rememberedSelection()
{
    WizardHarness h;
    walk(h, {QStringLiteral("palisade"), QString(), 2, QStringLiteral("Client"), QString(), QStringLiteral("lic01")});
    QCOMPARE(h.current(), PageId::Finish);
    QTest::mouseClick(h.button(QWizard::FinishButton), Qt::LeftButton);

    h.restart();
    QCOMPARE(h.current(), PageId::Welcome);
    auto *last = h.find<QLabel>(QStringLiteral("lastSelectionLabel"));
    QVERIFY(last->isVisible());
    QVERIFY2(last->text().contains(QStringLiteral("Palisade network software 6.x, Client computer")),
        qPrintable(last->text()));
    const Selection s = h.wizard().state().selection();
    QCOMPARE(s.product, QStringLiteral("palisade"));
    QCOMPARE(s.version, QStringLiteral("6"));
    QCOMPARE(s.role, QStringLiteral("client"));
    QCOMPARE(s.values.value(QStringLiteral("server")), QStringLiteral("lic01"));
    h.clickNext();
    QCOMPARE(h.find<QComboBox>(QStringLiteral("versionCombo"))->currentText(), QStringLiteral("6.x"));
    h.clickNext();
    QVERIFY(h.find<QRadioButton>(QStringLiteral("roleClientRadio"))->isChecked());
    h.clickNext();
    QCOMPARE(h.find<QLineEdit>(QStringLiteral("valueServerEdit"))->text(), QStringLiteral("lic01"));

    // Start afresh forgets them.
    h.clickBack();
    h.clickBack();
    h.clickBack();
    QCOMPARE(h.current(), PageId::Welcome);
    QTest::mouseClick(h.find<QPushButton>(QStringLiteral("startAfreshButton")), Qt::LeftButton);
    QVERIFY(h.wizard().state().selection().product.isEmpty());
    QVERIFY(!last->isVisible());
    h.clickNext();
    QVERIFY(!h.nextEnabled()); // no product chosen yet
}

void tst_WizardFlow::windowTitleShowsStep()
{
    WizardHarness h;
    QCOMPARE(h.wizard().windowTitle(), QStringLiteral("Step 1 of 8: Welcome – Firewall Setup Wizard"));
    h.clickNext();
    QVERIFY(h.clickProduct(QStringLiteral("timesensor-legal")));
    // timeSensor has deployments: one more step.
    QCOMPARE(h.wizard().windowTitle(), QStringLiteral("Step 2 of 9: Product – Firewall Setup Wizard"));
    QVERIFY(h.clickProduct(QStringLiteral("palisade")));
    QCOMPARE(h.wizard().windowTitle(), QStringLiteral("Step 2 of 8: Product – Firewall Setup Wizard"));
}

void tst_WizardFlow::copyAndSort()
{
    WizardHarness h;
    walk(h, {QStringLiteral("palisade"), QString(), 0, QStringLiteral("Server"), QString(), QString()});
    for (int i = 0; i < 3 && h.current() != PageId::Review; ++i)
        h.clickBack();
    QCOMPARE(h.current(), PageId::Review);
    Plan plan;
    SelectionProblems problems;
    QVERIFY(h.wizard().state().resolve(plan, problems));

    QTest::mouseClick(h.find<QPushButton>(QStringLiteral("copyPlanButton")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), planToText(plan, QStringLiteral("en")));

    // Sorting by ports puts the program rules (any port) first, then 27000.
    auto *table = h.find<QTableView>(QStringLiteral("reviewTable"));
    QHeaderView *header = table->horizontalHeader();
    const int x
        = header->sectionViewportPosition(ReviewPage::PortsColumn) + header->sectionSize(ReviewPage::PortsColumn) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(ReviewPage::PortsColumn));
    const int last = table->model()->rowCount() - 1;
    QCOMPARE(table->model()->index(last, ReviewPage::PortsColumn).data().toString(), QStringLiteral("27000"));
    QCOMPARE(table->model()->index(0, ReviewPage::PortsColumn).data().toString(), QStringLiteral("any"));

    // Selected rows copy as tab-separated text with the header.
    table->setFocus();
    table->selectRow(last);
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].startsWith(QStringLiteral("Direction\tProtocol\tPorts")));
    QVERIFY2(lines[1].startsWith(QStringLiteral("in\tTCP\t27000\t")), qPrintable(lines[1]));
    QVERIFY(lines[1].endsWith(QStringLiteral("https://docs.revenera.com/")));
}

void tst_WizardFlow::sourceLinkOpens()
{
    QList<QUrl> opened;
    desktop::setOpenUrlHook([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    WizardHarness h;
    walk(h, {QStringLiteral("palisade"), QString(), 0, QStringLiteral("Client"), QString(), QStringLiteral("lic01")});
    for (int i = 0; i < 3 && h.current() != PageId::Review; ++i)
        h.clickBack();
    QCOMPARE(h.current(), PageId::Review);
    auto *table = h.find<QTableView>(QStringLiteral("reviewTable"));
    const QModelIndex source = table->model()->index(0, ReviewPage::SourceColumn);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(source).center());
    QCOMPARE(opened, QList<QUrl> {QUrl(QStringLiteral("https://kb.palisade.com/"))});

    // By keyboard: Enter on a source opens it and does not leave the page.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(2, ReviewPage::SourceColumn));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.last(), QUrl(QStringLiteral("https://docs.revenera.com/")));
    QCOMPARE(h.current(), PageId::Review);
}

void tst_WizardFlow::aboutBox()
{
    WizardHarness h;
    // Help → About, with the mouse on the button and the menu's mnemonic.
    auto *help = h.find<QPushButton>(QStringLiteral("helpButton"));
    QVERIFY(help->isVisible());
    QVERIFY(typeInMenu([help] { QTest::mouseClick(help, Qt::LeftButton); }, Qt::Key_A));
    auto *dialog = h.find<QDialog>(QStringLiteral("aboutDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QString versions = dialog->findChild<QLabel *>(QStringLiteral("aboutVersions"))->text();
    QVERIFY2(versions.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))), qPrintable(versions));
    QVERIFY(versions.contains(QStringLiteral("spdlog ")));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("aboutName"))->text().contains(QStringLiteral(FW_VERSION)));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(h.wizard().isVisible());
}

void tst_WizardFlow::catalogProblemsShown()
{
    Catalog catalog = Catalog::builtIn();
    catalog.addFile(QByteArray("{ \"format\": 1, \"id\": "), QStringLiteral("/home/admin/catalog/broken.json"));
    QVERIFY(!catalog.problems().isEmpty());
    WizardHarness h(QStringLiteral("en"), catalog);
    h.clickNext();
    auto *label = h.find<QLabel>(QStringLiteral("catalogProblemsLabel"));
    auto *view = h.find<QPlainTextEdit>(QStringLiteral("catalogProblemsView"));
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(QStringLiteral("could not be read: 1")));
    QVERIFY(!view->isVisible());
    emit label->linkActivated(QStringLiteral("#details"));
    QVERIFY(view->isVisible());
    QVERIFY(view->toPlainText().contains(QStringLiteral("broken.json")));
    // The built-in products are still there.
    QVERIFY(h.clickProduct(QStringLiteral("palisade")));
}

void tst_WizardFlow::cancelAfterWorkAsks_data()
{
    QTest::addColumn<QString>("work"); // what was done before Esc
    QTest::newRow("nothing yet") << QString();
    QTest::newRow("a test ran") << QStringLiteral("test");
    QTest::newRow("a file saved") << QStringLiteral("save");
    QTest::newRow("something applied") << QStringLiteral("apply");
}

void tst_WizardFlow::cancelAfterWorkAsks()
{
    QFETCH(QString, work);
    QStringList asked;
    bool answer = false;
    desktop::setQuestionHook([&](const QString &text) {
        asked << text;
        return answer;
    });
    WizardHarness h;
    h.wizard().state().setSelection(
        {QStringLiteral("palisade"), QStringLiteral("8"), QStringLiteral("server"), QString(), {}, {}});
    h.clickNext();
    QCOMPARE(h.current(), PageId::Product);
    WizardState &state = h.wizard().state();
    if (work == QLatin1String("test")) {
        ProbeResult r;
        r.target = {QStringLiteral("127.0.0.1"), 27000, Protocol::Tcp, QStringLiteral("lmgrd-port-in"), {}};
        r.status = ProbeStatus::Refused;
        state.setCheckResults({r});
    } else if (work == QLatin1String("save")) {
        state.addSavedFile(h.dir(QStringLiteral("rules.ps1")), QStringLiteral("powershell"));
    } else if (work == QLatin1String("apply")) {
        state.setAppliedSummary({QStringLiteral("nftables: 2 rules added")});
    }

    QTest::keyClick(&h.wizard(), Qt::Key_Escape);
    if (work.isEmpty()) {
        // Before any work, Esc quits as it always did.
        QVERIFY(asked.isEmpty());
        QVERIFY(!h.wizard().isVisible());
        QCOMPARE(h.wizard().result(), int(QDialog::Rejected));
        return;
    }
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked[0].startsWith(QStringLiteral("Quit?")), qPrintable(asked[0]));
    // No (the default): the wizard stays where it was.
    QVERIFY(h.wizard().isVisible());
    QCOMPARE(h.current(), PageId::Product);
    // Cancel asks the same; Yes quits.
    answer = true;
    QTest::mouseClick(h.button(QWizard::CancelButton), Qt::LeftButton);
    QCOMPARE(asked.size(), 2);
    QVERIFY(!h.wizard().isVisible());
    QCOMPARE(h.wizard().result(), int(QDialog::Rejected));
}

QTEST_MAIN(tst_WizardFlow)
#include "tst_wizardflow.moc"
