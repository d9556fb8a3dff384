// check and serve across a real firewall: a server and a client network namespace joined by a veth pair. The server
// runs the real `firewall-wizard serve`, a few foreign services (held by this test inside the server namespace), and
// an nftables ruleset that drops some ports and rejects others in each way a firewall can; the client runs the real
// `firewall-wizard check --json`. Every status, the responder flag, the advice and its language are asserted, and
// that a stopped responder leaves no socket. Expected statuses follow from the ruleset below (nft(8): drop is
// silent; "reject with tcp reset" answers RST; "reject with icmpx type ..." answers that ICMP type).
#include "NetnsPair.h"
#include "Ruleset.h"
#include "SkipOrFail.h"
#include "Wizard.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

#include <csignal>
#include <memory>

namespace {

// The lab product (data/probe-lab.json): the server accepts TCP 2001-2009 and UDP 3001-3006 and 3009; clients
// connect to them; the "mail" option adds TCP 2001 and 2003 to the mail server, named by the value "mail-server".

// 2001, 3001: the responder answers. 2002, 3005: a foreign service that never speaks. 2007: one that closes at
// once. 3006: a foreign UDP echo. The rest as the rules say; port 53 is dropped so that DNS never answers.
const char serverRules[] = R"(table inet fwtest {
  chain input {
    type filter hook input priority filter; policy accept;
    tcp dport 2003 drop
    tcp dport 2004 reject with tcp reset
    tcp dport 2005 reject with icmpx type admin-prohibited
    tcp dport 2006 reject with icmpx type port-unreachable
    tcp dport 2008 reject with icmpx type host-unreachable
    udp dport 3002 drop
    udp dport 3003 reject with icmpx type port-unreachable
    udp dport 3004 reject with icmpx type admin-prohibited
    udp dport 53 drop
    tcp dport 53 drop
  }
}
)";

// This machine's own firewall: TCP 2009 and UDP 3009 never leave it.
const char clientRules[] = R"(table inet fwtest {
  chain output {
    type filter hook output priority filter; policy accept;
    tcp dport 2009 drop
    udp dport 3009 drop
  }
}
)";

using Run = fw::test::RunResult;

// The lab's addresses: documentation networks, nothing else reachable.
const fw::test::PairAddresses kAddresses {QStringLiteral("192.0.2.1"), QStringLiteral("192.0.2.2"),
    QStringLiteral("2001:db8::1"), QStringLiteral("2001:db8::2")};

struct Expect
{
    const char *key; ///< "tcp 2001"
    const char *status;
    bool responder;
    const char *evidence;
};

const Expect serverExpectations[] = {
    {"tcp 2001", "open", true, "connected"},
    {"tcp 2002", "open", false, "connected"},
    {"tcp 2003", "filtered", false, "silence"},
    {"tcp 2004", "refused", false, "tcp-reset"},
    {"tcp 2005", "refused", false, "icmp-prohibited"},
    {"tcp 2006", "refused", false, "icmp-port-unreachable"},
    {"tcp 2007", "open", false, "connected-closed"},
    {"tcp 2008", "refused", false, "icmp-prohibited"},
    {"tcp 2009", "filtered", false, "silence"},
    {"udp 3001", "open", true, "reply"},
    {"udp 3002", "filtered", true, "silence"},
    {"udp 3003", "refused", false, "icmp-port-unreachable"},
    {"udp 3004", "refused", false, "icmp-prohibited"},
    {"udp 3005", "open-or-filtered", false, "silence"},
    {"udp 3006", "open", false, "reply"},
    {"udp 3009", "filtered", false, "local-firewall"},
};

} // namespace

class tst_ProbeNetns : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<fw::test::NetnsPair> m_lab;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_serve;
    QByteArray m_serveOut;
    std::unique_ptr<QTcpServer> m_silentTcp;
    std::unique_ptr<QTcpServer> m_closingTcp;
    std::unique_ptr<QUdpSocket> m_silentUdp;
    std::unique_ptr<QUdpSocket> m_echoUdp;

    QStringList common() const { return {"--catalog", m_dir.filePath("catalog"), "--product", "probe-lab"}; }

    QStringList environment() const
    {
        return {QStringLiteral("XDG_DATA_HOME=") + m_dir.filePath(QStringLiteral("data")),
            QStringLiteral("HOME=") + m_dir.path(), QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LC_ALL=C.UTF-8")};
    }

    /// Runs firewall-wizard in namespace @p ns while this test's event loop keeps the foreign services answering.
    Run wizard(const fw::test::Netns &ns, const QStringList &args, int timeoutMs = 30000)
    {
        fw::test::RunOptions options;
        options.environment = environment();
        options.timeoutMs = timeoutMs;
        options.serveEvents = true;
        const Run r = fw::test::Wizard::run(ns.execPrefix(), args, options);
        if (r.timedOut)
            qWarning("firewall-wizard %s did not end within %d ms", qPrintable(args.join(' ')), timeoutMs);
        return r;
    }

    static QJsonObject json(const Run &r)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s\n%s\n%s", qPrintable(error.errorString()), r.out.left(800).constData(),
                r.err.left(800).constData());
        return doc.object();
    }

    /// The results by "tcp 2001" (and "tcp 2001 mail.fwtest" for a host other than @p server).
    static QMap<QString, QJsonObject> results(const QJsonObject &o, const QString &server)
    {
        QMap<QString, QJsonObject> map;
        for (const QJsonValue &v : o.value(QStringLiteral("results")).toArray()) {
            const QJsonObject r = v.toObject();
            QString key = QStringLiteral("%1 %2").arg(r.value("protocol").toString()).arg(r.value("port").toInt());
            if (r.value("host").toString() != server)
                key += QLatin1Char(' ') + r.value("host").toString();
            map.insert(key, r);
        }
        return map;
    }

    /// Starts serve in the server namespace and waits until it says that it answers.
    bool startServe(QProcess &p, QByteArray &output, const QStringList &extra)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &e : environment())
            env.insert(e.section(QLatin1Char('='), 0, 0), e.section(QLatin1Char('='), 1));
        p.setProcessEnvironment(env);
        m_lab->server().prepare(p,
            QStringList {fw::test::Wizard::binary(), "serve"} + common()
                + QStringList {"--role", "server", "--lang", "en"} + extra);
        connect(&p, &QProcess::readyReadStandardOutput, &p, [&p, &output] { output += p.readAllStandardOutput(); });
        p.start();
        QElapsedTimer clock;
        clock.start();
        while (!output.contains("press Ctrl+C") && p.state() != QProcess::NotRunning && clock.elapsed() < 10000)
            QTest::qWait(20);
        if (!output.contains("press Ctrl+C"))
            output += p.readAllStandardError();
        return output.contains("press Ctrl+C");
    }

    /// The ports with a listening (TCP) or bound (UDP) socket in the server namespace.
    QSet<QString> serverSockets()
    {
        QByteArray out;
        m_lab->server().run({"ss", "-Hlntu"}, &out);
        QSet<QString> set;
        static const QRegularExpression line(QStringLiteral("^(tcp|udp)\\s+\\S+\\s+\\d+\\s+\\d+\\s+\\S*:(\\d+)\\s"));
        for (const QByteArray &l : out.split('\n')) {
            const QRegularExpressionMatch m = line.match(QString::fromLatin1(l));
            if (m.hasMatch())
                set.insert(m.captured(1) + QLatin1Char(' ') + m.captured(2));
        }
        return set;
    }

    void startForeignServices()
    {
        QVERIFY(m_lab->server().enter([this] {
            m_silentTcp = std::make_unique<QTcpServer>();
            m_closingTcp = std::make_unique<QTcpServer>();
            m_silentUdp = std::make_unique<QUdpSocket>();
            m_echoUdp = std::make_unique<QUdpSocket>();
            m_silentTcp->listen(QHostAddress::Any, 2002);
            m_closingTcp->listen(QHostAddress::Any, 2007);
            m_silentUdp->bind(QHostAddress::Any, 3005);
            m_echoUdp->bind(QHostAddress::Any, 3006);
        }));
        QVERIFY(m_silentTcp->isListening());
        QVERIFY(m_closingTcp->isListening());
        QCOMPARE(m_silentUdp->state(), QAbstractSocket::BoundState);
        QCOMPARE(m_echoUdp->state(), QAbstractSocket::BoundState);
        connect(m_closingTcp.get(), &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_closingTcp->nextPendingConnection())
                s->abort();
        });
        connect(m_silentUdp.get(), &QUdpSocket::readyRead, this, [this] {
            while (m_silentUdp->hasPendingDatagrams())
                m_silentUdp->receiveDatagram();
        });
        connect(m_echoUdp.get(), &QUdpSocket::readyRead, this, [this] {
            while (m_echoUdp->hasPendingDatagrams()) {
                const QNetworkDatagram d = m_echoUdp->receiveDatagram();
                m_echoUdp->writeDatagram(d.makeReply("echo " + d.data().left(16)));
            }
        });
    }

    void checkServerResults(const QMap<QString, QJsonObject> &map, const QString &address)
    {
        for (const Expect &e : serverExpectations) {
            const QString key = QString::fromLatin1(e.key);
            QVERIFY2(map.contains(key), e.key);
            const QJsonObject r = map.value(key);
            const QString what = QStringLiteral("%1: %2").arg(key, QString::fromUtf8(QJsonDocument(r).toJson()));
            QCOMPARE(r.value("status").toString(), QString::fromLatin1(e.status));
            QVERIFY2(r.value("responder").toBool() == e.responder, qPrintable(what));
            QVERIFY2(r.value("evidence").toString() == QLatin1String(e.evidence), qPrintable(what));
            QCOMPARE(r.value("address").toString(), address);
            QCOMPARE(r.value("kind").toString(), QStringLiteral("server-port"));
            const QString advice = r.value("advice").toString();
            // The advice names the protocol and port, in the UI's language.
            QVERIFY2(advice.contains(key.toUpper()), qPrintable(what));
        }
        // The closing service and the ICMP senders show in the detail and evidence.
        QVERIFY(map.value("tcp 2007").value("detail").toString().contains(QStringLiteral("closed")));
        QCOMPARE(map.value("tcp 2005").value("evidenceFrom").toString(), address);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString reason = fw::test::Netns::unavailableReason({"nft", "ss"});
        if (!reason.isEmpty())
            FW_SKIP_OR_FAIL(qPrintable(reason));
        QVERIFY2(QFile::exists(qEnvironmentVariable("FW_BINARY")), "FW_BINARY must name the built firewall-wizard");
        QVERIFY(m_dir.isValid());
        QDir().mkpath(m_dir.filePath("catalog"));
        QVERIFY(QFile::copy(qEnvironmentVariable("FW_SOURCE_DIR") + QStringLiteral("/tests/probe/data/probe-lab.json"),
            m_dir.filePath("catalog/probe-lab.json")));

        fw::test::Netns::removeStale(QStringLiteral("fwt"));
        m_lab = std::make_unique<fw::test::NetnsPair>(QStringLiteral("fwt"), QStringLiteral("probe"), kAddresses);
        QString error;
        QVERIFY2(m_lab->setUp(&error), qPrintable(error));
        QVERIFY2(fw::test::loadNftRuleset(m_lab->server().execPrefix(), QString::fromLatin1(serverRules), &error),
            qPrintable(error));
        QVERIFY2(fw::test::loadNftRuleset(m_lab->client().execPrefix(), QString::fromLatin1(clientRules), &error),
            qPrintable(error));
        QVERIFY(m_lab->client().writeEtc("hosts", "127.0.0.1 localhost\n192.0.2.1 srv.fwtest mail.fwtest\n"));
        // The resolver is the server, whose firewall drops DNS: any other name never gets an answer.
        QVERIFY(m_lab->client().writeEtc("resolv.conf", "nameserver 192.0.2.1\n"));
        startForeignServices();

        m_serve = std::make_unique<QProcess>();
        QVERIFY2(startServe(*m_serve, m_serveOut, {"--seconds", "120"}), m_serveOut.constData());
    }

    void cleanupTestCase()
    {
        if (m_serve && m_serve->state() != QProcess::NotRunning) {
            m_serve->kill();
            m_serve->waitForFinished(3000);
        }
        m_serve.reset();
        m_silentTcp.reset();
        m_closingTcp.reset();
        m_silentUdp.reset();
        m_echoUdp.reset();
        m_lab.reset();
    }

    void serveReportsTakenPorts()
    {
        const QString out = QString::fromUtf8(m_serveOut);
        for (const char *taken : {"TCP 2002", "TCP 2007", "UDP 3005", "UDP 3006"})
            QVERIFY2(out.contains(QRegularExpression(QStringLiteral("%1 +taken by a running service").arg(taken))),
                qPrintable(out));
        for (const char *listening : {"TCP 2001", "TCP 2003", "TCP 2009", "UDP 3001", "UDP 3002", "UDP 3009"})
            QVERIFY2(out.contains(QRegularExpression(QStringLiteral("%1 +listening").arg(listening))), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Answering on all addresses for 120 s (ports: 12)")));
    }

    void everyStatus()
    {
        const Run r = wizard(m_lab->client(),
            QStringList {"check"} + common()
                + QStringList {"--role", "client", "--server", "srv.fwtest", "--with", "mail", "--set",
                    "mail-server=mail.fwtest", "--timeout-ms", "2000", "--json", "--lang", "en"});
        QCOMPARE(r.code, 1); // something is blocked
        const QJsonObject o = json(r);
        const QMap<QString, QJsonObject> map = results(o, QStringLiteral("srv.fwtest"));
        QCOMPARE(map.size(), 18);
        checkServerResults(map, kAddresses.server);

        // The mail server is an outbound destination: the advice says to open the way out, not the server.
        const QJsonObject mailOpen = map.value("tcp 2001 mail.fwtest");
        const QJsonObject mailDropped = map.value("tcp 2003 mail.fwtest");
        QCOMPARE(mailOpen.value("status").toString(), QStringLiteral("open"));
        QCOMPARE(mailOpen.value("kind").toString(), QStringLiteral("outbound-service"));
        QCOMPARE(mailDropped.value("status").toString(), QStringLiteral("filtered"));
        QVERIFY(mailDropped.value("advice").toString().contains(QStringLiteral("outbound to mail.fwtest")));

        const QString filtered = map.value("tcp 2003").value("advice").toString();
        QVERIFY2(filtered.contains(QStringLiteral("Open TCP 2003 inbound on the server")), qPrintable(filtered));
        QVERIFY(map.value("tcp 2005").value("advice").toString().contains(QStringLiteral("firewall on")));
        QVERIFY(map.value("udp 3002").value("advice").toString().contains(QStringLiteral("test responder")));
        QVERIFY(map.value("udp 3009").value("advice").toString().contains(QStringLiteral("own firewall")));
        QVERIFY(map.value("udp 3005").value("advice").toString().contains(QStringLiteral("could not be proved")));

        // All probes ran together: the whole check takes one timeout; answers show at once.
        for (const QJsonObject &x : map) {
            const QString status = x.value("status").toString();
            const QString what = QString::fromUtf8(QJsonDocument(x).toJson());
            if (x.value("evidence").toString() == QLatin1String("silence"))
                QVERIFY2(x.value("millis").toInt() >= 1900, qPrintable(what));
            else
                QVERIFY2(x.value("millis").toInt() < 500, qPrintable(what));
        }
        QVERIFY2(r.millis < 2000 + 1000, qPrintable(QString::number(r.millis)));
        const QJsonObject summary = o.value("summary").toObject();
        QCOMPARE(summary.value("blocked").toInt(), 11); // 6 refused, 5 filtered (one of them at the mail server)
        QCOMPARE(summary.value("open-or-filtered").toInt(), 1);
        QCOMPARE(o.value("untested").toArray().size(), 0);

        // The responder logged each connection with the peer's address.
        QTRY_VERIFY_WITH_TIMEOUT(m_serveOut.contains("TCP 2001 from 192.0.2.2"), 3000);
        QVERIFY(m_serveOut.contains("UDP 3001 from 192.0.2.2"));
    }

    void adviceInTheUiLanguage()
    {
        const QStringList args = QStringList {"check"} + common()
            + QStringList {"--role", "client", "--server", "192.0.2.1", "--timeout-ms", "500", "--json"};
        const Run en = wizard(m_lab->client(), args + QStringList {"--lang", "en"});
        const Run de = wizard(m_lab->client(), args + QStringList {"--lang", "de"});
        const QMap<QString, QJsonObject> e = results(json(en), QStringLiteral("192.0.2.1"));
        const QMap<QString, QJsonObject> d = results(json(de), QStringLiteral("192.0.2.1"));
        QCOMPARE(d.size(), e.size());
        // Ids stay the same in every language; the advice names the same port and protocol.
        for (auto it = e.cbegin(); it != e.cend(); ++it) {
            QCOMPARE(d.value(it.key()).value("status").toString(), it.value().value("status").toString());
            QVERIFY(d.value(it.key()).value("advice").toString().contains(it.key().toUpper()));
        }
        // The German words come from the shipped translations/firewallwizard_de.ts, embedded in the program.
        const QString german = d.value("tcp 2003").value("advice").toString();
        QVERIFY2(german.contains(QStringLiteral("eingehend")), qPrintable(german));
        QVERIFY(german != e.value("tcp 2003").value("advice").toString());
    }

    void ipv6Literal()
    {
        for (const QString &server : {QStringLiteral("2001:db8::1"), QStringLiteral("[2001:db8::1]")}) {
            const Run r = wizard(m_lab->client(),
                QStringList {"check"} + common()
                    + QStringList {"--role", "client", "--server", server, "--timeout-ms", "1500", "--json"});
            QCOMPARE(r.code, 1);
            checkServerResults(results(json(r), server), kAddresses.server6);
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_serveOut.contains("TCP 2001 from 2001:db8::2"), 3000);
    }

    void dnsThatNeverAnswers()
    {
        // The resolver is dropped: the name times out with the probe, and the program does not wait for it.
        const Run r = wizard(m_lab->client(),
            QStringList {"check"} + common()
                + QStringList {"--role", "client", "--server", "srv.fwtest", "--with", "mail", "--set",
                    "mail-server=nowhere.fwtest", "--timeout-ms", "1000", "--json"});
        QCOMPARE(r.code, 1);
        const QMap<QString, QJsonObject> map = results(json(r), QStringLiteral("srv.fwtest"));
        const QJsonObject mail = map.value("tcp 2001 nowhere.fwtest");
        QCOMPARE(mail.value("status").toString(), QStringLiteral("dns-error"));
        QCOMPARE(mail.value("evidence").toString(), QStringLiteral("dns-timeout"));
        QVERIFY(mail.value("address").isNull());
        QVERIFY(mail.value("advice").toString().contains(QStringLiteral("nowhere.fwtest")));
        QVERIFY2(r.millis < 1000 + 1000, qPrintable(QString::number(r.millis)));
    }

    void unresolvableName()
    {
        // A resolver that refuses at once (nothing listens on the client's own port 53).
        QVERIFY(m_lab->client().writeEtc("resolv.conf", "nameserver 127.0.0.1\n"));
        const Run r = wizard(m_lab->client(),
            QStringList {"check"} + common()
                + QStringList {"--role", "client", "--server", "nothing.fwtest", "--timeout-ms", "3000", "--json"});
        QVERIFY(m_lab->client().writeEtc("resolv.conf", "nameserver 192.0.2.1\n"));
        QCOMPARE(r.code, 1);
        const QJsonArray list = json(r).value("results").toArray();
        QCOMPARE(list.size(), 16);
        for (const QJsonValue &v : list) {
            QCOMPARE(v.toObject().value("status").toString(), QStringLiteral("dns-error"));
            QCOMPARE(v.toObject().value("evidence").toString(), QStringLiteral("name-not-found"));
        }
        QVERIFY2(r.millis < 2000, qPrintable(QString::number(r.millis)));
    }

    void noRoute()
    {
        // The client knows no route beyond its own subnet: nothing is sent, and it says so at once.
        const Run r = wizard(m_lab->client(),
            QStringList {"check"} + common() + QStringList {"--role", "client", "--server", "203.0.113.9", "--json"});
        QCOMPARE(r.code, 1);
        for (const QJsonValue &v : json(r).value("results").toArray()) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value("status").toString(), QStringLiteral("unreachable"));
            QVERIFY(o.value("millis").toInt() < 200);
        }
    }

    void hostDown()
    {
        // Nobody has this address on the subnet: after the kernel gives up on ARP (3 s) the host is unreachable.
        const Run r = wizard(m_lab->client(),
            QStringList {"check"} + common()
                + QStringList {"--role", "client", "--server", "192.0.2.77", "--timeout-ms", "4000", "--json"});
        QCOMPARE(r.code, 1);
        int unreachable = 0;
        for (const QJsonValue &v : json(r).value("results").toArray()) {
            const QString status = v.toObject().value("status").toString();
            QVERIFY2(status == QLatin1String("unreachable") || v.toObject().value("port").toInt() == 2009
                    || v.toObject().value("port").toInt() == 3009,
                qPrintable(QString::fromUtf8(QJsonDocument(v.toObject()).toJson())));
            unreachable += status == QLatin1String("unreachable") ? 1 : 0;
        }
        QCOMPARE(unreachable, 14);
    }

    void adaptiveTiming()
    {
        const Run r = wizard(m_lab->client(),
            QStringList {"check"} + common()
                + QStringList {
                    "--role", "client", "--server", "192.0.2.1", "--timeout-ms", "2000", "--adaptive", "--json"});
        QCOMPARE(r.code, 1);
        const QMap<QString, QJsonObject> map = results(json(r), QStringLiteral("192.0.2.1"));
        checkServerResults(map, kAddresses.server);
        for (const char *silent : {"tcp 2003", "tcp 2009", "udp 3002", "udp 3005"}) {
            const QJsonObject x = map.value(QString::fromLatin1(silent));
            QVERIFY2(x.value("concludedEarly").toBool(), silent);
            QVERIFY2(x.value("millis").toInt() < 1000, qPrintable(QString::fromUtf8(QJsonDocument(x).toJson())));
        }
        QVERIFY2(r.millis < 1500, qPrintable(QString::number(r.millis)));
    }

    void textOutput()
    {
        const Run r = wizard(m_lab->client(),
            QStringList {"check"} + common()
                + QStringList {"--role", "client", "--server", "192.0.2.1", "--timeout-ms", "500", "--lang", "en"});
        QCOMPARE(r.code, 1);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("open +TCP 2001 +192.0.2.1 +\\d+ ms +test responder"))),
            qPrintable(out));
        QVERIFY(out.contains(QRegularExpression(QStringLiteral("filtered +TCP 2003"))));
        QVERIFY(out.contains(QStringLiteral("What it means and what to do:")));
        // The advice once per group: the silent TCP ports of the server in one paragraph that names them all.
        const QRegularExpression silent(QStringLiteral(
            "\\n  (TCP [0-9, -]*2003[0-9, -]*) 192\\.0\\.2\\.1: No answer from 192\\.0\\.2\\.1 on \\1 within"));
        QVERIFY2(out.contains(silent), qPrintable(out));
        QCOMPARE(out.count(QStringLiteral("No answer from 192.0.2.1 on TCP")), 1);
        QVERIFY2(out.contains(
                     QRegularExpression(QStringLiteral("\\nProbes: \\d+ \\(\\d+ open, \\d+ refused, \\d+ filtered"))),
            qPrintable(out));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("quote") << QStringList {"--server", "srv\"x"} << "--server srv\"x";
        QTest::newRow("newline") << QStringList {"--server", "srv\nx"} << "--server";
        QTest::newRow("no server") << QStringList {} << "--server HOST is missing";
        QTest::newRow("timeout 0") << QStringList {"--server", "192.0.2.1", "--timeout-ms", "0"} << "--timeout-ms 0";
        QTest::newRow("two servers") << QStringList {"--server", "192.0.2.1", "--set", "server=srv.fwtest"}
                                     << "name different servers";
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = wizard(m_lab->client(),
            QStringList {"check"} + common() + QStringList {"--role", "client", "--lang", "en"} + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void portZero()
    {
        const Run r = wizard(m_lab->client(),
            {"check", "--product", "palisade", "--role", "client", "--version", "7", "--server", "192.0.2.1", "--set",
                "lmgrd-port=0", "--lang", "en"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("0 is not a port"), r.err.constData());
    }

    void serveBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("bind") << QStringList {"--role", "server", "--bind", "nonsense"} << "--bind nonsense";
        QTest::newRow("seconds") << QStringList {"--role", "server", "--seconds", "0"} << "--seconds 0";
        QTest::newRow("client") << QStringList {"--role", "client"} << "no inbound TCP or UDP ports";
        QTest::newRow("foreign address") << QStringList {"--role", "server", "--bind", "198.51.100.9", "--seconds", "1"}
                                         << "could not listen";
    }

    void serveBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r
            = wizard(m_lab->server(), QStringList {"serve"} + common() + QStringList {"--lang", "en"} + args, 10000);
        QCOMPARE(r.code, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }

    void stoppedResponderLeavesNoSocket()
    {
        const QSet<QString> foreign {"tcp 2002", "tcp 2007", "udp 3005", "udp 3006"};
        QVERIFY(serverSockets().contains(QStringLiteral("tcp 2001")));
        // Ctrl+C (here SIGTERM, handled the same way): every socket closes and the summary prints.
        ::kill(pid_t(m_serve->processId()), SIGTERM);
        QVERIFY(m_serve->waitForFinished(5000));
        m_serveOut += m_serve->readAllStandardOutput();
        QCOMPARE(m_serve->exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_serve->exitCode(), 0);
        QVERIFY2(m_serveOut.contains("Stopped on request."), m_serveOut.constData());
        QVERIFY(m_serveOut.contains("every socket is closed"));
        QCOMPARE(serverSockets(), foreign);

        // And by itself after --seconds, bound to one address only.
        QProcess second;
        QByteArray output;
        QVERIFY2(startServe(second, output, {"--seconds", "1", "--bind", "192.0.2.1"}), output.constData());
        QVERIFY(output.contains("on 192.0.2.1 for 1 s"));
        QVERIFY(serverSockets().contains(QStringLiteral("tcp 2001")));
        QVERIFY(second.waitForFinished(5000));
        output += second.readAllStandardOutput();
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(output.contains("Stopped after 1 s."), output.constData());
        QCOMPARE(serverSockets(), foreign);
    }
};

QTEST_GUILESS_MAIN(tst_ProbeNetns)
#include "tst_probenetns.moc"
