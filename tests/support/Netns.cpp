#include "Netns.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

namespace fw::test {

namespace {

const QString kEtcNetns = QStringLiteral("/etc/netns/");

void killAll(const QList<qint64> &pids)
{
    for (const qint64 pid : pids)
        ::kill(pid_t(pid), SIGKILL);
}

QList<qint64> pidsOf(const QString &name)
{
    QByteArray out;
    run({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("pids"), name}, &out);
    QList<qint64> pids;
    for (const QByteArray &line : out.split('\n')) {
        const qint64 pid = line.trimmed().toLongLong();
        if (pid > 0)
            pids << pid;
    }
    return pids;
}

void remove(const QString &name)
{
    killAll(pidsOf(name));
    run({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("delete"), name}, nullptr);
    QDir(kEtcNetns + name).removeRecursively();
}

} // namespace

Netns::Netns(const QString &prefix, const QString &tag)
    : m_name(QStringLiteral("%1-%2-%3").arg(prefix).arg(QCoreApplication::applicationPid()).arg(tag))
{ }

Netns::~Netns()
{
    destroy();
}

QString Netns::unavailableReason(const QStringList &tools)
{
    if (::geteuid() != 0)
        return QStringLiteral("network namespaces need root (CI runs the tests as root)");
    const QString missing = missingTool(QStringList {QStringLiteral("ip")} + tools);
    if (!missing.isEmpty())
        return QStringLiteral("%1 is not installed (scripts/packages-test-*.txt)").arg(missing);
    QByteArray out;
    if (fw::test::run({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("list")}, &out) != 0)
        return QStringLiteral("'ip netns' does not work here: ") + QString::fromLocal8Bit(out);
    return QString();
}

void Netns::removeStale(const QString &prefix)
{
    QByteArray list;
    if (fw::test::run({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("list")}, &list) != 0)
        return;
    for (const QByteArray &line : list.split('\n')) {
        const QString name = QString::fromUtf8(line.split(' ').value(0)).trimmed();
        if (!name.startsWith(prefix + QLatin1Char('-')))
            continue;
        bool ok = false;
        const qint64 pid = name.section(QLatin1Char('-'), 1, 1).toLongLong(&ok);
        if (ok && (::kill(pid_t(pid), 0) == 0 || errno != ESRCH))
            continue; // its run is still going
        remove(name);
    }
}

QString Netns::interfaceName(const QString &tag)
{
    return QStringLiteral("fw%1%2").arg(QCoreApplication::applicationPid() % 100000).arg(tag.left(8));
}

bool Netns::create(QString *error)
{
    destroy();
    remove(m_name); // one of an earlier run whose pid this run got again
    m_made = true;
    const QList<QStringList> steps {
        {QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("add"), m_name},
        {QStringLiteral("ip"), QStringLiteral("-n"), m_name, QStringLiteral("link"), QStringLiteral("set"),
            QStringLiteral("lo"), QStringLiteral("up")},
    };
    for (const QStringList &step : steps) {
        QByteArray out;
        if (fw::test::run(step, &out) != 0) {
            *error = step.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromLocal8Bit(out);
            return false;
        }
    }
    return true;
}

void Netns::destroy()
{
    if (!m_made)
        return;
    m_made = false;
    remove(m_name);
}

void Netns::bindOnExec(const QString &source, const QString &target)
{
    m_binds.append({source, target});
}

QStringList Netns::execPrefix() const
{
    QStringList prefix {QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("exec"), m_name};
    if (m_binds.isEmpty())
        return prefix;
    QString script;
    QStringList arguments;
    for (const auto &bind : m_binds) {
        script += QStringLiteral("mount --bind \"$1\" \"$2\" && shift 2 && ");
        arguments << bind.first << bind.second;
    }
    return prefix
        + QStringList {QStringLiteral("unshare"), QStringLiteral("-m"), QStringLiteral("--propagation"),
            QStringLiteral("private"), QStringLiteral("sh"), QStringLiteral("-c"),
            script + QStringLiteral("exec \"$@\""), QStringLiteral("sh")}
    + arguments;
}

RunResult Netns::run(const QStringList &command, const RunOptions &options) const
{
    return fw::test::run(execPrefix() + command, options);
}

int Netns::run(const QStringList &command, QByteArray *output, const QByteArray &input, int timeoutMs) const
{
    return fw::test::run(execPrefix() + command, output, input, timeoutMs);
}

void Netns::prepare(QProcess &process, const QStringList &command) const
{
    fw::test::prepare(process, execPrefix() + command);
}

bool Netns::enter(const std::function<void()> &work) const
{
    const int home = ::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
    const int there
        = ::open(QFile::encodeName(QStringLiteral("/run/netns/") + m_name).constData(), O_RDONLY | O_CLOEXEC);
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

QList<qint64> Netns::pids() const
{
    return pidsOf(m_name);
}

QString Netns::etcPath(const QString &relative) const
{
    return kEtcNetns + m_name + QLatin1Char('/') + relative;
}

bool Netns::writeEtc(const QString &relative, const QByteArray &content)
{
    return writeFile(etcPath(relative), content);
}

bool Netns::copyEtc(const QString &name, QString *error)
{
    QDir().mkpath(kEtcNetns + m_name);
    QByteArray out;
    if (fw::test::run({QStringLiteral("cp"), QStringLiteral("-a"), QStringLiteral("/etc/") + name, etcPath(name)}, &out)
        == 0)
        return true;
    *error = QStringLiteral("cannot copy /etc/%1: %2").arg(name, QString::fromLocal8Bit(out));
    return false;
}

} // namespace fw::test
