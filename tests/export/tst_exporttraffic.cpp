// The nftables and iptables exports, loaded into a server namespace whose input is dropped by default, open exactly
// the plan's inbound ports: a client namespace, joined by a veth pair, probes them and some neighbours (TCP connect,
// UDP echo) and must reach the plan's ports and nothing else.
#include "ExportTestSupport.h"
#include "Listener.h"
#include "NetnsPair.h"
#include "SkipOrFail.h"

#include <QTest>

using namespace fw;

namespace {

/// The inbound ports of a plan, as "tcp/19812" items.
QStringList inboundPorts(const Plan &plan)
{
    QStringList ports;
    for (const PlanRule &rule : plan.rules) {
        if (rule.direction != Direction::In || rule.ports.isEmpty())
            continue;
        for (const PortRange &range : rule.ports) {
            for (int p = range.from; p <= range.to; ++p)
                ports << QStringLiteral("%1/%2").arg(protocolId(rule.protocol)).arg(p);
        }
    }
    ports.removeDuplicates();
    ports.sort();
    return ports;
}

} // namespace

class tst_ExportTraffic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void traffic_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<Selection>("selection");
        QTest::addColumn<QString>("lan");
        QTest::addColumn<QStringList>("expectedOpen"); // from the sources, not from the program
        QTest::addColumn<QStringList>("neighbours");   // must stay closed
        const Selection ts365 {"timesensor-legal", "", "server", "365", {"email"}, {}};
        const QStringList ts365Open {"tcp/19812", "tcp/19813", "tcp/19814", "udp/19813"};
        const QStringList ts365Closed {"tcp/19811", "tcp/19815", "tcp/22", "tcp/443", "udp/19812", "udp/19814"};
        QTest::newRow("nftables timeSensor 365 server") << "nftables" << ts365 << QString() << ts365Open << ts365Closed;
        QTest::newRow("iptables timeSensor 365 server") << "iptables" << ts365 << QString() << ts365Open << ts365Closed;
        const Selection palisade {"palisade", "7", "server", "", {}, {{"vendor-port", "27001"}}};
        const QStringList palisadeOpen {"tcp/27000", "tcp/27001"};
        const QStringList palisadeClosed {"tcp/27002", "tcp/27009", "udp/27000"};
        QTest::newRow("nftables Palisade server, pinned vendor port")
            << "nftables" << palisade << QString() << palisadeOpen << palisadeClosed;
        QTest::newRow("iptables Palisade server, pinned vendor port")
            << "iptables" << palisade << QString() << palisadeOpen << palisadeClosed;
        const Selection classic {"timesensor-legal", "", "server", "classic", {}, {}};
        QTest::newRow("nftables Classic server, client in the LAN")
            << "nftables" << classic << "10.199.0.0/24" << QStringList {"tcp/19812", "tcp/19813", "tcp/19814"}
            << QStringList {"tcp/19815"};
        QTest::newRow("nftables Classic server, client outside the LAN")
            << "nftables" << classic << "10.55.0.0/24" << QStringList {}
            << QStringList {"tcp/19812", "tcp/19813", "tcp/19814"};
        QTest::newRow("iptables Classic server, client outside the LAN")
            << "iptables" << classic << "10.55.0.0/24" << QStringList {}
            << QStringList {"tcp/19812", "tcp/19813", "tcp/19814"};
    }

    void traffic()
    {
        QFETCH(QString, format);
        QFETCH(Selection, selection);
        QFETCH(QString, lan);
        QFETCH(QStringList, expectedOpen);
        QFETCH(QStringList, neighbours);
        const QString unavailable
            = fw::test::Netns::unavailableReason({"nft", "iptables", "iptables-restore", "python3"});
        if (!unavailable.isEmpty())
            FW_SKIP_OR_FAIL(qPrintable(unavailable));
        const Plan plan = fwtest::planFor(selection);
        if (lan.isEmpty())
            QCOMPARE(inboundPorts(plan), expectedOpen); // the plan itself matches the sources

        ExportContext context = fwtest::fixedContext();
        if (format == QLatin1String("nftables"))
            context.settings.insert(QStringLiteral("input-policy"), QStringLiteral("drop"));
        if (!lan.isEmpty())
            context.settings.insert(QStringLiteral("lan"), lan);
        const ExportResult result = exporterFor(format)->render(plan, context);
        QVERIFY(result.ok());

        fw::test::NetnsPair lab(QStringLiteral("fwx"), QStringLiteral("t"),
            {QStringLiteral("10.199.0.1"), QStringLiteral("10.199.0.2"), {}, {}});
        QString error;
        QVERIFY2(lab.setUp(&error), qPrintable(error));
        const fw::test::Netns &server = lab.server();

        QByteArray out;
        if (format == QLatin1String("nftables")) {
            QVERIFY2(server.run({"nft", "-f", "-"}, &out, result.data) == 0, out.constData());
        } else {
            // The server's own default-drop policy; the export adds its chains and jumps on top.
            QCOMPARE(server.run({"iptables", "-A", "INPUT", "-m", "conntrack", "--ctstate", "ESTABLISHED,RELATED", "-j",
                                    "ACCEPT"},
                         nullptr),
                0);
            QCOMPARE(server.run({"iptables", "-A", "INPUT", "-i", "lo", "-j", "ACCEPT"}, nullptr), 0);
            QCOMPARE(server.run({"iptables", "-P", "INPUT", "DROP"}, nullptr), 0);
            QVERIFY2(server.run({"iptables-restore", "--noflush"}, &out, result.data) == 0, out.constData());
        }

        const QStringList probes = expectedOpen + neighbours;
        fw::test::Listener listener;
        QVERIFY2(listener.start(server, probes, &error), qPrintable(error));
        const QMap<QString, QString> report = fw::test::probePorts(lab.client(), lab.addresses().server, probes, 700);
        for (const QString &p : expectedOpen)
            QVERIFY2(report.value(p) == QLatin1String("open"),
                qPrintable(p + QStringLiteral(" should be open, is ") + report.value(p)));
        for (const QString &p : neighbours)
            QVERIFY2(report.value(p) == QLatin1String("filtered"),
                qPrintable(p + QStringLiteral(" should be dropped, is ") + report.value(p)));
    }
};

QTEST_GUILESS_MAIN(tst_ExportTraffic)
#include "tst_exporttraffic.moc"
