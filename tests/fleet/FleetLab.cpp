#include "FleetLab.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <sys/stat.h>

namespace {

QString sbin(const QString &name)
{
    return QStandardPaths::findExecutable(name, {"/usr/sbin", "/sbin", "/usr/bin", "/bin"});
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

/// A plain nftables host: its own table whose input chain drops everything but replies, loopback and SSH, by its
/// policy and by a final rule (the playbook's jump must go right before that rule, or the plan's ports stay closed).
const char *const kNftablesHost = R"(table inet filter {
	chain input {
		type filter hook input priority filter; policy drop;
		ct state established,related accept
		iif "lo" accept
		tcp dport 22 accept
		drop
	}
}
)";

/// Only the lab's own sshd reads this: root may log in with the lab's key, nothing else.
const char *const kSshdConfig = R"(ListenAddress %1
HostKey %2/ssh_host_ed25519_key
PidFile %2/sshd.pid
AuthorizedKeysFile %3
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
Subsystem sftp /usr/lib/openssh/sftp-server
)";

} // namespace

FleetLab::FleetLab()
{
    const qint64 pid = QCoreApplication::applicationPid();
    // "fwa-<pid>-": ApplyLab::removeStale() removes it with the hosts' namespaces when this process is gone.
    m_control = QStringLiteral("fwa-%1-fleet-cli").arg(pid);
    m_id = QString::number(pid % 100000);
    m_bridge = QStringLiteral("fwf%1br").arg(m_id);
}

FleetLab::~FleetLab()
{
    tearDown();
}

QString FleetLab::unavailableReason()
{
    const QString reason = ApplyLab::unavailableReason(
        {"sshd", "ssh", "ssh-keygen", "ansible-playbook", "unshare", "firewalld", "dbus-daemon", "ufw"});
    if (!reason.isEmpty())
        return reason + QStringLiteral(" (scripts/packages-test-fleet.txt)");
    return QString();
}

int FleetLab::inControl(const QStringList &command, QByteArray *output, int timeoutMs) const
{
    return ApplyLab::run(QStringList {"ip", "netns", "exec", m_control} + command, output, {}, timeoutMs);
}

bool FleetLab::setUp(const QList<Firewall> &firewalls, QString *error)
{
    if (!m_tmp.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    m_made = true;
    QByteArray out;
    const QList<QStringList> commands {
        {"ip", "netns", "add", m_control},
        {"ip", "-n", m_control, "link", "set", "lo", "up"},
        {"ip", "-n", m_control, "link", "add", m_bridge, "type", "bridge"},
        {"ip", "-n", m_control, "addr", "add", "10.232.0.1/24", "dev", m_bridge},
        {"ip", "-n", m_control, "link", "set", m_bridge, "up"},
        {"ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "fleet-lab", "-f", m_tmp.filePath("id_ed25519")},
    };
    for (const QStringList &c : commands) {
        if (ApplyLab::run(c, &out) != 0) {
            *error = c.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(out);
            return false;
        }
    }
    if (!QFile::copy(m_tmp.filePath("id_ed25519.pub"), m_tmp.filePath("authorized_keys"))) {
        *error = QStringLiteral("cannot write authorized_keys");
        return false;
    }
    for (int i = 0; i < firewalls.size(); ++i) {
        if (!addHost(i, firewalls.at(i), error))
            return false;
    }
    return true;
}

bool FleetLab::addHost(int i, Firewall firewall, QString *error)
{
    auto host = std::make_shared<Host>();
    host->firewall = firewall;
    // ApplyLab names its veth pair by the tag's first letter: one letter per host keeps them apart.
    const QString letter = QString(QChar('a' + i));
    host->lab = std::make_unique<ApplyLab>(letter);
    m_hosts << host;
    ApplyLab &lab = *host->lab;
    if (!lab.setUp(error))
        return false;
    const QString inside = QStringLiteral("fwf%1%2").arg(m_id, letter);
    const QString outside = inside + QStringLiteral("b");
    QByteArray out;
    const QList<QStringList> commands {
        {"ip", "link", "add", inside, "netns", lab.server(), "type", "veth", "peer", "name", outside, "netns",
            m_control},
        {"ip", "-n", lab.server(), "addr", "add", hostAddress(i) + QStringLiteral("/24"), "dev", inside},
        {"ip", "-n", lab.server(), "link", "set", inside, "up"},
        {"ip", "-n", m_control, "link", "set", outside, "master", m_bridge},
        {"ip", "-n", m_control, "link", "set", outside, "up"},
    };
    for (const QStringList &c : commands) {
        if (ApplyLab::run(c, &out) != 0) {
            *error = c.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(out);
            return false;
        }
    }
    switch (firewall) {
    case Firewall::Nftables:
        if (!lab.loadRuleset(QString::fromLatin1(kNftablesHost), error))
            return false;
        break;
    case Firewall::Ufw:
        if (!lab.copyEtc(QStringLiteral("ufw"), error))
            return false;
        for (const QStringList &c :
            {QStringList {"ufw", "allow", "22/tcp"}, QStringList {"ufw", "--force", "enable"}}) {
            if (lab.inServer(QStringList {"env", "LC_ALL=C"} + c, &out) != 0) {
                *error = c.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(out);
                return false;
            }
        }
        break;
    case Firewall::Firewalld:
        if (!lab.copyEtc(QStringLiteral("firewalld"), error) || !lab.startFirewalld(error))
            return false;
        break;
    }
    return startSshd(i, error);
}

bool FleetLab::startSshd(int i, QString *error)
{
    Host &host = *m_hosts.at(i);
    const QString dir = m_tmp.filePath(hostName(i));
    const QString run = dir + QStringLiteral("/run");
    QDir().mkpath(run + QStringLiteral("/sshd"));
    QDir().mkpath(run + QStringLiteral("/dbus"));
    ::chmod(QFile::encodeName(dir).constData(), 0755);
    ::chmod(QFile::encodeName(run + QStringLiteral("/sshd")).constData(), 0755);
    // firewall-cmd and Ansible's firewalld module look for the system bus at /run/dbus/system_bus_socket.
    if (host.firewall == Firewall::Firewalld)
        QFile::link(host.lab->tempPath() + QStringLiteral("/bus"), run + QStringLiteral("/dbus/system_bus_socket"));
    QByteArray out;
    const QStringList keygen {"ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", dir + "/ssh_host_ed25519_key"};
    if (ApplyLab::run(keygen, &out) != 0
        || !writeFile(dir + QStringLiteral("/sshd_config"),
            QString::fromLatin1(kSshdConfig).arg(hostAddress(i), dir, m_tmp.filePath("authorized_keys")).toUtf8())) {
        *error = QStringLiteral("cannot write sshd's keys or configuration: ") + QString::fromUtf8(out);
        return false;
    }
    // ip netns exec shows /etc/netns/<host>/* as /etc/*; unshare -m gives the host its own /run on top.
    host.sshd = std::make_unique<QProcess>();
    host.sshd->setProcessChannelMode(QProcess::MergedChannels);
    host.sshd->setStandardOutputFile(dir + QStringLiteral("/sshd.log"));
    host.sshd->start(sbin("ip"),
        {"netns", "exec", host.lab->server(), "unshare", "-m", "--propagation", "private", "sh", "-c",
            "mount --bind \"$0\" /run && exec \"$@\"", run, sbin("sshd"), "-D", "-e", "-f", dir + "/sshd_config"});
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 20000) {
        if (inControl(
                {"ssh", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
                    "-o", "ConnectTimeout=2", "-i", m_tmp.filePath("id_ed25519"), "root@" + hostAddress(i), "true"},
                &out, 10000)
            == 0)
            return true;
        if (host.sshd->state() == QProcess::NotRunning)
            break;
        QThread::msleep(200);
    }
    *error = QStringLiteral("sshd on %1 does not let the lab's key in: %2 %3")
                 .arg(hostAddress(i), QString::fromUtf8(out),
                     QString::fromUtf8(ApplyLab::read(dir + QStringLiteral("/sshd.log")).right(1000)));
    return false;
}

QString FleetLab::writeInventory(
    const QList<int> &hosts, const QStringList &extraLines, const QMap<int, QString> &hostVars) const
{
    QString text = QStringLiteral("[linux]\n");
    for (int i = 0; i < hostCount(); ++i) {
        if (hosts.isEmpty() || hosts.contains(i)) {
            text += QStringLiteral("%1 ansible_host=%2").arg(hostName(i), hostAddress(i));
            text += (hostVars.contains(i) ? QLatin1Char(' ') + hostVars.value(i) : QString()) + QLatin1Char('\n');
        }
    }
    for (const QString &l : extraLines)
        text += l + QLatin1Char('\n');
    // No sudo on the hosts: root becomes root with su, which asks nothing.
    text += QStringLiteral("\n[all:vars]\nansible_user=root\nansible_python_interpreter=/usr/bin/python3\n"
                           "ansible_become_method=su\n");
    static int count = 0;
    const QString path = m_tmp.filePath(QStringLiteral("hosts-%1.ini").arg(++count));
    writeFile(path, text.toUtf8());
    return path;
}

int FleetLab::playbook(
    const QString &inventory, const QString &file, const QStringList &args, QByteArray *output, int timeoutMs) const
{
    const QString home = m_tmp.filePath(QStringLiteral("ansible"));
    // C.UTF-8: the C locale's messages, in the UTF-8 that ansible-playbook requires (it refuses plain C).
    const QStringList env {"LC_ALL=C.UTF-8", "ANSIBLE_HOME=" + home, "ANSIBLE_LOCAL_TEMP=" + home + "/tmp",
        "ANSIBLE_HOST_KEY_CHECKING=False", "ANSIBLE_PRIVATE_KEY_FILE=" + m_tmp.filePath("id_ed25519"),
        "ANSIBLE_SSH_ARGS=-o ControlMaster=auto -o ControlPersist=30s -o UserKnownHostsFile=/dev/null "
        "-o StrictHostKeyChecking=no -o IdentitiesOnly=yes",
        "ANSIBLE_TIMEOUT=5", "ANSIBLE_PIPELINING=True", "ANSIBLE_NOCOLOR=1", "ANSIBLE_RETRY_FILES_ENABLED=False",
        "ANSIBLE_FORKS=10"};
    const int code = inControl(
        QStringList {"env"} + env + QStringList {"ansible-playbook", "-i", inventory, file} + args, output, timeoutMs);
    // For a look at a failed run: FW_FLEET_LOG_DIR keeps each run's whole output.
    static int runs = 0;
    if (!qEnvironmentVariable("FW_FLEET_LOG_DIR").isEmpty())
        writeFile(QStringLiteral("%1/run-%2.log").arg(qEnvironmentVariable("FW_FLEET_LOG_DIR")).arg(++runs), *output);
    return code;
}

QMap<QString, QMap<QString, int>> FleetLab::recap(const QByteArray &output)
{
    QMap<QString, QMap<QString, int>> result;
    const QString text = QString::fromUtf8(output);
    const int start = text.lastIndexOf(QLatin1String("PLAY RECAP"));
    if (start < 0)
        return result;
    static const QRegularExpression hostLine(QStringLiteral("^(\\S+)\\s*:\\s*((?:\\w+=\\d+\\s*)+)$"));
    static const QRegularExpression counter(QStringLiteral("(\\w+)=(\\d+)"));
    for (const QString &line : text.mid(start).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = hostLine.match(line.trimmed());
        if (!m.hasMatch())
            continue;
        auto it = counter.globalMatch(m.captured(2));
        while (it.hasNext()) {
            const QRegularExpressionMatch c = it.next();
            result[m.captured(1)].insert(c.captured(1), c.captured(2).toInt());
        }
    }
    return result;
}

QString FleetLab::snapshot(int i) const
{
    const ApplyLab &lab = *m_hosts.at(i)->lab;
    QString text = lab.statelessRuleset();
    QList<QStringList> commands;
    if (m_hosts.at(i)->firewall == Firewall::Firewalld)
        commands = {{"firewall-cmd", "--list-all"}, {"firewall-cmd", "--permanent", "--list-all"}};
    else if (m_hosts.at(i)->firewall == Firewall::Ufw)
        commands = {{"ufw", "status", "verbose"}, {"ls", "-A", "/etc/ufw/applications.d"}};
    for (const QStringList &c : commands) {
        QByteArray out;
        lab.inServer(QStringList {"env", "LC_ALL=C"} + c, &out);
        text += QStringLiteral("\n$ %1\n%2").arg(c.join(QLatin1Char(' ')), QString::fromUtf8(out));
    }
    return text;
}

void FleetLab::tearDown()
{
    for (const auto &host : std::as_const(m_hosts)) {
        if (host->sshd && host->sshd->state() != QProcess::NotRunning) {
            host->sshd->kill();
            host->sshd->waitForFinished(5000);
        }
        host->sshd.reset();
        host->lab->tearDown();
    }
    m_hosts.clear();
    if (!m_made)
        return;
    m_made = false;
    // The ssh connections that Ansible keeps open (ControlPersist) run in the control namespace.
    QByteArray pids;
    ApplyLab::run({"ip", "netns", "pids", m_control}, &pids);
    for (const QByteArray &p : pids.split('\n')) {
        if (p.trimmed().toLongLong() > 0)
            ApplyLab::run({"kill", "-9", QString::fromLatin1(p.trimmed())});
    }
    ApplyLab::run({"ip", "netns", "del", m_control});
}
