// The exported Ansible playbook run across a fleet: the wall time of one ansible-playbook run against 1, 3 and 10
// plain nftables hosts of the fleet lab (tests/fleet/FleetLab.h: network namespaces with their own sshd), and the
// ratios to the one-host run. Each timed run applies the playbook to hosts that do not have its rules yet (an undo
// run, not timed, resets them). Run as root, on demand: ./build/tests/benchmarks/fleet/bench_fleet [ROUNDS]
#include "FleetLab.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    // The program that exports the playbook, and the variables ApplyLab looks for.
    if (qEnvironmentVariable("FW_BINARY").isEmpty())
        qputenv("FW_BINARY", FW_BINARY_PATH);
    if (qEnvironmentVariable("FW_BINARY_TESTHOOKS").isEmpty())
        qputenv("FW_BINARY_TESTHOOKS", FW_BINARY_PATH);
    const QString reason = FleetLab::unavailableReason();
    if (!reason.isEmpty()) {
        err << "bench_fleet: " << reason << "\n";
        return 2;
    }
    const int rounds = std::clamp(app.arguments().value(1, QStringLiteral("3")).toInt(), 1, 20);
    const QList<int> sizes {1, 3, 10};

    ApplyLab::removeStale();
    FleetLab lab;
    QString error;
    QElapsedTimer clock;
    clock.start();
    if (!lab.setUp(QList<FleetLab::Firewall>(sizes.last(), FleetLab::Firewall::Nftables), &error)) {
        err << "bench_fleet: " << error << "\n";
        return 1;
    }
    out << "fleet lab of " << sizes.last() << " nftables hosts set up in " << clock.elapsed() << " ms\n";
    QTemporaryDir dir;
    const QString playbook = dir.filePath(QStringLiteral("firewall.yml"));
    QByteArray output;
    if (ApplyLab::run({qEnvironmentVariable("FW_BINARY"), "export", "--product", "palisade", "--role", "server",
                          "--version", "8", "--set", "vendor-port=28000", "--format", "ansible", "-o", playbook},
            &output)
        != 0) {
        err << "bench_fleet: export failed: " << output << "\n";
        return 1;
    }

    QList<qint64> best;
    for (const int size : sizes) {
        QList<int> hosts;
        for (int i = 0; i < size; ++i)
            hosts << i;
        const QString inventory = lab.writeInventory(hosts);
        qint64 fastest = -1;
        for (int r = 0; r < rounds; ++r) {
            clock.restart();
            const int code = lab.playbook(inventory, playbook, {}, &output);
            const qint64 ms = clock.elapsed();
            const QMap<QString, QMap<QString, int>> recap = FleetLab::recap(output);
            if (code != 0 || recap.size() != size) {
                err << "bench_fleet: the run on " << size << " hosts failed:\n" << output.right(3000) << "\n";
                return 1;
            }
            fastest = fastest < 0 ? ms : std::min(fastest, ms);
            lab.playbook(inventory, playbook, {"-e", "fw_wizard_undo=true"}, &output);
        }
        best << fastest;
    }
    out << "ansible-playbook, best of " << rounds << " runs (wall time, ANSIBLE_FORKS=10):\n";
    for (int i = 0; i < sizes.size(); ++i)
        out << QStringLiteral("  %1 host(s): %2 ms, %3 x the one-host run\n")
                   .arg(sizes.at(i), 2)
                   .arg(best.at(i), 7)
                   .arg(double(best.at(i)) / double(std::max<qint64>(best.first(), 1)), 0, 'f', 2);
    return 0;
}
