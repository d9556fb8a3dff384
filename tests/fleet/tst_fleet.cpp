// The Ansible export run for real: three Linux hosts in network namespaces of their own (firewalld on its own
// D-Bus, ufw, plain nftables with a dropping input chain), each with Debian's sshd, and ansible-playbook run over
// ssh from a control namespace. Real connections prove which ports each host opens; the PLAY RECAP proves that a
// second run changes nothing; snapshots of each firewall prove that -e fw_wizard_undo=true leaves it as it was.
#include "FleetLab.h"
#include "SkipOrFail.h"

#include <QtTest>

namespace {

/// The plan: Palisade 8's license server with its vendor daemon pinned, i.e. TCP 27000 and 28000 inbound.
const QStringList kSelection {
    "--product", "palisade", "--role", "server", "--version", "8", "--set", "vendor-port=28000"};
const QStringList kPlanPorts {"tcp/27000", "tcp/28000"};
/// Ports next to the plan's and an unrelated one: they must stay closed.
const QStringList kOtherPorts {"tcp/27001", "tcp/28001", "tcp/8080"};

/// The LAN plan: timeSensor LEGAL Classic's server, which accepts TCP 19812-19814 from the LAN, exported with a LAN
/// that holds none of the lab's clients (each host's client namespace is 10.231.0.2).
const QStringList kLanSelection {"--product", "timesensor-legal", "--role", "server", "--deployment", "classic"};
const QString kExportedLan = QStringLiteral("198.51.100.0/24,2001:db8:5::/64");
const QStringList kLanPorts {"tcp/19812", "tcp/19814"};
const QStringList kLanOtherPorts {"tcp/19815"};

/// The server plan: tests/fleet/data/fleet-lab.json's client, which accepts TCP 19001 from its server (the value
/// server) and TCP 19003 from anyone, exported with a server that is none of the lab's clients.
const QStringList kServerSelection {"--product", "fleet-lab", "--role", "client", "--set", "server=198.51.100.7"};
const QStringList kCallbackPort {"tcp/19001"};
const QStringList kStatusPort {"tcp/19003"};

QString recapText(const QByteArray &output)
{
    const int at = output.lastIndexOf("PLAY RECAP");
    return QString::fromUtf8(at < 0 ? output.right(3000) : output.mid(at));
}

} // namespace

class TestFleet : public QObject
{
    Q_OBJECT

private:
    FleetLab m_lab;
    QTemporaryDir m_dir;
    QString m_playbook;
    QString m_inventory;
    QStringList m_before;
    QByteArray m_firstRun;
    int m_firstExit = -1;

    /// Whether the run's recap lists every lab host, with nothing failed or unreachable; @p changed: what each
    /// host's changed count must be (-1: more than 0).
    bool recapOk(const QByteArray &output, int changed, QString *why) const
    {
        const QMap<QString, QMap<QString, int>> recap = FleetLab::recap(output);
        for (int i = 0; i < m_lab.hostCount(); ++i) {
            const QMap<QString, int> c = recap.value(FleetLab::hostName(i));
            const bool ok = !c.isEmpty() && c.value("failed") == 0 && c.value("unreachable") == 0
                && (changed < 0 ? c.value("changed") > 0 : c.value("changed") == changed);
            if (!ok) {
                *why = QStringLiteral("%1: %2").arg(FleetLab::hostName(i), recapText(output));
                return false;
            }
        }
        return true;
    }

    /// The plan's ports and the others, as each host's own client namespace sees them.
    QStringList openPorts(int i) { return m_lab.host(i).openOf(kPlanPorts + kOtherPorts); }

    /// Runs the first playbook's undo, so that each firewall is as it was before any playbook, and checks that it is.
    void restore()
    {
        QByteArray out;
        QVERIFY2(m_lab.playbook(m_inventory, m_playbook, {"-e", "fw_wizard_undo=true"}, &out) == 0,
            qPrintable(recapText(out)));
        for (int i = 0; i < m_lab.hostCount(); ++i)
            QCOMPARE(m_lab.snapshot(i), m_before.at(i));
    }

    /// Exports the LAN plan with kExportedLan; returns the playbook's path (empty on failure).
    QString lanPlaybook()
    {
        const QString file = m_dir.filePath(QStringLiteral("lan.yml"));
        QByteArray out;
        const int exit = ApplyLab::run(QStringList {qEnvironmentVariable("FW_BINARY"), "export"} + kLanSelection
                + QStringList {"--lan", kExportedLan, "--format", "ansible", "-o", file},
            &out);
        if (exit != 0)
            qWarning("%s", out.constData());
        return exit == 0 ? file : QString();
    }

private slots:
    void initTestCase()
    {
        const QString reason = FleetLab::unavailableReason();
        if (!reason.isEmpty())
            FW_SKIP_OR_FAIL(qPrintable(reason));
        ApplyLab::removeStale();
        QString error;
        QVERIFY2(
            m_lab.setUp({FleetLab::Firewall::Firewalld, FleetLab::Firewall::Ufw, FleetLab::Firewall::Nftables}, &error),
            qPrintable(error));
        for (int i = 0; i < m_lab.hostCount(); ++i) {
            QVERIFY2(m_lab.host(i).startListener(
                         kPlanPorts + kOtherPorts + kLanPorts + kLanOtherPorts + kCallbackPort + kStatusPort, &error),
                qPrintable(error));
            // Each firewall starts closed: none of the ports is open before the playbook.
            QCOMPARE(openPorts(i), QStringList());
            m_before << m_lab.snapshot(i);
        }
        m_playbook = m_dir.filePath(QStringLiteral("firewall.yml"));
        QByteArray out;
        QCOMPARE(ApplyLab::run(QStringList {qEnvironmentVariable("FW_BINARY"), "export"} + kSelection
                         + QStringList {"--format", "ansible", "-o", m_playbook},
                     &out),
            0);
        m_inventory = m_lab.writeInventory();
        m_firstExit = m_lab.playbook(m_inventory, m_playbook, {}, &m_firstRun);
    }

    /// The first run changes every host, and each host then accepts connections on every port of the plan.
    void open()
    {
        QString why;
        QVERIFY2(m_firstExit == 0, qPrintable(recapText(m_firstRun)));
        QVERIFY2(recapOk(m_firstRun, -1, &why), qPrintable(why));
        for (int i = 0; i < m_lab.hostCount(); ++i) {
            const QStringList open = openPorts(i);
            for (const QString &p : kPlanPorts)
                QVERIFY2(open.contains(p), qPrintable(FleetLab::hostName(i) + QStringLiteral(": ") + p));
        }
    }

    /// ... and on no other port.
    void closed()
    {
        for (int i = 0; i < m_lab.hostCount(); ++i) {
            const QStringList open = openPorts(i);
            for (const QString &p : kOtherPorts)
                QVERIFY2(!open.contains(p), qPrintable(FleetLab::hostName(i) + QStringLiteral(": ") + p));
        }
    }

    /// A second run changes nothing on any host.
    void idempotent()
    {
        QByteArray out;
        QCOMPARE(m_lab.playbook(m_inventory, m_playbook, {}, &out), 0);
        QString why;
        QVERIFY2(recapOk(out, 0, &why), qPrintable(why));
    }

    /// -e fw_wizard_undo=true leaves every firewall exactly as it was before, and undoing again changes nothing.
    void undo()
    {
        QByteArray out;
        QVERIFY2(m_lab.playbook(m_inventory, m_playbook, {"-e", "fw_wizard_undo=true"}, &out) == 0,
            qPrintable(recapText(out)));
        QString why;
        QVERIFY2(recapOk(out, -1, &why), qPrintable(why));
        for (int i = 0; i < m_lab.hostCount(); ++i) {
            QCOMPARE(m_lab.snapshot(i), m_before.at(i));
            QCOMPARE(openPorts(i), QStringList());
        }
        QVERIFY2(m_lab.playbook(m_inventory, m_playbook, {"-e", "fw_wizard_undo=true"}, &out) == 0,
            qPrintable(recapText(out)));
        QVERIFY2(recapOk(out, 0, &why), qPrintable(why));
    }

    /// A host that nothing answers for is UNREACHABLE; the others still get their rules.
    void unreachable()
    {
        const QString inventory
            = m_lab.writeInventory({}, {QStringLiteral("gone ansible_host=%1").arg(FleetLab::deadAddress())});
        QByteArray out;
        QVERIFY(m_lab.playbook(inventory, m_playbook, {}, &out) != 0);
        QVERIFY2(out.contains("UNREACHABLE!"), qPrintable(recapText(out)));
        QCOMPARE(FleetLab::recap(out).value(QStringLiteral("gone")).value("unreachable"), 1);
        QString why;
        QVERIFY2(recapOk(out, -1, &why), qPrintable(why));
        for (int i = 0; i < m_lab.hostCount(); ++i)
            QCOMPARE(openPorts(i), kPlanPorts);
    }

    /// The LAN rules follow the inventory's fwwizard_lan, not the exported --lan: a group variable (the clients'
    /// subnet) beats the play's default, a host variable beats the group's. With the group's LAN the firewalld and
    /// nftables hosts accept their client on the LAN ports (and only there); the ufw host, given an IPv4 address
    /// and an IPv6 range that are not its client's, refuses it, and its ufw shows them. A second run changes nothing,
    /// and undo with the same inventory leaves every firewall as it was.
    void lanFromInventory()
    {
        restore();
        const QString playbook = lanPlaybook();
        QVERIFY(!playbook.isEmpty());
        const int ufwHost = 1;
        QCOMPARE(m_lab.firewall(ufwHost), FleetLab::Firewall::Ufw);
        const QString inventory = m_lab.writeInventory({}, {"", "[linux:vars]", "fwwizard_lan=10.231.0.0/24"},
            {{ufwHost, QStringLiteral("fwwizard_lan=203.0.113.9,2001:db8:9::/64")}});
        QByteArray out;
        QVERIFY2(m_lab.playbook(inventory, playbook, {}, &out) == 0, qPrintable(recapText(out)));
        QString why;
        QVERIFY2(recapOk(out, -1, &why), qPrintable(why));
        for (int i = 0; i < m_lab.hostCount(); ++i) {
            const QStringList open = m_lab.host(i).openOf(kLanPorts + kLanOtherPorts);
            QCOMPARE(open, i == ufwHost ? QStringList() : kLanPorts);
            // The exported LAN is nowhere: every host took the inventory's.
            QVERIFY2(!m_lab.snapshot(i).contains(QStringLiteral("198.51.100.")), qPrintable(m_lab.snapshot(i)));
        }
        const QString ufw = m_lab.snapshot(ufwHost);
        QVERIFY2(ufw.contains(QStringLiteral("203.0.113.9")) && ufw.contains(QStringLiteral("2001:db8:9::/64")),
            qPrintable(ufw));

        QVERIFY2(m_lab.playbook(inventory, playbook, {}, &out) == 0, qPrintable(recapText(out)));
        QVERIFY2(recapOk(out, 0, &why), qPrintable(why));

        QVERIFY2(
            m_lab.playbook(inventory, playbook, {"-e", "fw_wizard_undo=true"}, &out) == 0, qPrintable(recapText(out)));
        QVERIFY2(recapOk(out, -1, &why), qPrintable(why));
        for (int i = 0; i < m_lab.hostCount(); ++i)
            QCOMPARE(m_lab.snapshot(i), m_before.at(i));
    }

    /// A fwwizard_lan that is not an address or CIDR range stops every host before anything changes, naming the
    /// variable and the bad entry.
    void badLanFromInventory()
    {
        restore();
        const QString playbook = lanPlaybook();
        QVERIFY(!playbook.isEmpty());
        const QString inventory
            = m_lab.writeInventory({}, {"", "[linux:vars]", "fwwizard_lan=10.231.0.0/24,10.0.0.300/24"});
        QByteArray out;
        QVERIFY(m_lab.playbook(inventory, playbook, {}, &out) != 0);
        QVERIFY2(out.contains("fwwizard_lan: \\\"10.0.0.300/24\\\" is not an IPv4 or IPv6 address or CIDR range"),
            qPrintable(recapText(out)));
        const QMap<QString, QMap<QString, int>> recap = FleetLab::recap(out);
        for (int i = 0; i < m_lab.hostCount(); ++i) {
            QCOMPARE(recap.value(FleetLab::hostName(i)).value("failed"), 1);
            QCOMPARE(recap.value(FleetLab::hostName(i)).value("changed"), 0);
            QCOMPARE(m_lab.snapshot(i), m_before.at(i));
        }
    }

    /// The rules naming the server follow the inventory's fwwizard_server, not the exported --set server=: the
    /// firewalld and nftables hosts, given their client's address, accept it on the callback port; the ufw host keeps
    /// the exported server and refuses it; the port open to anyone is open everywhere. A host whose value is no
    /// address or name stops before it changes anything, naming the variable and the value, and the others go on;
    /// run again with a good value, only that host changes. Undo leaves every firewall as it was.
    void serverFromInventory()
    {
        restore();
        const QString catalog = m_dir.filePath(QStringLiteral("catalog"));
        QVERIFY(QDir().mkpath(catalog));
        QFile::remove(catalog + QStringLiteral("/fleet-lab.json"));
        QVERIFY(QFile::copy(qEnvironmentVariable("FW_SOURCE_DIR") + QStringLiteral("/tests/fleet/data/fleet-lab.json"),
            catalog + QStringLiteral("/fleet-lab.json")));
        const QString playbook = m_dir.filePath(QStringLiteral("server.yml"));
        QByteArray out;
        QCOMPARE(ApplyLab::run(QStringList {qEnvironmentVariable("FW_BINARY"), "--catalog", catalog, "export"}
                         + kServerSelection + QStringList {"--format", "ansible", "-o", playbook},
                     &out),
            0);
        const int firewalld = 0;
        const int ufw = 1;
        const int nftables = 2;
        QCOMPARE(m_lab.firewall(firewalld), FleetLab::Firewall::Firewalld);
        QCOMPARE(m_lab.firewall(nftables), FleetLab::Firewall::Nftables);
        const QString client = QStringLiteral("fwwizard_server=10.231.0.2");
        const QString bad = m_lab.writeInventory(
            {}, {}, {{firewalld, QStringLiteral("fwwizard_server=\"10.231.0.2 x\"")}, {nftables, client}});
        QVERIFY(m_lab.playbook(bad, playbook, {}, &out) != 0);
        QVERIFY2(out.contains("fwwizard_server: \\\"10.231.0.2 x\\\" is not an IPv4 or IPv6 address or a host name"),
            qPrintable(recapText(out)));
        QMap<QString, QMap<QString, int>> recap = FleetLab::recap(out);
        QCOMPARE(recap.value(FleetLab::hostName(firewalld)).value("failed"), 1);
        QCOMPARE(recap.value(FleetLab::hostName(firewalld)).value("changed"), 0);
        QCOMPARE(m_lab.snapshot(firewalld), m_before.at(firewalld));
        for (const int i : {ufw, nftables}) {
            QCOMPARE(recap.value(FleetLab::hostName(i)).value("failed"), 0);
            QVERIFY(recap.value(FleetLab::hostName(i)).value("changed") > 0);
        }
        const QStringList probed = kCallbackPort + kStatusPort;
        QCOMPARE(m_lab.host(ufw).openOf(probed), kStatusPort);
        QCOMPARE(m_lab.host(nftables).openOf(probed), probed);
        QVERIFY2(m_lab.snapshot(ufw).contains(QStringLiteral("198.51.100.7")), qPrintable(m_lab.snapshot(ufw)));
        QVERIFY2(
            !m_lab.snapshot(nftables).contains(QStringLiteral("198.51.100.7")), qPrintable(m_lab.snapshot(nftables)));

        // The value put right: only the firewalld host changes, and it accepts its client too.
        const QString good = m_lab.writeInventory({}, {}, {{firewalld, client}, {nftables, client}});
        QVERIFY2(m_lab.playbook(good, playbook, {}, &out) == 0, qPrintable(recapText(out)));
        recap = FleetLab::recap(out);
        QVERIFY2(recap.value(FleetLab::hostName(firewalld)).value("changed") > 0, qPrintable(recapText(out)));
        for (const int i : {ufw, nftables})
            QVERIFY2(recap.value(FleetLab::hostName(i)).value("changed") == 0, qPrintable(recapText(out)));
        QCOMPARE(m_lab.host(firewalld).openOf(probed), probed);
        const QString rich = m_lab.snapshot(firewalld);
        QVERIFY2(rich.contains(
                     QStringLiteral("source address=\"10.231.0.2\" service name=\"fwwizard-fleet-lab-client-server\"")),
            qPrintable(rich));

        QVERIFY2(m_lab.playbook(good, playbook, {"-e", "fw_wizard_undo=true"}, &out) == 0, qPrintable(recapText(out)));
        for (int i = 0; i < m_lab.hostCount(); ++i)
            QCOMPARE(m_lab.snapshot(i), m_before.at(i));
    }

    /// Undo removes only what the playbook added: a port of the plan that the admin opened by hand on the firewalld
    /// host before the run stays open after run and undo, by traffic and in firewall-cmd --list-ports, while the
    /// playbook's service and the rest of the plan's ports are gone.
    void undoKeepsHandOpenedPort()
    {
        restore();
        const int firewalld = 0;
        QCOMPARE(m_lab.firewall(firewalld), FleetLab::Firewall::Firewalld);
        ApplyLab &host = m_lab.host(firewalld);
        const QString port = QStringLiteral("--add-port=27000/tcp");
        QByteArray out;
        QCOMPARE(host.inServer({"env", "LC_ALL=C", "firewall-cmd", port}, &out), 0);
        QCOMPARE(host.inServer({"env", "LC_ALL=C", "firewall-cmd", "--permanent", port}, &out), 0);
        const QString before = m_lab.snapshot(firewalld);
        QCOMPARE(host.openOf(kPlanPorts), QStringList {"tcp/27000"});
        const QString inventory = m_lab.writeInventory({firewalld});
        QVERIFY2(m_lab.playbook(inventory, m_playbook, {}, &out) == 0, qPrintable(recapText(out)));
        QCOMPARE(host.openOf(kPlanPorts + kOtherPorts), kPlanPorts);
        QVERIFY2(m_lab.playbook(inventory, m_playbook, {"-e", "fw_wizard_undo=true"}, &out) == 0,
            qPrintable(recapText(out)));
        QCOMPARE(host.openOf(kPlanPorts + kOtherPorts), QStringList {"tcp/27000"});
        for (const QStringList &flags : {QStringList(), QStringList {"--permanent"}}) {
            QCOMPARE(host.inServer(
                         QStringList {"env", "LC_ALL=C", "firewall-cmd"} + flags + QStringList {"--list-ports"}, &out),
                0);
            QCOMPARE(out.trimmed(), QByteArray("27000/tcp"));
        }
        QCOMPARE(m_lab.snapshot(firewalld), before);
        QCOMPARE(host.inServer({"test", "-e", "/etc/firewalld/services/fwwizard-palisade-server.xml"}), 1);

        const QString close = QStringLiteral("--remove-port=27000/tcp");
        QCOMPARE(host.inServer({"env", "LC_ALL=C", "firewall-cmd", close}, &out), 0);
        QCOMPARE(host.inServer({"env", "LC_ALL=C", "firewall-cmd", "--permanent", close}, &out), 0);
        QCOMPARE(m_lab.snapshot(firewalld), m_before.at(firewalld));
    }

    void cleanupTestCase() { m_lab.tearDown(); }
};

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
