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
            QVERIFY2(m_lab.host(i).startListener(kPlanPorts + kOtherPorts, &error), qPrintable(error));
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

    void cleanupTestCase() { m_lab.tearDown(); }
};

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
