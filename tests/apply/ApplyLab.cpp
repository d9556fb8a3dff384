#include "ApplyLab.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace {

const QString kPrefix = QStringLiteral("fwa-");

QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name, {"/usr/sbin", "/sbin", "/usr/bin", "/bin", "/usr/local/bin"});
}

const char *const kListener = R"(
import select, socket, sys
socks = []
for spec in sys.argv[1:]:
    proto, port = spec.split('/')
    if proto == 'tcp':
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(('0.0.0.0', int(port)))
        s.listen(64)
    else:
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.bind(('0.0.0.0', int(port)))
    socks.append((proto, s))
print('ready', flush=True)
while True:
    ready, _, _ = select.select([s for _, s in socks], [], [], 600)
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

// Every probe at once, each with its own timeout: a dropped packet costs one timeout in all, not one per port.
const char *const kProber = R"(
import socket, sys, threading
host = sys.argv[1]
results = {}
def probe(spec):
    proto, port = spec.split('/')
    result = 'filtered'
    if proto == 'tcp':
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.settimeout(1.0)
        try:
            s.connect((host, int(port)))
            result = 'open'
        except ConnectionRefusedError:
            result = 'refused'
        except OSError:
            result = 'filtered'
    else:
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.settimeout(1.0)
        try:
            s.sendto(b'fwa', (host, int(port)))
            if s.recvfrom(512)[0] == b'fwa':
                result = 'open'
        except ConnectionRefusedError:
            result = 'refused'
        except OSError:
            result = 'filtered'
    s.close()
    results[spec] = result
threads = [threading.Thread(target=probe, args=(spec,)) for spec in sys.argv[2:]]
for t in threads: t.start()
for t in threads: t.join()
for spec in sys.argv[2:]:
    print(spec, results[spec], flush=True)
)";

const char *const kDbusConfig = R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path=%1</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow own="*"/>
    <allow send_type="method_call"/>
    <allow send_destination="*"/>
    <allow receive_sender="*"/>
  </policy>
</busconfig>
)";

void stop(std::unique_ptr<QProcess> &process)
{
    if (!process)
        return;
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(10000)) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
    process.reset();
}

} // namespace

ApplyLab::ApplyLab(const QString &tag)
{
    const qint64 pid = QCoreApplication::applicationPid();
    m_server = QStringLiteral("%1%2-%3-srv").arg(kPrefix).arg(pid).arg(tag);
    m_client = QStringLiteral("%1%2-%3-cli").arg(kPrefix).arg(pid).arg(tag);
    // Interface names have at most 15 characters; the tag's first letter keeps two labs of one run apart.
    const QString id = QString::number(pid % 100000) + tag.left(1);
    m_vethServer = QStringLiteral("fwa%1s").arg(id);
    m_vethClient = QStringLiteral("fwa%1c").arg(id);
}

ApplyLab::~ApplyLab()
{
    tearDown();
}

QString ApplyLab::unavailableReason(const QStringList &tools)
{
    if (::geteuid() != 0)
        return QStringLiteral("network namespaces need root (CI runs the tests as root)");
    for (const QString &t : QStringList {"ip", "nft", "python3"} + tools) {
        if (tool(t).isEmpty())
            return QStringLiteral("%1 is not installed (scripts/packages-test-apply.txt)").arg(t);
    }
    if (qEnvironmentVariable("FW_BINARY").isEmpty() || qEnvironmentVariable("FW_BINARY_TESTHOOKS").isEmpty())
        return QStringLiteral("FW_BINARY or FW_BINARY_TESTHOOKS is not set (ctest sets them)");
    return QString();
}

bool ApplyLab::ensureLocale(const QString &name, QString *error)
{
    const auto listed = [&name]() {
        QByteArray all;
        run({"locale", "-a"}, &all);
        // locale -a prints "de_DE.utf8" for "de_DE.UTF-8".
        const QString wanted = QString(name).replace(QLatin1String(".UTF-8"), QLatin1String(".utf8"));
        return QString::fromUtf8(all).split(QLatin1Char('\n')).contains(wanted);
    };
    if (listed())
        return true;
    QByteArray out;
    const QString language = name.section(QLatin1Char('.'), 0, 0);
    if (run({"localedef", "-i", language, "-f", "UTF-8", name}, &out, {}, 120000) != 0 || !listed()) {
        *error = QStringLiteral("the locale %1 is missing and localedef cannot make it (install Debian's locales "
                                "package): %2")
                     .arg(name, QString::fromUtf8(out));
        return false;
    }
    return true;
}

QStringList ApplyLab::withUfwCatalogs(const QStringList &command, QString *error) const
{
    const QString copy = m_tmp.path() + QStringLiteral("/locale");
    QStringList mounts;
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("es")}) {
        const QString catalog = QStringLiteral("/usr/share/ufw/messages/%1.mo").arg(language);
        const QString system = QStringLiteral("/usr/share/locale/%1/LC_MESSAGES").arg(language);
        const QString mine = copy + QLatin1Char('/') + language;
        if (!QFile::exists(mine + QStringLiteral("/ufw.mo"))) {
            QDir().mkpath(copy);
            QByteArray out;
            if (run({"cp", "-a", system, mine}, &out) != 0 || !QFile::copy(catalog, mine + QStringLiteral("/ufw.mo"))) {
                *error = QStringLiteral("cannot install ufw's catalog %1 (Debian's ufw package ships it): %2")
                             .arg(catalog, QString::fromUtf8(out));
                return {};
            }
        }
        mounts << QStringLiteral("mount --bind %1 %2").arg(mine, system);
    }
    return QStringList {"unshare", "-m", "sh", "-c",
               mounts.join(QStringLiteral(" && ")) + QStringLiteral(" && exec \"$@\""), "sh"}
    + command;
}

QStringList ApplyLab::localeEnvironment(const QString &name)
{
    return {QStringLiteral("LANG=") + name, QStringLiteral("LC_ALL=") + name,
        QStringLiteral("LANGUAGE=") + name.section(QLatin1Char('_'), 0, 0)};
}

int ApplyLab::run(const QStringList &command, QByteArray *output, const QByteArray &input, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    const QString program = command.first().startsWith(QLatin1Char('/')) ? command.first() : tool(command.first());
    p.start(program.isEmpty() ? command.first() : program, command.mid(1));
    if (!p.waitForStarted(10000))
        return -1;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        if (output)
            *output = p.readAll() + "\n(timed out)";
        return -1;
    }
    if (output)
        *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void ApplyLab::removeStale()
{
    QByteArray list;
    if (run({"ip", "netns", "list"}, &list) != 0)
        return;
    const QList<QByteArray> lines = list.split('\n');
    for (const QByteArray &line : lines) {
        const QString name = QString::fromUtf8(line.split(' ').value(0)).trimmed();
        if (!name.startsWith(kPrefix))
            continue;
        bool ok = false;
        const qint64 pid = name.section(QLatin1Char('-'), 1, 1).toLongLong(&ok);
        if (!ok || (::kill(pid_t(pid), 0) == 0 || errno != ESRCH))
            continue; // its test is still running
        // Processes left inside (a firewalld, a listener) belong to the killed run that made the namespace.
        QByteArray pids;
        run({"ip", "netns", "pids", name}, &pids);
        for (const QByteArray &p : pids.split('\n')) {
            if (p.trimmed().toLongLong() > 0)
                ::kill(pid_t(p.trimmed().toLongLong()), SIGKILL);
        }
        run({"ip", "netns", "del", name});
        QDir(QStringLiteral("/etc/netns/") + name).removeRecursively();
    }
}

bool ApplyLab::setUp(QString *error)
{
    if (!m_tmp.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    m_made = true;
    QByteArray out;
    const QList<QStringList> commands {
        {"ip", "netns", "add", m_server},
        {"ip", "netns", "add", m_client},
        {"ip", "link", "add", m_vethServer, "netns", m_server, "type", "veth", "peer", "name", m_vethClient, "netns",
            m_client},
        {"ip", "-n", m_server, "addr", "add", serverAddress() + QStringLiteral("/24"), "dev", m_vethServer},
        {"ip", "-n", m_client, "addr", "add", "10.231.0.2/24", "dev", m_vethClient},
        {"ip", "-n", m_server, "link", "set", "lo", "up"},
        {"ip", "-n", m_client, "link", "set", "lo", "up"},
        {"ip", "-n", m_server, "link", "set", m_vethServer, "up"},
        {"ip", "-n", m_client, "link", "set", m_vethClient, "up"},
    };
    for (const QStringList &c : commands) {
        if (run(c, &out) != 0) {
            *error = c.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(out);
            return false;
        }
    }
    QDir().mkpath(stateDir());
    return true;
}

QString ApplyLab::stateDir() const
{
    return m_sandbox.stateDir();
}

QStringList ApplyLab::homeFiles() const
{
    QStringList files;
    QDirIterator it(
        m_tmp.path() + QStringLiteral("/xdg"), QDir::Files | QDir::System | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

QString ApplyLab::binaryFor(const QStringList &extraEnv)
{
    for (const QString &e : extraEnv) {
        if (e.startsWith(QLatin1String("FW_TEST_")))
            return qEnvironmentVariable("FW_BINARY_TESTHOOKS");
    }
    return qEnvironmentVariable("FW_BINARY");
}

QStringList ApplyLab::serverPrefix(const QStringList &extraEnv) const
{
    QStringList env {QStringLiteral("XDG_DATA_HOME=") + m_tmp.path() + QStringLiteral("/xdg")};
    if (!m_dbusAddress.isEmpty())
        env << QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS=") + m_dbusAddress;
    // ip netns exec makes a mount namespace; the sandbox's own (unshare -m) holds root's folders of this lab.
    return QStringList {"ip", "netns", "exec", m_server} + m_sandbox.prefix() + QStringList {"env"} + env + extraEnv;
}

int ApplyLab::inServer(const QStringList &command, QByteArray *output, const QByteArray &input, int timeoutMs,
    const QStringList &extraEnv) const
{
    return run(serverPrefix(extraEnv) + command, output, input, timeoutMs);
}

int ApplyLab::wizard(const QStringList &args, QByteArray *output, const QStringList &extraEnv, int timeoutMs) const
{
    return inServer(QStringList {binaryFor(extraEnv)} + args, output, {}, timeoutMs, extraEnv);
}

void ApplyLab::prepareWizard(QProcess &process, const QStringList &args, const QStringList &extraEnv) const
{
    const QStringList command = serverPrefix(extraEnv) + QStringList {binaryFor(extraEnv)} + args;
    process.setProgram(tool(QStringLiteral("ip")));
    process.setArguments(command.mid(1));
}

QString ApplyLab::ruleset() const
{
    QByteArray out;
    run({"ip", "netns", "exec", m_server, "nft", "list", "ruleset"}, &out);
    return QString::fromUtf8(out);
}

QString ApplyLab::statelessRuleset() const
{
    QByteArray out;
    run({"ip", "netns", "exec", m_server, "nft", "-s", "list", "ruleset"}, &out);
    return QString::fromUtf8(out);
}

QByteArray ApplyLab::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool ApplyLab::loadRuleset(const QString &text, QString *error) const
{
    QByteArray out;
    if (run({"ip", "netns", "exec", m_server, "nft", "-f", "-"}, &out, text.toUtf8()) == 0)
        return true;
    *error = QString::fromUtf8(out);
    return false;
}

bool ApplyLab::copyEtc(const QString &name, QString *error)
{
    const QString target = QStringLiteral("/etc/netns/%1/%2").arg(m_server, name);
    QDir().mkpath(QStringLiteral("/etc/netns/") + m_server);
    QByteArray out;
    if (run({"cp", "-a", QStringLiteral("/etc/") + name, target}, &out) != 0) {
        *error = QString::fromUtf8(out);
        return false;
    }
    return true;
}

QString ApplyLab::etc(const QString &relative) const
{
    return QStringLiteral("/etc/netns/%1/%2").arg(m_server, relative);
}

bool ApplyLab::startFirewalld(QString *error)
{
    const QString socket = m_tmp.path() + QStringLiteral("/bus");
    const QString config = m_tmp.path() + QStringLiteral("/dbus.conf");
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) || file.write(QString::fromLatin1(kDbusConfig).arg(socket).toUtf8()) <= 0) {
        *error = QStringLiteral("cannot write the D-Bus configuration");
        return false;
    }
    file.close();
    m_dbus = std::make_unique<QProcess>();
    m_dbus->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_dbus->start(tool("ip"), {"netns", "exec", m_server, "dbus-daemon", "--nofork", "--config-file=" + config});
    QElapsedTimer clock;
    clock.start();
    while (!QFile::exists(socket) && clock.elapsed() < 15000)
        QThread::msleep(50);
    if (!QFile::exists(socket)) {
        *error = QStringLiteral("dbus-daemon did not start");
        return false;
    }
    m_dbusAddress = QStringLiteral("unix:path=") + socket;
    m_firewalld = std::make_unique<QProcess>();
    m_firewalld->setProcessChannelMode(QProcess::MergedChannels);
    m_firewalld->setStandardOutputFile(m_tmp.path() + QStringLiteral("/firewalld.log"));
    m_firewalld->start(tool("ip"),
        serverPrefix().mid(1) + QStringList {"firewalld", "--nofork", "--nopid", "--log-target", "console"});
    clock.restart();
    while (clock.elapsed() < 60000) {
        QByteArray out;
        if (inServer({"firewall-cmd", "--state"}, &out, {}, 20000) == 0 && out.trimmed() == "running")
            return true;
        if (m_firewalld->state() == QProcess::NotRunning)
            break;
        QThread::msleep(300);
    }
    QFile log(m_tmp.path() + QStringLiteral("/firewalld.log"));
    log.open(QIODevice::ReadOnly);
    *error = QStringLiteral("firewalld did not start: ") + QString::fromUtf8(log.readAll().right(2000));
    return false;
}

void ApplyLab::stopFirewalld()
{
    stop(m_firewalld);
    stop(m_dbus);
    m_dbusAddress.clear();
}

bool ApplyLab::startListener(const QStringList &specs, QString *error)
{
    m_listener = std::make_unique<QProcess>();
    m_listener->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_listener->start(tool("ip"), QStringList {"netns", "exec", m_server, tool("python3"), "-c", kListener} + specs);
    if (!m_listener->waitForStarted(10000) || !m_listener->waitForReadyRead(20000)
        || m_listener->readLine().trimmed() != "ready") {
        *error = QStringLiteral("the listener did not start");
        return false;
    }
    return true;
}

QMap<QString, QString> ApplyLab::probe(const QStringList &specs) const
{
    QByteArray out;
    run(QStringList {"ip", "netns", "exec", m_client, tool("python3"), "-c", kProber, serverAddress()} + specs, &out,
        {}, 60000);
    QMap<QString, QString> results;
    const QList<QByteArray> lines = out.split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> words = line.trimmed().split(' ');
        if (words.size() == 2)
            results.insert(QString::fromUtf8(words.at(0)), QString::fromUtf8(words.at(1)));
    }
    return results;
}

QStringList ApplyLab::openOf(const QStringList &specs) const
{
    const QMap<QString, QString> results = probe(specs);
    QStringList open;
    for (const QString &s : specs) {
        if (results.value(s) == QLatin1String("open"))
            open << s;
    }
    return open;
}

void ApplyLab::tearDown()
{
    stop(m_listener);
    stopFirewalld();
    if (!m_made)
        return;
    m_made = false;
    // Whatever else still runs inside (a wizard that a failed test left waiting) was started by this test.
    for (const QString &ns : {m_server, m_client}) {
        QByteArray pids;
        run({"ip", "netns", "pids", ns}, &pids);
        for (const QByteArray &p : pids.split('\n')) {
            if (p.trimmed().toLongLong() > 0)
                ::kill(pid_t(p.trimmed().toLongLong()), SIGKILL);
        }
        run({"ip", "netns", "del", ns});
    }
    QDir(QStringLiteral("/etc/netns/") + m_server).removeRecursively();
}
