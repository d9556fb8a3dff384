// Apply and revert with the nftables back end, against loading the same change with a bare `nft -f`, in the same
// run and the same namespace: the built-in plans and a 1,000-rule plan. Run as root; it re-runs itself inside a
// network namespace that it creates and removes, so the machine's own ruleset is never touched.
#include "apply/Applier.h"
#include "apply/NftablesBackend.h"
#include "catalog/Catalog.h"
#include "plan/PlanResolver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <unistd.h>

using namespace fw;

namespace {

const char *const kTypical = R"(flush ruleset
table inet filter {
	chain input {
		type filter hook input priority filter; policy drop;
		ct state established,related accept
		iif "lo" accept
		tcp dport 22 accept
	}
}
)";

QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name, {"/usr/sbin", "/sbin", "/usr/bin", "/bin"});
}

int runTool(const QStringList &command, const QByteArray &input = QByteArray(), QByteArray *out = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(tool(command.first()), command.mid(1));
    if (!p.waitForStarted(10000))
        return -1;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return -1;
    if (out)
        *out = p.readAll();
    return p.exitCode();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

struct Case
{
    QString name;
    Plan plan;
};

QList<Case> cases()
{
    const Catalog catalog = Catalog::builtIn();
    const QList<QPair<QString, Selection>> selections {
        {"timesensor 365 server", Selection {"timesensor-legal", "", "server", "365", {}, {}}},
        {"timesensor classic server", Selection {"timesensor-legal", "", "server", "classic", {"email"}, {}}},
        {"palisade 7 server", Selection {"palisade", "7", "server", "", {}, {}}},
        {"palisade 8 server, pinned",
            Selection {"palisade", "8", "server", "", {"online-activation"}, {{"vendor-port", "27001"}}}},
    };
    QList<Case> list;
    for (const auto &s : selections) {
        Plan plan;
        SelectionProblems problems;
        if (resolvePlan(catalog, s.second, plan, problems))
            list << Case {s.first, plan};
    }
    Plan big;
    big.selection.product = "bench";
    big.selection.role = "server";
    for (int i = 0; i < 1000; ++i) {
        PlanRule r;
        r.id = QStringLiteral("r%1").arg(i);
        r.direction = Direction::In;
        r.protocol = Protocol::Tcp;
        r.ports = {{20000 + 2 * i, 20000 + 2 * i}};
        r.remote = RemoteKind::Any;
        r.purpose.en = QStringLiteral("rule %1").arg(i);
        big.rules << r;
    }
    list << Case {"1,000 rules", big};
    return list;
}

struct Figures
{
    double bare = 0;
    double apply = 0;
    double bareRevert = 0;
    double revert = 0;
    int statements = 0;
};

/// One plan, @p rounds times: the bare load of the transaction, our apply, the bare load of the revert
/// transaction, our revert; medians.
bool measure(
    Host &host, const Plan &plan, const ApplySettings &settings, int rounds, Figures *figures, QTextStream &out)
{
    QList<double> bare, apply, bareRevert, revert;
    for (int round = 0; round < rounds; ++round) {
        if (runTool({"nft", "-f", "-"}, kTypical) != 0)
            return false;
        FirewallState s;
        s.privileged = true;
        s.governing = BackendId::Nftables;

        // The same ruleset change, loaded bare: the transaction our apply runs, as a file for nft -f.
        s.nftables = nftables::inspect(host);
        const PreparedChange preview = prepareApply(host, s, plan, settings);
        const QString script = preview.steps.value(1).preview.section(QLatin1Char('\n'), 1, -2) + QLatin1Char('\n');
        figures->statements
            = int(script.count(QLatin1String("\nadd rule ")) + script.count(QLatin1String("\ninsert rule ")));
        QElapsedTimer t;
        t.start();
        if (runTool({"nft", "-f", "-"}, script.toUtf8()) != 0)
            return false;
        bare << t.nsecsElapsed() / 1e6;
        // The same removal, loaded bare: the transaction our revert runs.
        s.nftables = nftables::inspect(host);
        const QList<PreparedChange> undo = prepareRevert(host, s, settings);
        if (undo.isEmpty())
            return false;
        const QString revertScript
            = undo.first().steps.value(0).preview.section(QLatin1Char('\n'), 1, -2) + QLatin1Char('\n');
        t.restart();
        if (runTool({"nft", "-f", "-"}, revertScript.toUtf8()) != 0)
            return false;
        bareRevert << t.nsecsElapsed() / 1e6;

        // Apply through the back end: read the ruleset, prepare, back up, one transaction, read back, record.
        t.restart();
        s.nftables = nftables::inspect(host);
        const PreparedChange change = prepareApply(host, s, plan, settings);
        const ChangeOutcome applied = runChange(host, change);
        apply << t.nsecsElapsed() / 1e6;
        if (!applied.ok) {
            out << "apply failed: " << applied.error << Qt::endl;
            return false;
        }
        // Revert through the back end: read, prepare, one transaction, read back, record.
        t.restart();
        s.nftables = nftables::inspect(host);
        const QList<PreparedChange> reverts = prepareRevert(host, s, settings);
        for (const PreparedChange &r : reverts) {
            const ChangeOutcome reverted = runRevert(host, r);
            if (!reverted.ok || reverted.usedFallback) {
                out << "revert failed: " << reverted.error << Qt::endl;
                return false;
            }
        }
        revert << t.nsecsElapsed() / 1e6;
    }
    figures->bare = median(bare);
    figures->apply = median(apply);
    figures->bareRevert = median(bareRevert);
    figures->revert = median(revert);
    return true;
}

QString ms(double value)
{
    return QStringLiteral("%1 ms").arg(value, 0, 'f', 1);
}

QString ratio(double value)
{
    return QStringLiteral("%1x").arg(value, 0, 'f', 2);
}

int table(QTextStream &out, int rounds, bool inProcess, const QString &stateFolder, const QString &title)
{
    SystemHost host(inProcess);
    ApplySettings settings;
    settings.backend = BackendId::Nftables;
    settings.stateDir = stateFolder;
    settings.user = QStringLiteral("bench");
    out << title << QLatin1Char('\n');
    out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg("plan", -26)
               .arg("nft rules", 9)
               .arg("nft -f", 9)
               .arg("apply", 9)
               .arg("ratio", 7)
               .arg("nft -f", 9)
               .arg("revert", 9)
               .arg("ratio", 7);
    for (const Case &c : cases()) {
        Figures f;
        if (!measure(host, c.plan, settings, rounds, &f, out))
            return 1;
        out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8\n")
                   .arg(c.name, -26)
                   .arg(f.statements, 9)
                   .arg(ms(f.bare), 9)
                   .arg(ms(f.apply), 9)
                   .arg(ratio(f.apply / f.bare), 7)
                   .arg(ms(f.bareRevert), 9)
                   .arg(ms(f.revert), 9)
                   .arg(ratio(f.revert / f.bareRevert), 7)
            << Qt::flush;
    }
    out << QLatin1Char('\n');
    return 0;
}

int inside(QTextStream &out, int rounds)
{
    QTemporaryDir onDisk(QStringLiteral("/var/tmp/fwa-bench-XXXXXX"));
    QTemporaryDir inMemory(QStringLiteral("/dev/shm/fwa-bench-XXXXXX"));
    out << QStringLiteral(
        "Medians of %1 rounds. \"nft -f\": the same transaction loaded with a bare nft -f; \"nft rules\": "
        "rule statements in it (1,000 plan rules are one rule with a 1,000-element set, plus the jump).\n"
        "apply = read the ruleset, prepare, back up (list, write), one transaction, read back, write the "
        "record; revert = read, prepare, one transaction, read back, write the record.\n\n")
               .arg(rounds);
    if (table(out, rounds, true, inMemory.path(),
            QStringLiteral("nft through libnftables in this process, state folder on tmpfs "
                           "(the files' fsyncs cost nothing):")))
        return 1;
    if (table(out, rounds, true, onDisk.path(),
            QStringLiteral("nft through libnftables in this process, state folder on disk "
                           "(QSaveFile fsyncs the backup and the record):")))
        return 1;
    if (table(out, rounds, false, inMemory.path(),
            QStringLiteral("nft as a separate process for every call (the fallback without "
                           "libnftables), state folder on tmpfs:")))
        return 1;

    // For scale: 1,000 rules as 1,000 nft statements in one file, and 100 separate nft calls.
    QString thousand = QStringLiteral("add table inet t\nadd chain inet t c\n");
    for (int i = 0; i < 1000; ++i)
        thousand += QStringLiteral("add rule inet t c tcp dport %1 accept\n").arg(20000 + 2 * i);
    QList<double> perRule, separate;
    for (int round = 0; round < rounds; ++round) {
        runTool({"nft", "flush", "ruleset"});
        QElapsedTimer t;
        t.start();
        runTool({"nft", "-f", "-"}, thousand.toUtf8());
        perRule << t.nsecsElapsed() / 1e6;
        runTool({"nft", "flush", "ruleset"});
        runTool({"nft", "-f", "-"}, "add table inet t\nadd chain inet t c\n");
        t.restart();
        for (int i = 0; i < 100; ++i)
            runTool({"nft", "add", "rule", "inet", "t", "c", "tcp", "dport", QString::number(30000 + i), "accept"});
        separate << t.nsecsElapsed() / 1e6;
    }
    out << QStringLiteral("For scale: 1,000 rules as 1,000 statements in one nft -f: %1; 100 separate nft calls: %2.\n")
               .arg(ms(median(perRule)), ms(median(separate)));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int rounds = args.contains("--rounds") ? args.value(args.indexOf("--rounds") + 1).toInt() : 7;
    if (args.contains("--inside"))
        return inside(out, std::max(rounds, 1));
    if (geteuid() != 0) {
        out << "bench_apply needs root: it makes a network namespace for the rulesets." << Qt::endl;
        return 2;
    }
    const QString ns = QStringLiteral("fwa-%1-bench").arg(QCoreApplication::applicationPid());
    if (runTool({"ip", "netns", "add", ns}) != 0) {
        out << "cannot create a network namespace" << Qt::endl;
        return 2;
    }
    QProcess self;
    self.setProcessChannelMode(QProcess::ForwardedChannels);
    self.start(tool("ip"),
        {"netns", "exec", ns, QCoreApplication::applicationFilePath(), "--inside", "--rounds",
            QString::number(rounds)});
    self.waitForFinished(-1);
    runTool({"ip", "netns", "del", ns});
    return self.exitCode();
}
