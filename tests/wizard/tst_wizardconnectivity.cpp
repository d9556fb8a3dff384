// The "Test connectivity" page driven offscreen by mouse and keys, with real sockets on loopback: a client's check
// against this program's own test responder (open with the responder flag), a closed port (refused), a port whose
// listener drops new connections (filtered, and a cancel in the middle of a run), an unresolvable name, the advice
// of the selected row (grouped, from the catalog where it speaks) and its language, Copy results, the results kept in
// WizardState and written for diagnose; on a server, the ports a running service holds, and the responder: connections
// listed, countdown, Stop and leaving the page close every socket.
#include "PageBase.h"
#include "WizardHarness.h"
#include "plan/Plan.h"
#include "probe/CheckSummary.h"
#include "probe/ProbeResult.h"
#include "probe/ResponderProtocol.h"
#include "probe/TestResponder.h"
#include "system/Paths.h"

#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace fw;
using namespace fw::test;

namespace {

/// A TCP port nothing listens on right now (the kernel picks it from the ephemeral range).
int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::Any, 0))
        return 0;
    return probe.serverPort();
}

/// A loopback port whose listener never accepts and whose accept queue is full: the kernel drops every new SYN,
/// which is what a firewall's DROP does. Closed on destruction.
class SilentPort
{
public:
    SilentPort()
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in a {};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof a;
        if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0
            || ::listen(m_listener, 0) != 0 || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&a), &length))
            return;
        m_port = ntohs(a.sin_port);
        // Backlog 0 holds one connection; a few more fill the queue for certain.
        for (int i = 0; i < 3; ++i) {
            const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
            [[maybe_unused]] const int rc = ::connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a);
            m_fillers << fd;
        }
        QTest::qWait(100);
    }
    ~SilentPort()
    {
        for (int fd : std::as_const(m_fillers))
            ::close(fd);
        if (m_listener >= 0)
            ::close(m_listener);
    }
    SilentPort(const SilentPort &) = delete;
    SilentPort &operator=(const SilentPort &) = delete;
    int port() const { return m_port; }

private:
    int m_listener = -1;
    int m_port = 0;
    QList<int> m_fillers;
};

Selection palisade(const QString &role, int lmgrdPort, int vendorPort, const QString &server = QString())
{
    Selection s;
    s.product = QStringLiteral("palisade");
    s.version = QStringLiteral("8");
    s.role = role;
    s.values.insert(QStringLiteral("lmgrd-port"), QString::number(lmgrdPort));
    s.values.insert(QStringLiteral("vendor-port"), QString::number(vendorPort));
    if (!server.isEmpty())
        s.values.insert(QStringLiteral("server"), server);
    return s;
}

bool goToConnectivity(WizardHarness &h, const Selection &s)
{
    h.wizard().state().setSelection(s);
    for (int i = 0; i < 10 && h.current() != PageId::Connectivity; ++i)
        h.clickNext();
    return h.current() == PageId::Connectivity;
}

void chooseLanguage(WizardHarness &h, const QString &lang)
{
    auto *menu = h.find<QMenu>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    auto *action = menu->findChild<QAction *>(
        PageBase::objectNameFor(QStringLiteral("language"), lang, QStringLiteral("Action")));
    QVERIFY(action);
    action->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(h.wizard().state().language(), lang);
}

/// The row of the results table for @p port; -1 if none.
int rowOf(QTableView *table, int port)
{
    QAbstractItemModel *m = table->model();
    for (int row = 0; row < m->rowCount(); ++row) {
        if (m->index(row, 2).data().toString() == QString::number(port))
            return row;
    }
    return -1;
}

QString statusText(QTableView *table, int row)
{
    return table->model()->index(row, 0).data().toString();
}

void clickRow(QTableView *table, int row)
{
    const QModelIndex index = table->model()->index(row, 3);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
}

/// Sets a combo box to its entry with @p data by keyboard: Home, then Down until it is there.
void chooseByKeys(QComboBox *combo, int data)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData().toInt() != data; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
}

/// With FW_SCREENSHOTS=DIR set, saves the wizard as DIR/NAME.png for looking at the layout.
void screenshot(WizardHarness &h, const QString &name)
{
    const QString dir = qEnvironmentVariable("FW_SCREENSHOTS");
    if (!dir.isEmpty())
        h.wizard().grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

bool refusedNow(int port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(port));
    if (socket.waitForConnected(2000))
        return false;
    return socket.error() == QAbstractSocket::ConnectionRefusedError;
}

} // namespace

class tst_WizardConnectivity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void clientAgainstResponder();
    void cancelAndFiltered();
    void unresolvableName();
    void serverResponder();
    void leavingStopsResponder();
};

void tst_WizardConnectivity::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QStandardPaths::setTestModeEnabled(true);
    quietOffscreenWarnings();
    QFile::remove(paths::lastCheckResultsPath());
}

void tst_WizardConnectivity::clientAgainstResponder()
{
    const int open = freePort();
    const int closed = freePort();
    QVERIFY(open > 0 && closed > 0 && open != closed);
    TestResponder responder;
    QVERIFY(responder.start({{open, Protocol::Tcp, QString()}}, QHostAddress::LocalHost, 60));
    QFile::remove(paths::lastCheckResultsPath());

    WizardHarness h;
    QVERIFY(goToConnectivity(h, palisade(QStringLiteral("client"), open, closed, QStringLiteral("127.0.0.1"))));
    auto *address = h.find<QLineEdit>(QStringLiteral("connectivityServerEdit"));
    auto *start = h.find<QPushButton>(QStringLiteral("connectivityStartButton"));
    auto *table = h.find<QTableView>(QStringLiteral("connectivityResults"));
    auto *advice = h.find<QLabel>(QStringLiteral("connectivityAdvice"));
    auto *progress = h.find<QLabel>(QStringLiteral("connectivityProgressText"));
    QVERIFY(address && start && table && advice && progress);
    QVERIFY(address->isVisible());
    QCOMPARE(address->text(), QStringLiteral("127.0.0.1"));
    QVERIFY(h.nextEnabled());
    QVERIFY(!h.find<QWidget>(QStringLiteral("connectivityResponderBox"))->isVisible());
    chooseByKeys(h.find<QComboBox>(QStringLiteral("connectivityTimeoutCombo")), 2000);

    QVERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(h.wizard().state().checkResults().size(), 2, 5000);
    QVERIFY2(progress->text().contains(QLatin1String("Done")), qPrintable(progress->text()));
    QVERIFY(h.nextEnabled());

    const int openRow = rowOf(table, open);
    const int closedRow = rowOf(table, closed);
    QVERIFY(openRow >= 0 && closedRow >= 0);
    QCOMPARE(statusText(table, openRow), QStringLiteral("open, test responder"));
    QCOMPARE(statusText(table, closedRow), QStringLiteral("refused"));
    QVERIFY(!table->model()->index(openRow, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(table->model()->index(openRow, 1).data().toString(), QStringLiteral("TCP"));
    QCOMPARE(table->model()->index(openRow, 3).data().toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(table->model()->index(openRow, 4).data().toString(), QStringLiteral("inbound on the server"));
    QVERIFY(table->model()->index(openRow, 5).data().toString().endsWith(QLatin1String(" ms")));

    // The state holds the results for the Finish page and the PDF.
    const ProbeResults results = h.wizard().state().checkResults();
    ProbeResult refused;
    for (const ProbeResult &r : results) {
        if (r.target.port == open) {
            QCOMPARE(r.status, ProbeStatus::Open);
            QVERIFY(r.responder);
        } else {
            QCOMPARE(r.status, ProbeStatus::Refused);
            refused = r;
        }
    }
    QCOMPARE(refused.target.port, closed);

    // The advice of the selected row: its advice group, with what Palisade's catalog says about a blocked port
    // (whenBlocked), and in German after switching.
    Plan plan;
    SelectionProblems problems;
    QVERIFY(h.wizard().state().resolve(plan, problems));
    const PlanRule *lmgrdRule = nullptr;
    for (const PlanRule &rule : plan.rules)
        lmgrdRule = rule.id == QLatin1String("lmgrd-port-out") ? &rule : lmgrdRule;
    QVERIFY(lmgrdRule && !lmgrdRule->whenBlocked.isEmpty());
    clickRow(table, closedRow);
    const QString englishAdvice = advice->text();
    QVERIFY2(englishAdvice.contains(QStringLiteral("refused TCP %1").arg(closed)), qPrintable(englishAdvice));
    QVERIFY2(englishAdvice.endsWith(lmgrdRule->whenBlocked.advice.en), qPrintable(englishAdvice));
    QCOMPARE(englishAdvice, checkAdvice({refused}, plan, QStringLiteral("en")).constFirst().text);
    screenshot(h, QStringLiteral("connectivity-client-en"));
    chooseLanguage(h, QStringLiteral("de"));
    screenshot(h, QStringLiteral("connectivity-client-de"));
    QVERIFY2(advice->text().endsWith(lmgrdRule->whenBlocked.advice.de), qPrintable(advice->text()));
    QCOMPARE(advice->text(), checkAdvice({refused}, plan, QStringLiteral("de")).constFirst().text);
    QCOMPARE(statusText(table, closedRow), probeStatusLabel(ProbeStatus::Refused));
    QVERIFY(statusText(table, closedRow) != QLatin1String("refused"));
    // The open row's own advice, from the shipped translation.
    clickRow(table, openRow);
    QCOMPARE(advice->text(), probeAdvice(results.at(results.at(0).target.port == open ? 0 : 1)));
    QVERIFY2(advice->text().contains(QStringLiteral("Testresponder")), qPrintable(advice->text()));
    chooseLanguage(h, QStringLiteral("en"));
    clickRow(table, closedRow);
    QCOMPARE(advice->text(), englishAdvice);
    QCOMPARE(statusText(table, closedRow), QStringLiteral("refused"));
    QVERIFY2(progress->text().contains(QLatin1String("Probes: 2 (1 open, 1 refused).")), qPrintable(progress->text()));

    // Copy results: a plain-text table with the advice.
    QApplication::clipboard()->clear();
    QTest::mouseClick(h.find<QPushButton>(QStringLiteral("connectivityCopyButton")), Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(QLatin1String("Status")), qPrintable(copied));
    QVERIFY2(copied.contains(QLatin1String("open, test responder")), qPrintable(copied));
    QVERIFY2(
        copied.contains(QRegularExpression(
            QStringLiteral("\\nrefused +TCP +%1 +127\\.0\\.0\\.1 +inbound on the server +\\d+ ms\\n").arg(closed))),
        qPrintable(copied));
    QVERIFY2(copied.contains(englishAdvice), qPrintable(copied));
    QVERIFY2(copied.contains(QStringLiteral("TCP %1 127.0.0.1: ").arg(open)), qPrintable(copied));

    // Written for diagnose, as check --json writes it.
    QFile file(paths::lastCheckResultsPath());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(paths::lastCheckResultsPath()));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(json.value(QStringLiteral("server")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(json.value(QStringLiteral("product")).toString(), QStringLiteral("palisade"));
    const QJsonArray list = json.value(QStringLiteral("results")).toArray();
    QCOMPARE(list.size(), 2);
    QStringList statuses;
    for (const QJsonValue &v : list)
        statuses << QStringLiteral("%1 %2")
                        .arg(v.toObject().value(QStringLiteral("port")).toInt())
                        .arg(v.toObject().value(QStringLiteral("status")).toString());
    statuses.sort();
    QStringList expected {QStringLiteral("%1 open").arg(open), QStringLiteral("%1 refused").arg(closed)};
    expected.sort();
    QCOMPARE(statuses, expected);
    QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("blocked")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("refused")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("advice")).toArray().size(), 1);

    // Next is never blocked by the test; the results stay when coming back.
    h.clickNext();
    QCOMPARE(h.current(), PageId::Export);
    h.clickBack();
    QCOMPARE(h.current(), PageId::Connectivity);
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(h.wizard().state().checkResults().size(), 2);
}

void tst_WizardConnectivity::cancelAndFiltered()
{
    SilentPort silent;
    QVERIFY(silent.port() > 0);
    const int closed = freePort();
    WizardHarness h;
    QVERIFY(
        goToConnectivity(h, palisade(QStringLiteral("client"), silent.port(), closed, QStringLiteral("127.0.0.1"))));
    auto *start = h.find<QPushButton>(QStringLiteral("connectivityStartButton"));
    auto *cancel = h.find<QPushButton>(QStringLiteral("connectivityCancelButton"));
    auto *table = h.find<QTableView>(QStringLiteral("connectivityResults"));
    auto *timeout = h.find<QComboBox>(QStringLiteral("connectivityTimeoutCombo"));
    QVERIFY(start && cancel && table && timeout);
    QVERIFY(!cancel->isEnabled());

    // A long timeout: the silent port holds the run open until Cancel.
    chooseByKeys(timeout, 30000);
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(cancel->isEnabled());
    QVERIFY(!start->isEnabled());
    QCOMPARE(statusText(table, rowOf(table, silent.port())), QStringLiteral("testing…"));
    QTRY_COMPARE_WITH_TIMEOUT(statusText(table, rowOf(table, closed)), QStringLiteral("refused"), 3000);
    QTest::qWait(200);
    QCOMPARE(statusText(table, rowOf(table, silent.port())), QStringLiteral("testing…"));
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(clock.elapsed() < 500);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(start->isEnabled());
    QCOMPARE(start->text(), QStringLiteral("&Retry"));
    QCOMPARE(statusText(table, rowOf(table, silent.port())), QStringLiteral("not tested (cancelled)"));
    QCOMPARE(h.wizard().state().checkResults().size(), 1);
    QVERIFY(h.find<QLabel>(QStringLiteral("connectivityProgressText"))->text().startsWith(QLatin1String("Cancelled")));

    // Retry with a short timeout: the silent port is filtered, the closed one refused.
    chooseByKeys(timeout, 1000);
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(h.wizard().state().checkResults().size(), 2, 5000);
    QCOMPARE(statusText(table, rowOf(table, silent.port())), QStringLiteral("filtered"));
    QCOMPARE(statusText(table, rowOf(table, closed)), QStringLiteral("refused"));
    clickRow(table, rowOf(table, silent.port()));
    const QString advice = h.find<QLabel>(QStringLiteral("connectivityAdvice"))->text();
    QVERIFY2(advice.contains(QStringLiteral("TCP %1").arg(silent.port())), qPrintable(advice));
}

void tst_WizardConnectivity::unresolvableName()
{
    WizardHarness h;
    QVERIFY(goToConnectivity(h, palisade(QStringLiteral("client"), 27000, 27001, QStringLiteral("127.0.0.1"))));
    auto *address = h.find<QLineEdit>(QStringLiteral("connectivityServerEdit"));
    auto *start = h.find<QPushButton>(QStringLiteral("connectivityStartButton"));
    auto *error = h.find<QLabel>(QStringLiteral("connectivityServerError"));
    auto *table = h.find<QTableView>(QStringLiteral("connectivityResults"));
    chooseByKeys(h.find<QComboBox>(QStringLiteral("connectivityTimeoutCombo")), 2000);

    // Validated as typed: a bad name cannot be started.
    WizardHarness::retype(address, QStringLiteral("bad host"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("' ' is not allowed")), qPrintable(error->text()));
    QVERIFY(!start->isEnabled());
    // The model's strict check: no address that a tool would read as another IPv4 address (octal, hex, short).
    for (const char *loose : {"010.1.1.1", "0x7f.0.0.1", "127.1", "2130706433"}) {
        WizardHarness::retype(address, QString::fromLatin1(loose));
        QVERIFY2(error->isVisible(), loose);
        QVERIFY2(error->text().contains(QLatin1String("without leading zeros")), qPrintable(error->text()));
        QVERIFY(!start->isEnabled());
    }
    WizardHarness::retype(address, QStringLiteral("bad host"));
    QTest::keyClick(address, Qt::Key_Return);
    QCOMPARE(h.current(), PageId::Connectivity);
    QCOMPARE(table->model()->rowCount(), 0);

    // Enter in the field starts the test (and does not press Next); the name is reported as not found.
    auto *note = h.find<QLabel>(QStringLiteral("connectivityServerNote"));
    QVERIFY(!note->isVisible());
    WizardHarness::retype(address, QStringLiteral("nonexistent.invalid"));
    QVERIFY(!error->isVisible());
    // The plan keeps its server; the page says that the test uses another.
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("127.0.0.1")) && note->text().contains(QLatin1String("nonexistent")),
        qPrintable(note->text()));
    QCOMPARE(h.wizard().state().value(QStringLiteral("server")), QStringLiteral("127.0.0.1"));
    QVERIFY(start->isEnabled());
    QElapsedTimer clock;
    clock.start();
    QTest::keyClick(address, Qt::Key_Return);
    QCOMPARE(h.current(), PageId::Connectivity);
    QCOMPARE(table->model()->rowCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(h.wizard().state().checkResults().size(), 2, 5000);
    QVERIFY(clock.elapsed() < 4000);
    for (const ProbeResult &r : h.wizard().state().checkResults()) {
        QCOMPARE(r.status, ProbeStatus::DnsError);
        QCOMPARE(r.target.host, QStringLiteral("nonexistent.invalid"));
    }
    QCOMPARE(statusText(table, 0), QStringLiteral("name not found"));
    clickRow(table, 1);
    const QString advice = h.find<QLabel>(QStringLiteral("connectivityAdvice"))->text();
    QVERIFY2(advice.contains(QLatin1String("nonexistent.invalid could not be resolved")), qPrintable(advice));
}

void tst_WizardConnectivity::serverResponder()
{
    const int lmgrd = freePort();
    const int vendor = freePort();
    QVERIFY(lmgrd > 0 && vendor > 0 && lmgrd != vendor);
    // A running service holds the vendor port.
    QTcpServer service;
    QVERIFY(service.listen(QHostAddress::Any, quint16(vendor)));

    WizardHarness h;
    QVERIFY(goToConnectivity(h, palisade(QStringLiteral("server"), lmgrd, vendor)));
    QVERIFY(!h.find<QLineEdit>(QStringLiteral("connectivityServerEdit"))->isVisible());
    auto *ports = h.find<QTableWidget>(QStringLiteral("connectivityServerPorts"));
    auto *startButton = h.find<QPushButton>(QStringLiteral("connectivityStartResponderButton"));
    auto *stopButton = h.find<QPushButton>(QStringLiteral("connectivityStopResponderButton"));
    auto *timeLeft = h.find<QLabel>(QStringLiteral("connectivityTimeLeft"));
    auto *connections = h.find<QTableWidget>(QStringLiteral("connectivityConnections"));
    QVERIFY(ports && startButton && stopButton && timeLeft && connections);
    QVERIFY(ports->isVisible() && startButton->isVisible());

    const auto portState = [ports](int port) {
        for (int row = 0; row < ports->rowCount(); ++row) {
            if (ports->item(row, 0)->text() == QStringLiteral("TCP %1").arg(port))
                return ports->item(row, 1)->text();
        }
        return QString();
    };
    QVERIFY2(portState(vendor).startsWith(QLatin1String("taken by a running service")), qPrintable(portState(vendor)));
    QVERIFY2(portState(lmgrd).startsWith(QLatin1String("free")), qPrintable(portState(lmgrd)));
    QVERIFY(refusedNow(lmgrd));

    QVERIFY(!stopButton->isEnabled());
    QTest::mouseClick(startButton, Qt::LeftButton);
    QVERIFY(stopButton->isEnabled());
    QVERIFY(!startButton->isEnabled());
    QVERIFY2(portState(lmgrd).contains(QLatin1String("answers")), qPrintable(portState(lmgrd)));
    const QString firstLeft = timeLeft->text();
    QVERIFY2(firstLeft.startsWith(QLatin1String("Time left: 10:00"))
            || firstLeft.startsWith(QLatin1String("Time left: 9:5")),
        qPrintable(firstLeft));

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, quint16(lmgrd));
    QVERIFY(client.waitForConnected(2000));
    QTRY_COMPARE_WITH_TIMEOUT(connections->rowCount(), 1, 3000);
    QVERIFY2(connections->item(0, 3)->text().contains(QLatin1String("127.0.0.1")),
        qPrintable(connections->item(0, 3)->text()));
    QCOMPARE(connections->item(0, 1)->text(), QStringLiteral("TCP"));
    QCOMPARE(connections->item(0, 2)->text(), QString::number(lmgrd));
    // The greeting that tells a check it reached this program.
    QByteArray greeting;
    QTRY_VERIFY_WITH_TIMEOUT((greeting += client.readAll(), parseResponderGreeting(greeting).valid), 3000);
    client.close();
    screenshot(h, QStringLiteral("connectivity-server-en"));

    QTRY_VERIFY_WITH_TIMEOUT(timeLeft->text() != firstLeft, 3000);
    QVERIFY(timeLeft->text().startsWith(QLatin1String("Time left: 9:5")));

    QTest::mouseClick(stopButton, Qt::LeftButton);
    QVERIFY(!stopButton->isEnabled());
    QVERIFY(startButton->isEnabled());
    QVERIFY(refusedNow(lmgrd));
    QCOMPARE(timeLeft->text(), QStringLiteral("Time left: not running"));
    // The service's port was left alone.
    QVERIFY(service.isListening());
    QVERIFY2(h.find<QLabel>(QStringLiteral("connectivityResponderStatus"))
                 ->text()
                 .contains(QLatin1String("every socket is closed")),
        qPrintable(h.find<QLabel>(QStringLiteral("connectivityResponderStatus"))->text()));
}

void tst_WizardConnectivity::leavingStopsResponder()
{
    const int lmgrd = freePort();
    const int vendor = freePort();
    WizardHarness h;
    QVERIFY(goToConnectivity(h, palisade(QStringLiteral("server"), lmgrd, vendor)));
    auto *startButton = h.find<QPushButton>(QStringLiteral("connectivityStartResponderButton"));
    // By keyboard: the mnemonic of "Start res&ponder" (a button's shortcut clicks it after a short animation).
    QTest::keyClick(&h.wizard(), Qt::Key_P, Qt::AltModifier);
    QTRY_VERIFY(!startButton->isEnabled());
    QVERIFY(!refusedNow(vendor));
    h.clickNext();
    QCOMPARE(h.current(), PageId::Export);
    QVERIFY(refusedNow(lmgrd));
    QVERIFY(refusedNow(vendor));

    // Back again, start, and close the wizard: every socket closes.
    h.clickBack();
    QCOMPARE(h.current(), PageId::Connectivity);
    QTest::mouseClick(startButton, Qt::LeftButton);
    QVERIFY(!refusedNow(lmgrd));
    h.wizard().close();
    QVERIFY(refusedNow(lmgrd));
    QVERIFY(refusedNow(vendor));
}

QTEST_MAIN(tst_WizardConnectivity)
#include "tst_wizardconnectivity.moc"
