// The words of a check: status ids (the check --json contract), which statuses fail a check, and the advice, which
// must name the port, the protocol and the way to open it, and follow the UI's language with the shipped
// translations (translations/*.ts, embedded under :/i18n).
#include "Table.h"
#include "probe/ProbeJson.h"
#include "probe/ProbeResult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTest>
#include <QTranslator>

using namespace fw;

Q_DECLARE_METATYPE(fw::ProbeStatus)
Q_DECLARE_METATYPE(fw::ProbeEvidence)
Q_DECLARE_METATYPE(fw::ProbeKind)
Q_DECLARE_METATYPE(fw::Protocol)

namespace {

ProbeResult result(ProbeStatus status, ProbeEvidence evidence, ProbeKind kind, Protocol protocol = Protocol::Tcp)
{
    ProbeResult r;
    r.target = ProbeTarget {QStringLiteral("ts.example.com"), 19812, protocol, QStringLiteral("rule"), kind};
    r.status = status;
    r.evidence = evidence;
    r.address = QStringLiteral("192.0.2.7");
    r.millis = 2000;
    r.detail = QStringLiteral("system words");
    return r;
}

} // namespace

class tst_ProbeResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusIds()
    {
        const QList<QPair<ProbeStatus, QString>> ids = {
            {ProbeStatus::Open, "open"},
            {ProbeStatus::Refused, "refused"},
            {ProbeStatus::Filtered, "filtered"},
            {ProbeStatus::OpenOrFiltered, "open-or-filtered"},
            {ProbeStatus::Unreachable, "unreachable"},
            {ProbeStatus::DnsError, "dns-error"},
        };
        for (const auto &[status, id] : ids) {
            QCOMPARE(probeStatusId(status), id);
            QCOMPARE(probeStatusFromId(id), status);
            QVERIFY(!probeStatusLabel(status).isEmpty());
        }
        QCOMPARE(probeStatusFromId(QStringLiteral("closed")), ProbeStatus::Invalid);
        QVERIFY(probeStatusId(ProbeStatus::Invalid).isEmpty());
        // check --json's evidence for a port that accepted and was then closed or reset by its service.
        QCOMPARE(probeEvidenceId(ProbeEvidence::ConnectedClosed), QStringLiteral("connected-closed"));
    }

    void blocked()
    {
        QVERIFY(!probeBlocked(ProbeStatus::Open));
        // Silence from a foreign UDP service proves nothing either way: said in the advice, not failed.
        QVERIFY(!probeBlocked(ProbeStatus::OpenOrFiltered));
        for (ProbeStatus s :
            {ProbeStatus::Refused, ProbeStatus::Filtered, ProbeStatus::Unreachable, ProbeStatus::DnsError})
            QVERIFY(probeBlocked(s));
    }

    void advice_data()
    {
        QTest::addColumn<ProbeStatus>("status");
        QTest::addColumn<ProbeEvidence>("evidence");
        QTest::addColumn<ProbeKind>("kind");
        QTest::addColumn<Protocol>("protocol");
        QTest::addColumn<bool>("responder");
        QTest::addColumn<QStringList>("words");

        const ProbeKind server = ProbeKind::ServerPort;
        const ProbeKind out = ProbeKind::OutboundService;
        QTest::newRow("open responder") << ProbeStatus::Open << ProbeEvidence::Connected << server << Protocol::Tcp
                                        << true << QStringList {"TCP 19812", "test responder"};
        QTest::newRow("open foreign") << ProbeStatus::Open << ProbeEvidence::Connected << server << Protocol::Tcp
                                      << false << QStringList {"TCP 19812", "service listens"};
        QTest::newRow("open, then closed by the service")
            << ProbeStatus::Open << ProbeEvidence::ConnectedClosed << server << Protocol::Tcp << false
            << QStringList {"TCP 19812", "path is open", "closed the connection at once", "turns this machine away"};
        QTest::newRow("refused rst") << ProbeStatus::Refused << ProbeEvidence::TcpReset << server << Protocol::Tcp
                                     << false << QStringList {"TCP 19812", "inbound", "nothing listens", "serve"};
        QTest::newRow("refused prohibited")
            << ProbeStatus::Refused << ProbeEvidence::IcmpProhibited << server << Protocol::Tcp << false
            << QStringList {"TCP 19812", "inbound", "firewall on ts.example.com"};
        QTest::newRow("filtered") << ProbeStatus::Filtered << ProbeEvidence::Silence << server << Protocol::Tcp << false
                                  << QStringList {"TCP 19812", "inbound on the server", "network firewall", "2000 ms"};
        QTest::newRow("filtered udp responder")
            << ProbeStatus::Filtered << ProbeEvidence::Silence << server << Protocol::Udp << true
            << QStringList {"UDP 19812", "test responder", "inbound"};
        QTest::newRow("local firewall") << ProbeStatus::Filtered << ProbeEvidence::LocalFirewall << server
                                        << Protocol::Tcp << false
                                        << QStringList {"TCP 19812", "outbound on this machine"};
        QTest::newRow("open or filtered") << ProbeStatus::OpenOrFiltered << ProbeEvidence::Silence << server
                                          << Protocol::Udp << false << QStringList {"UDP 19812", "could not be proved"};
        QTest::newRow("unreachable") << ProbeStatus::Unreachable << ProbeEvidence::NoRoute << server << Protocol::Tcp
                                     << false << QStringList {"ts.example.com", "no route", "TCP 19812"};
        QTest::newRow("dns") << ProbeStatus::DnsError << ProbeEvidence::NameNotFound << server << Protocol::Tcp << false
                             << QStringList {"ts.example.com", "could not be resolved", "system words"};
        QTest::newRow("out open") << ProbeStatus::Open << ProbeEvidence::Connected << out << Protocol::Tcp << false
                                  << QStringList {"TCP 19812", "way out is open"};
        QTest::newRow("out open, then closed")
            << ProbeStatus::Open << ProbeEvidence::ConnectedClosed << out << Protocol::Tcp << false
            << QStringList {"TCP 19812", "way out is open", "closed the connection"};
        QTest::newRow("out filtered") << ProbeStatus::Filtered << ProbeEvidence::Silence << out << Protocol::Tcp
                                      << false << QStringList {"TCP 19812", "outbound to ts.example.com", "proxy"};
        QTest::newRow("out refused") << ProbeStatus::Refused << ProbeEvidence::TcpReset << out << Protocol::Tcp << false
                                     << QStringList {"TCP 19812", "outbound to ts.example.com"};
        QTest::newRow("out unreachable") << ProbeStatus::Unreachable << ProbeEvidence::IcmpUnreachable << out
                                         << Protocol::Tcp << false << QStringList {"internet connection", "TCP 19812"};
        QTest::newRow("out dns") << ProbeStatus::DnsError << ProbeEvidence::DnsTimeout << out << Protocol::Tcp << false
                                 << QStringList {"ts.example.com", "DNS server"};
    }

    void advice()
    {
        QFETCH(ProbeStatus, status);
        QFETCH(ProbeEvidence, evidence);
        QFETCH(ProbeKind, kind);
        QFETCH(Protocol, protocol);
        QFETCH(bool, responder);
        QFETCH(QStringList, words);
        ProbeResult r = result(status, evidence, kind, protocol);
        r.responder = responder;
        const QString text = probeAdvice(r);
        for (const QString &word : words)
            QVERIFY2(text.contains(word), qPrintable(QStringLiteral("'%1' not in: %2").arg(word, text)));
        QVERIFY(!text.contains(QLatin1Char('%')));
    }

    void endpointsLabel_data()
    {
        QTest::addColumn<QList<int>>("tcp");
        QTest::addColumn<QList<int>>("udp");
        QTest::addColumn<QString>("label");
        QTest::newRow("one") << QList<int> {19812} << QList<int> {} << "TCP 19812";
        QTest::newRow("range") << QList<int> {19814, 19812, 19813} << QList<int> {} << "TCP 19812-19814";
        QTest::newRow("gaps") << QList<int> {443, 80, 8080, 81} << QList<int> {} << "TCP 80-81, 443, 8080";
        QTest::newRow("both") << QList<int> {19813, 19812} << QList<int> {19813} << "TCP 19812-19813, UDP 19813";
        QTest::newRow("udp only") << QList<int> {} << QList<int> {53} << "UDP 53";
    }

    void endpointsLabel()
    {
        QFETCH(QList<int>, tcp);
        QFETCH(QList<int>, udp);
        QFETCH(QString, label);
        QList<ProbeTarget> targets;
        for (int port : udp)
            targets << ProbeTarget {QStringLiteral("h"), port, Protocol::Udp, QString(), ProbeKind::ServerPort};
        for (int port : tcp)
            targets << ProbeTarget {QStringLiteral("h"), port, Protocol::Tcp, QString(), ProbeKind::ServerPort};
        QCOMPARE(probeEndpointsLabel(targets), label);
    }

    // The advice of a group names all its ports where a single result names its own.
    void adviceForSeveralPorts()
    {
        const ProbeResult r = result(ProbeStatus::Refused, ProbeEvidence::TcpReset, ProbeKind::ServerPort);
        const QString text = probeAdvice(r, QStringLiteral("TCP 19812-19814"));
        QVERIFY2(text.contains(QStringLiteral("refused TCP 19812-19814")), qPrintable(text));
        QCOMPARE(probeAdvice(r, probeEndpointLabel(r.target)), probeAdvice(r));
        // Only what was seen, for the advice a catalog gives; a result this machine stopped keeps its whole advice.
        QCOMPARE(probeFinding(r, QStringLiteral("TCP 19812")),
            QStringLiteral("ts.example.com (192.0.2.7) is reachable but refused TCP 19812."));
        const ProbeResult local = result(ProbeStatus::Filtered, ProbeEvidence::LocalFirewall, ProbeKind::ServerPort);
        QCOMPARE(probeFinding(local, QStringLiteral("TCP 19812")), probeAdvice(local));
    }

    void adviceNamesTheRejectingRouter()
    {
        ProbeResult r = result(ProbeStatus::Refused, ProbeEvidence::IcmpProhibited, ProbeKind::ServerPort);
        r.evidenceFrom = QStringLiteral("198.51.100.1");
        QVERIFY(probeAdvice(r).contains(QStringLiteral("firewall at 198.51.100.1")));
        // To an outside service: the router that rejects it, else the host itself.
        r.target.kind = ProbeKind::OutboundService;
        QVERIFY(probeAdvice(r).contains(QStringLiteral("firewall at 198.51.100.1 rejects TCP 19812 out to")));
        r.evidenceFrom.clear();
        QVERIFY(probeAdvice(r).contains(QStringLiteral("firewall at 192.0.2.7 rejects TCP 19812 out to")));
    }

    void adviceFollowsTheLanguage_data()
    {
        fw::test::addTextTable({"language", "inbound", "filtered"},
            {
                {"de", {"de", "eingehend", "gefiltert"}},
                {"es", {"es", "entrante", "filtrado"}},
            });
    }

    void adviceFollowsTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, inbound);
        QFETCH(QString, filtered);
        const ProbeResult r = result(ProbeStatus::Filtered, ProbeEvidence::Silence, ProbeKind::ServerPort);
        const QString english = probeAdvice(r);
        QTranslator translator;
        // The shipped translation, as the program loads it.
        QVERIFY(translator.load(QStringLiteral(":/i18n/firewallwizard_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
        const QString text = probeAdvice(r);
        const QString label = probeStatusLabel(ProbeStatus::Filtered);
        const QJsonObject json = probeResultToJson(r);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(text != english, qPrintable(text));
        QVERIFY2(text.contains(inbound), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("TCP 19812")));
        QVERIFY(text.contains(QStringLiteral("2000 ms")));
        QCOMPARE(label, filtered);
        QCOMPARE(json.value(QStringLiteral("advice")).toString(), text);
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("filtered")); // ids never translated
    }

    void json()
    {
        ProbeResult r = result(ProbeStatus::Open, ProbeEvidence::Reply, ProbeKind::ServerPort, Protocol::Udp);
        r.responder = true;
        const QJsonObject o = probeResultToJson(r);
        QCOMPARE(o.value("host").toString(), QStringLiteral("ts.example.com"));
        QCOMPARE(o.value("port").toInt(), 19812);
        QCOMPARE(o.value("protocol").toString(), QStringLiteral("udp"));
        QCOMPARE(o.value("status").toString(), QStringLiteral("open"));
        QCOMPARE(o.value("responder").toBool(), true);
        QCOMPARE(o.value("millis").toInt(), 2000);
        QVERIFY(!o.value("advice").toString().isEmpty());
        QCOMPARE(o.value("evidence").toString(), QStringLiteral("reply"));
        QCOMPARE(o.value("kind").toString(), QStringLiteral("server-port"));
        QCOMPARE(o.value("address").toString(), QStringLiteral("192.0.2.7"));
    }
};

QTEST_GUILESS_MAIN(tst_ProbeResult)
#include "tst_proberesult.moc"
