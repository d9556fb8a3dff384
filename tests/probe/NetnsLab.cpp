#include "NetnsLab.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <unistd.h>

namespace {

const QString prefix = QStringLiteral("fwt-");

QString ip()
{
    return QStandardPaths::findExecutable(QStringLiteral("ip"), {"/usr/sbin", "/sbin", "/usr/bin", "/bin"});
}

QString nftBinary()
{
    return QStandardPaths::findExecutable(QStringLiteral("nft"), {"/usr/sbin", "/sbin", "/usr/bin", "/bin"});
}

int runHere(const QString &program, const QStringList &args, QByteArray *output = nullptr,
    const QByteArray &input = QByteArray(), int timeoutMs = 15000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(5000))
        return -1;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        return -1;
    }
    if (output)
        *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

NetnsLab::NetnsLab(const QString &tag)
{
    const QString base = QStringLiteral("%1%2-%3").arg(prefix, tag).arg(QCoreApplication::applicationPid());
    m_server = base + QStringLiteral("-srv");
    m_client = base + QStringLiteral("-cli");
    // Interface names have at most 15 characters.
    const QString id = QString::number(QCoreApplication::applicationPid() % 1000000);
    m_vethServer = QStringLiteral("fwt%1s").arg(id);
    m_vethClient = QStringLiteral("fwt%1c").arg(id);
}

NetnsLab::~NetnsLab()
{
    tearDown();
}

QString NetnsLab::unavailableReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("network namespaces need root (CI runs as root)");
    if (ip().isEmpty())
        return QStringLiteral("the 'ip' tool (iproute2) is not installed");
    if (nftBinary().isEmpty())
        return QStringLiteral("the 'nft' tool (nftables) is not installed");
    QByteArray out;
    if (runHere(ip(), {"netns", "list"}, &out) != 0)
        return QStringLiteral("'ip netns' does not work here: ") + QString::fromLocal8Bit(out);
    return QString();
}

void NetnsLab::removeStale()
{
    QByteArray out;
    runHere(ip(), {"netns", "list"}, &out);
    for (const QByteArray &line : out.split('\n')) {
        const QString name = QString::fromLatin1(line.split(' ').value(0));
        if (!name.startsWith(prefix))
            continue;
        // fwt-<tag>-<pid>-srv: leave a namespace of a run that is still going.
        const QStringList parts = name.split(QLatin1Char('-'));
        bool ok = false;
        const qint64 pid = parts.size() >= 4 ? parts.at(parts.size() - 2).toLongLong(&ok) : 0;
        if (ok && pid > 0 && ::kill(pid_t(pid), 0) == 0)
            continue;
        runHere(ip(), {"netns", "delete", name});
        QDir(QStringLiteral("/etc/netns/") + name).removeRecursively();
    }
}

bool NetnsLab::setUp(QString *error)
{
    tearDown();
    m_made = true;
    const QList<QStringList> steps = {
        {"netns", "add", m_server},
        {"netns", "add", m_client},
        {"link", "add", m_vethServer, "netns", m_server, "type", "veth", "peer", "name", m_vethClient, "netns",
            m_client},
        {"-n", m_server, "link", "set", "lo", "up"},
        {"-n", m_client, "link", "set", "lo", "up"},
        {"-n", m_server, "addr", "add", serverAddress() + "/24", "dev", m_vethServer},
        {"-n", m_client, "addr", "add", clientAddress() + "/24", "dev", m_vethClient},
        // No duplicate address detection: the addresses are usable at once.
        {"-n", m_server, "addr", "add", serverAddress6() + "/64", "dev", m_vethServer, "nodad"},
        {"-n", m_client, "addr", "add", clientAddress6() + "/64", "dev", m_vethClient, "nodad"},
        {"-n", m_server, "link", "set", m_vethServer, "up"},
        {"-n", m_client, "link", "set", m_vethClient, "up"},
    };
    for (const QStringList &step : steps) {
        QByteArray out;
        if (runHere(ip(), step, &out) != 0) {
            if (error)
                *error = QStringLiteral("ip %1: %2").arg(step.join(QLatin1Char(' ')), QString::fromLocal8Bit(out));
            return false;
        }
    }
    // Linux lets only about six ICMP errors per second through to one destination; the tests count on every one.
    for (const QString &ns : {m_server, m_client})
        run(ns, {"sh", "-c", "echo 0 > /proc/sys/net/ipv4/icmp_ratelimit; echo 0 > /proc/sys/net/ipv6/icmp/ratelimit"});
    return true;
}

void NetnsLab::tearDown()
{
    if (!m_made)
        return;
    for (const QString &ns : {m_server, m_client}) {
        runHere(ip(), {"netns", "delete", ns});
        QDir(QStringLiteral("/etc/netns/") + ns).removeRecursively();
    }
    m_made = false;
}

int NetnsLab::run(
    const QString &ns, const QStringList &command, QByteArray *output, const QByteArray &input, int timeoutMs)
{
    return runHere(ip(), QStringList {"netns", "exec", ns} + command, output, input, timeoutMs);
}

bool NetnsLab::nft(const QString &ns, const QString &ruleset, QString *error)
{
    QByteArray out;
    const QByteArray text = "flush ruleset\n" + ruleset.toUtf8();
    if (run(ns, {nftBinary(), "-f", "-"}, &out, text) == 0)
        return true;
    if (error)
        *error = QStringLiteral("nft: ") + QString::fromLocal8Bit(out);
    return false;
}

bool NetnsLab::writeClientEtc(const QString &name, const QByteArray &content)
{
    const QString dir = QStringLiteral("/etc/netns/") + m_client;
    if (!QDir().mkpath(dir))
        return false;
    QFile file(dir + QLatin1Char('/') + name);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

bool NetnsLab::inNamespace(const QString &ns, const std::function<void()> &work)
{
    const int home = ::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
    const int there
        = ::open(QStringLiteral("/var/run/netns/%1").arg(ns).toLocal8Bit().constData(), O_RDONLY | O_CLOEXEC);
    bool ok = home >= 0 && there >= 0 && ::setns(there, CLONE_NEWNET) == 0;
    if (ok) {
        work();
        ok = ::setns(home, CLONE_NEWNET) == 0;
    }
    if (home >= 0)
        ::close(home);
    if (there >= 0)
        ::close(there);
    return ok;
}

void NetnsLab::prepare(QProcess &process, const QString &ns, const QString &program, const QStringList &args)
{
    process.setProgram(ip());
    process.setArguments(QStringList {"netns", "exec", ns, program} + args);
}
