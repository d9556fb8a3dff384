// Connectivity check benchmark, all in one run over the same two network namespaces and the same 20 TCP targets on
// the server (4 answered by `firewall-wizard serve`, 4 refused by RST, 2 refused by ICMP port unreachable, 2 by ICMP
// administratively prohibited, 8 dropped): firewall-wizard check (full timeout and --adaptive), a sequential
// `nc -z -w 2` loop, and `nmap -n -sT -Pn`. Prints wall time, CPU time (getrusage of the child), the time until the
// first answering port shows, and how many statuses each tool got right, with ratios.
#include "NetnsPair.h"
#include "Ruleset.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

extern char **environ;

namespace {

constexpr int firstPort = 4001;
constexpr int targetCount = 20;

/// What the server does on each port, and what a correct tool reports (PRODUCT.md's statuses).
QString expected(int port)
{
    const int i = port - firstPort;
    if (i < 4)
        return QStringLiteral("open");
    if (i < 12)
        return QStringLiteral("refused");
    return QStringLiteral("filtered");
}

QString serverRules()
{
    return QStringLiteral("table inet bench {\n"
                          "  chain input {\n"
                          "    type filter hook input priority filter; policy accept;\n"
                          "    tcp dport 4005-4008 reject with tcp reset\n"
                          "    tcp dport 4009-4010 reject with icmpx type port-unreachable\n"
                          "    tcp dport 4011-4012 reject with icmpx type admin-prohibited\n"
                          "    tcp dport 4013-4020 drop\n"
                          "  }\n"
                          "}\n");
}

QByteArray catalog()
{
    return R"({"format": 1, "id": "probe-bench", "name": "Probe bench", "vendor": "Test",
  "description": {"en": "B", "de": "B", "es": "B"},
  "roles": [{"id": "server", "label": {"en": "Server", "de": "Server", "es": "Servidor"}, "description": {"en": "S", "de": "S", "es": "S"}},
            {"id": "client", "label": {"en": "Client", "de": "Client", "es": "Cliente"}, "description": {"en": "C", "de": "C", "es": "C"}}],
  "values": [{"id": "server", "type": "host", "label": {"en": "S", "de": "S", "es": "S"}, "description": {"en": "S", "de": "S", "es": "S"}, "when": {"roles": ["client"]}}],
  "sources": [{"id": "kb", "title": "Bench", "url": "https://example.com/", "kind": "vendor"}],
  "rules": [
    {"id": "in", "when": {"roles": ["server"]}, "direction": "in", "protocol": "tcp", "ports": ["4001-4020"], "remote": {"kind": "any"}, "purpose": {"en": "P", "de": "P", "es": "P"}, "source": "kb"},
    {"id": "out", "when": {"roles": ["client"]}, "direction": "out", "protocol": "tcp", "ports": ["4001-4020"], "remote": {"kind": "server", "value": "server"}, "purpose": {"en": "P", "de": "P", "es": "P"}, "source": "kb"}
  ]})";
}

/// One line a child printed, and when (ms after it was started).
struct Line
{
    double at = 0;
    QString text;
};

struct Child
{
    int code = -1;
    double wallMs = 0;
    double cpuMs = 0;
    std::vector<Line> lines;
};

/// Runs @p argv with stdout on a pipe, timing every line; the child inherits the calling thread's network namespace.
Child spawn(const QStringList &argv, int limitMs)
{
    Child c;
    int fds[2];
    if (::pipe(fds) != 0)
        return c;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    posix_spawn_file_actions_addclose(&actions, fds[1]);
    std::vector<QByteArray> storage;
    for (const QString &a : argv)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> args;
    for (QByteArray &a : storage)
        args.push_back(a.data());
    args.push_back(nullptr);
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    const int rc = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    if (rc != 0) {
        ::close(fds[0]);
        return c;
    }
    QByteArray pending;
    for (;;) {
        pollfd p {fds[0], POLLIN, 0};
        const int remaining = int(limitMs - clock.elapsed());
        if (remaining <= 0 || ::poll(&p, 1, remaining) <= 0)
            break;
        char buffer[4096];
        const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
        if (n <= 0)
            break;
        const double at = double(clock.nsecsElapsed()) / 1e6;
        pending.append(buffer, int(n));
        qsizetype eol;
        while ((eol = pending.indexOf('\n')) >= 0) {
            c.lines.push_back({at, QString::fromUtf8(pending.left(eol))});
            pending.remove(0, eol + 1);
        }
    }
    ::close(fds[0]);
    if (clock.elapsed() >= limitMs)
        ::kill(pid, SIGKILL);
    int status = 0;
    rusage usage = {};
    ::wait4(pid, &status, 0, &usage);
    c.wallMs = double(clock.nsecsElapsed()) / 1e6;
    c.cpuMs = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    c.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return c;
}

struct Score
{
    QString tool;
    double wallMs = 0;
    double cpuMs = 0;
    double firstAnswerMs = -1; ///< first open or refused port shown, after the start
    int right = 0;
    QStringList wrong;
};

void print(const Score &s)
{
    std::printf("  %-34s %9.1f %8.1f %12s %8d/%d%s\n", qPrintable(s.tool), s.wallMs, s.cpuMs,
        s.firstAnswerMs < 0 ? "-" : qPrintable(QString::number(s.firstAnswerMs, 'f', 1)), s.right, targetCount,
        s.wrong.isEmpty() ? "" : qPrintable(QStringLiteral("  wrong: ") + s.wrong.join(QStringLiteral(", "))));
}

Score scoreStatuses(const QString &tool, const Child &c, const QMap<int, QString> &found)
{
    Score s {tool, c.wallMs, c.cpuMs, -1, 0, {}};
    for (int port = firstPort; port < firstPort + targetCount; ++port) {
        if (found.value(port) == expected(port))
            ++s.right;
        else
            s.wrong << QStringLiteral("%1 %2 (not %3)")
                           .arg(port)
                           .arg(found.value(port, QStringLiteral("?")), expected(port));
    }
    return s;
}

Score runCheck(fw::test::NetnsPair &lab, const QString &catalogDir, int timeout, bool adaptive)
{
    QStringList argv {QStringLiteral(FW_BINARY_PATH), "check", "--catalog", catalogDir, "--product", "probe-bench",
        "--role", "client", "--server", lab.addresses().server, "--timeout-ms", QString::number(timeout), "--lang",
        "en"};
    if (adaptive)
        argv << "--adaptive";
    Child c;
    lab.client().enter([&] { c = spawn(argv, timeout + 10000); });
    static const QRegularExpression line(
        QStringLiteral("^\\s+(open or filtered|\\S+)\\s+TCP (\\d+)\\s+\\S+\\s+(\\d+) ms"));
    QMap<int, QString> found;
    double first = -1;
    double firstEngine = -1;
    double header = -1; // "Checking ...": the program has started and loaded its catalog; the probes start now
    for (const Line &l : c.lines) {
        if (header < 0 && l.text.startsWith(QLatin1String("Checking ")))
            header = l.at;
        const QRegularExpressionMatch m = line.match(l.text);
        if (!m.hasMatch())
            continue;
        found.insert(m.captured(2).toInt(), m.captured(1));
        if (first < 0 && (m.captured(1) == QLatin1String("open") || m.captured(1) == QLatin1String("refused"))) {
            first = l.at;
            firstEngine = m.captured(3).toDouble();
        }
    }
    Score s = scoreStatuses(
        adaptive ? QStringLiteral("firewall-wizard check --adaptive") : QStringLiteral("firewall-wizard check"), c,
        found);
    s.firstAnswerMs = first - header;
    std::printf("    (%s: program start-up %.1f ms; first answer %.1f ms after spawn, %.1f ms after the check "
                "started, %.0f ms by the engine's clock; exit code %d)\n",
        qPrintable(s.tool), header, first, first - header, firstEngine, c.code);
    return s;
}

Score runNc(fw::test::NetnsPair &lab, int timeoutSeconds)
{
    // One port after the other, as admins do: nc says open or not, and time tells refused from dropped.
    const QString script = QStringLiteral("for p in $(seq %1 %2); do s=$(date +%s%N); nc -z -w %3 %4 $p 2>/dev/null; "
                                          "r=$?; e=$(date +%s%N); echo \"$p $r $(( (e - s) / 1000000 ))\"; done")
                               .arg(firstPort)
                               .arg(firstPort + targetCount - 1)
                               .arg(timeoutSeconds)
                               .arg(lab.addresses().server);
    Child c;
    lab.client().enter([&] { c = spawn({"sh", "-c", script}, targetCount * (timeoutSeconds + 2) * 1000); });
    QMap<int, QString> found;
    double first = -1;
    for (const Line &l : c.lines) {
        const QStringList f = l.text.split(QLatin1Char(' '));
        if (f.size() != 3)
            continue;
        const int port = f[0].toInt();
        const QString status = f[1] == QLatin1String("0") ? QStringLiteral("open")
            : f[2].toInt() >= timeoutSeconds * 1000 - 100 ? QStringLiteral("filtered")
                                                          : QStringLiteral("refused");
        found.insert(port, status);
        if (first < 0 && status != QLatin1String("filtered"))
            first = l.at;
    }
    Score s = scoreStatuses(QStringLiteral("nc -z -w %1, sequential").arg(timeoutSeconds), c, found);
    s.firstAnswerMs = first;
    return s;
}

Score runNmap(fw::test::NetnsPair &lab)
{
    Child c;
    const QStringList argv {"nmap", "-n", "-sT", "-Pn", "-p",
        QStringLiteral("%1-%2").arg(firstPort).arg(firstPort + targetCount - 1), "-oG", "-", lab.addresses().server};
    lab.client().enter([&] { c = spawn(argv, 60000); });
    // Grepable output: "Ports: 4001/open/tcp//..., 4005/closed/tcp//..., 4013/filtered/tcp//..."
    QMap<int, QString> found;
    static const QRegularExpression port(
        QStringLiteral("(\\d+)/(open|closed|filtered|unfiltered|open\\|filtered)/tcp"));
    for (const Line &l : c.lines) {
        auto it = port.globalMatch(l.text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString state = m.captured(2);
            found.insert(m.captured(1).toInt(), state == QLatin1String("closed") ? QStringLiteral("refused") : state);
        }
    }
    // nmap leaves out ports in its "Ignored State" line when most share one: those are filtered here.
    for (const Line &l : c.lines) {
        if (l.text.contains(QStringLiteral("Ignored State: filtered"))) {
            for (int p = firstPort; p < firstPort + targetCount; ++p) {
                if (!found.contains(p))
                    found.insert(p, QStringLiteral("filtered"));
            }
        }
    }
    return scoreStatuses(QStringLiteral("nmap -n -sT -Pn"), c, found);
}

QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name, {"/usr/bin", "/bin", "/usr/sbin", "/sbin"});
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int timeout = 2000;
    const QStringList args = QCoreApplication::arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--timeout-ms"));
    if (at > 0 && at + 1 < args.size())
        timeout = args.at(at + 1).toInt();
    const QString reason = fw::test::Netns::unavailableReason({QStringLiteral("nft")});
    if (!reason.isEmpty()) {
        std::fprintf(stderr, "bench_probe: %s\n", qPrintable(reason));
        return 2;
    }
    for (const char *needed : {"nc", "nmap"}) {
        if (tool(QString::fromLatin1(needed)).isEmpty()) {
            std::fprintf(stderr, "bench_probe: '%s' is missing (scripts/packages-bench.txt)\n", needed);
            return 2;
        }
    }
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("catalog")));
    QFile file(dir.filePath(QStringLiteral("catalog/probe-bench.json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(catalog()) < 0)
        return 2;
    file.close();
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toLocal8Bit());

    fw::test::Netns::removeStale(QStringLiteral("fwt"));
    fw::test::NetnsPair lab(QStringLiteral("fwt"), QStringLiteral("bench"),
        {QStringLiteral("192.0.2.1"), QStringLiteral("192.0.2.2"), QStringLiteral("2001:db8::1"),
            QStringLiteral("2001:db8::2")});
    QString error;
    if (!lab.setUp(&error) || !fw::test::loadNftRuleset(lab.server().execPrefix(), serverRules(), &error)) {
        std::fprintf(stderr, "bench_probe: %s\n", qPrintable(error));
        return 2;
    }
    QProcess serve;
    lab.server().prepare(serve,
        {QStringLiteral(FW_BINARY_PATH), "serve", "--catalog", dir.filePath(QStringLiteral("catalog")), "--product",
            "probe-bench", "--role", "server", "--seconds", "300", "--lang", "en"});
    QByteArray serveOut;
    serve.start();
    QElapsedTimer wait;
    wait.start();
    while (!serveOut.contains("press Ctrl+C") && wait.elapsed() < 10000) {
        serve.waitForReadyRead(100);
        serveOut += serve.readAllStandardOutput();
    }
    if (!serveOut.contains("press Ctrl+C")) {
        std::fprintf(stderr, "bench_probe: serve did not start:\n%s\n", serveOut.constData());
        return 2;
    }
    // Warm the page cache so that the first measured start is not a cold one.
    lab.client().enter([] { spawn({QStringLiteral(FW_BINARY_PATH), "products"}, 10000); });

    std::printf(
        "Probe benchmark: %d TCP targets on %s from another namespace: 4 open (test responder), 4 refused by "
        "RST,\n4 refused by ICMP (2 port unreachable, 2 administratively prohibited), 8 dropped; timeout %d ms.\n"
        "ICMP rate limiting is off in the lab namespaces so that every tool sees every ICMP answer.\n\n",
        targetCount, qPrintable(lab.addresses().server), timeout);
    std::vector<Score> scores;
    scores.push_back(runCheck(lab, dir.filePath(QStringLiteral("catalog")), timeout, false));
    scores.push_back(runCheck(lab, dir.filePath(QStringLiteral("catalog")), timeout, true));
    scores.push_back(runNc(lab, std::max(1, timeout / 1000)));
    scores.push_back(runNmap(lab));
    std::printf("\n  %-34s %9s %8s %12s %10s\n", "tool", "wall ms", "CPU ms", "1st answer", "right");
    std::printf("  (wall and CPU: the whole process, start-up included; 1st answer: after the probes started)\n");
    for (const Score &s : scores)
        print(s);

    const Score &check = scores[0];
    const Score &adaptive = scores[1];
    const Score &nc = scores[2];
    const Score &nmap = scores[3];
    std::printf(
        "\nRatios (wall): nc / check = %.1fx, check / nmap = %.1fx; nc / adaptive = %.1fx, adaptive / nmap = %.2fx\n",
        nc.wallMs / check.wallMs, check.wallMs / nmap.wallMs, nc.wallMs / adaptive.wallMs,
        adaptive.wallMs / nmap.wallMs);
    std::printf("Goals: every status right: %s; whole check within timeout + 50 ms: %s (%.1f ms, process start "
                "included);\n       first answering port within 20 ms: %s (%.1f ms); CPU under 50 ms: %s (%.1f ms)\n",
        check.right == targetCount ? "yes" : "NO", check.wallMs <= timeout + 50 ? "yes" : "NO", check.wallMs,
        check.firstAnswerMs >= 0 && check.firstAnswerMs <= 20 ? "yes" : "NO", check.firstAnswerMs,
        check.cpuMs < 50 ? "yes" : "NO", check.cpuMs);
    std::printf("Stretch (adaptive): every status right: %s, %.1f ms vs nmap %.1f ms\n",
        adaptive.right == targetCount ? "yes" : "NO", adaptive.wallMs, nmap.wallMs);
    ::kill(pid_t(serve.processId()), SIGTERM);
    serve.waitForFinished(5000);
    return 0;
}
