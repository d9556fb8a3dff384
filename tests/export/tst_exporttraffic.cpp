// The nftables and iptables exports, loaded into a server namespace whose input is dropped by default, open exactly
// the plan's inbound ports: a client namespace, joined by a veth pair, probes them and some neighbours (TCP connect,
// UDP echo) and must reach the plan's ports and nothing else.
#include "ExportTestSupport.h"
#include "SkipOrFail.h"

#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace fw;

namespace {

const char *const kServerScript = R"(
import select, socket, sys
socks = []
for spec in sys.argv[1:]:
    proto, port = spec.split('/')
    if proto == 'tcp':
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(('0.0.0.0', int(port)))
        s.listen(16)
    else:
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.bind(('0.0.0.0', int(port)))
    socks.append((proto, s))
print('ready', flush=True)
while True:
    ready, _, _ = select.select([s for _, s in socks], [], [], 60)
    if not ready:
        break
    for proto, s in socks:
        if s in ready:
            if proto == 'tcp':
                c, _ = s.accept()
                c.close()
            else:
                data, peer = s.recvfrom(512)
                s.sendto(data, peer)
)";

const char *const kClientScript = R"(
import socket, sys
host = sys.argv[1]
for spec in sys.argv[2:]:
    proto, port = spec.split('/')
    result = 'filtered'
    if proto == 'tcp':
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.settimeout(0.7)
        try:
            s.connect((host, int(port)))
            result = 'open'
        except ConnectionRefusedError:
            result = 'refused'
        except OSError:
            result = 'filtered'
    else:
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.settimeout(0.7)
        try:
            s.sendto(b'fwwizard', (host, int(port)))
            if s.recvfrom(512)[0] == b'fwwizard':
                result = 'open'
        except ConnectionRefusedError:
            result = 'refused'
        except OSError:
            result = 'filtered'
    s.close()
    print(spec, result, flush=True)
)";

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
        QTest::addColumn<QStringList>("expectedOpen");   // from the sources, not from the program
        QTest::addColumn<QStringList>("neighbours");     // must stay closed
        const Selection ts365{"timesensor-legal", "", "server", "365", {"email"}, {}};
        const QStringList ts365Open{"tcp/19812", "tcp/19813", "tcp/19814", "udp/19813"};
        const QStringList ts365Closed{"tcp/19811", "tcp/19815", "tcp/22", "tcp/443", "udp/19812", "udp/19814"};
        QTest::newRow("nftables timeSensor 365 server") << "nftables" << ts365 << QString() << ts365Open << ts365Closed;
        QTest::newRow("iptables timeSensor 365 server") << "iptables" << ts365 << QString() << ts365Open << ts365Closed;
        const Selection palisade{"palisade", "7", "server", "", {}, {{"vendor-port", "27001"}}};
        const QStringList palisadeOpen{"tcp/27000", "tcp/27001"};
        const QStringList palisadeClosed{"tcp/27002", "tcp/27009", "udp/27000"};
        QTest::newRow("nftables Palisade server, pinned vendor port") << "nftables" << palisade << QString() << palisadeOpen << palisadeClosed;
        QTest::newRow("iptables Palisade server, pinned vendor port") << "iptables" << palisade << QString() << palisadeOpen << palisadeClosed;
        const Selection classic{"timesensor-legal", "", "server", "classic", {}, {}};
        QTest::newRow("nftables Classic server, client in the LAN")
            << "nftables" << classic << "10.199.0.0/24" << QStringList{"tcp/19812", "tcp/19813", "tcp/19814"} << QStringList{"tcp/19815"};
        QTest::newRow("nftables Classic server, client outside the LAN")
            << "nftables" << classic << "10.55.0.0/24" << QStringList{} << QStringList{"tcp/19812", "tcp/19813", "tcp/19814"};
        QTest::newRow("iptables Classic server, client outside the LAN")
            << "iptables" << classic << "10.55.0.0/24" << QStringList{} << QStringList{"tcp/19812", "tcp/19813", "tcp/19814"};
    }

    void traffic()
    {
        QFETCH(QString, format);
        QFETCH(Selection, selection);
        QFETCH(QString, lan);
        QFETCH(QStringList, expectedOpen);
        QFETCH(QStringList, neighbours);
        if (geteuid() != 0)
            FW_SKIP_OR_FAIL("network namespaces need root (CI runs the tests as root)");
        const Plan plan = fwtest::planFor(selection);
        if (lan.isEmpty())
            QCOMPARE(inboundPorts(plan), expectedOpen);  // the plan itself matches the sources

        ExportContext context = fwtest::fixedContext();
        if (format == QLatin1String("nftables"))
            context.settings.insert(QStringLiteral("input-policy"), QStringLiteral("drop"));
        if (!lan.isEmpty())
            context.settings.insert(QStringLiteral("lan"), lan);
        const ExportResult result = exporterFor(format)->render(plan, context);
        QVERIFY(result.ok());

        fwtest::NetNs server(QStringLiteral("s"));
        fwtest::NetNs client(QStringLiteral("c"));
        QVERIFY(server.ok() && client.ok());
        const QString vs = QStringLiteral("fwxvs%1").arg(QCoreApplication::applicationPid() % 100000);
        const QString vc = QStringLiteral("fwxvc%1").arg(QCoreApplication::applicationPid() % 100000);
        fwtest::run(QStringLiteral("ip"), {"link", "del", vs});
        QCOMPARE(fwtest::run(QStringLiteral("ip"), {"link", "add", vs, "netns", server.name(), "type", "veth", "peer", "name", vc,
                                                     "netns", client.name()}),
                 0);
        QCOMPARE(server.exec("ip", {"addr", "add", "10.199.0.1/24", "dev", vs}), 0);
        QCOMPARE(client.exec("ip", {"addr", "add", "10.199.0.2/24", "dev", vc}), 0);
        for (const auto *ns : {&server, &client}) {
            QCOMPARE(ns->exec("ip", {"link", "set", "lo", "up"}), 0);
        }
        QCOMPARE(server.exec("ip", {"link", "set", vs, "up"}), 0);
        QCOMPARE(client.exec("ip", {"link", "set", vc, "up"}), 0);

        QByteArray out;
        if (format == QLatin1String("nftables")) {
            QVERIFY2(server.exec("nft", {"-f", "-"}, &out, result.data) == 0, out.constData());
        } else {
            // The server's own default-drop policy; the export adds its chains and jumps on top.
            QCOMPARE(server.exec("iptables", {"-A", "INPUT", "-m", "conntrack", "--ctstate", "ESTABLISHED,RELATED", "-j", "ACCEPT"}), 0);
            QCOMPARE(server.exec("iptables", {"-A", "INPUT", "-i", "lo", "-j", "ACCEPT"}), 0);
            QCOMPARE(server.exec("iptables", {"-P", "INPUT", "DROP"}), 0);
            QVERIFY2(server.exec("iptables-restore", {"--noflush"}, &out, result.data) == 0, out.constData());
        }

        const QStringList probes = expectedOpen + neighbours;
        QProcess listener;
        listener.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        listener.start("ip", QStringList{"netns", "exec", server.name(), "/usr/bin/python3", "-c", kServerScript} + probes);
        QVERIFY(listener.waitForStarted(10000));
        QVERIFY(listener.waitForReadyRead(20000));
        QCOMPARE(listener.readLine().trimmed(), QByteArray("ready"));

        QByteArray report;
        const int rc = client.exec("/usr/bin/python3", QStringList{"-c", kClientScript, "10.199.0.1"} + probes, &report, {}, 60000);
        listener.kill();
        listener.waitForFinished(5000);
        QVERIFY2(rc == 0, report.constData());
        for (const QString &p : expectedOpen)
            QVERIFY2(report.contains((p + QStringLiteral(" open\n")).toUtf8()), qPrintable(p + QStringLiteral(" should be open:\n") + report));
        for (const QString &p : neighbours)
            QVERIFY2(report.contains((p + QStringLiteral(" filtered\n")).toUtf8()),
                     qPrintable(p + QStringLiteral(" should be dropped:\n") + report));
    }
};

QTEST_GUILESS_MAIN(tst_ExportTraffic)
#include "tst_exporttraffic.moc"
