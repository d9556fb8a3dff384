#pragma once

// Root's own folders for the tests that run the real firewall-wizard as root. Run as root, the program keeps its
// state in /var/lib/firewall-wizard, its log in /var/log/firewall-wizard and reads the system-wide catalog in
// /etc/firewall-wizard/catalog, whatever HOME and XDG_* say, and the program has no switch to move them. So each
// command runs in a mount namespace of its own (unshare -m, private propagation) in which folders of this object's
// temporary folder are bind-mounted over those three: the test sees what the program wrote there, and the
// machine's own folders are never read or written. Only the mount points are made on the machine where they are
// missing: empty, the first two with mode 0700, as the program itself makes them.
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

namespace fw::test {

class RootSandbox
{
public:
    RootSandbox()
    {
        for (const QString &d : {stateDir(), logDir(), catalogDir()})
            QDir().mkpath(d);
        ::chmod(QFile::encodeName(stateDir()).constData(), 0700);
        ::chmod(QFile::encodeName(logDir()).constData(), 0700);
        if (active()) {
            ::mkdir("/var/lib/firewall-wizard", 0700);
            ::mkdir("/var/log/firewall-wizard", 0700);
            ::mkdir("/etc/firewall-wizard", 0755);
        }
    }

    /// Whether commands need it: the program uses root's folders only when it runs as root.
    static bool active() { return ::geteuid() == 0; }

    /// What the program sees as /var/lib/firewall-wizard.
    QString stateDir() const { return m_tmp.path() + QStringLiteral("/var-lib"); }
    /// What the program sees as /var/log/firewall-wizard.
    QString logDir() const { return m_tmp.path() + QStringLiteral("/var-log"); }
    /// What the program sees as /etc/firewall-wizard/catalog.
    QString catalogDir() const { return m_tmp.path() + QStringLiteral("/etc/catalog"); }
    QString logFile() const { return logDir() + QStringLiteral("/firewall-wizard.log"); }

    /// The command line prefix that runs a command inside the sandbox (a missing state or log folder is made
    /// again, mode 0700, so that a test may remove it between commands). Empty when not active().
    QStringList prefix() const
    {
        if (!active())
            return {};
        return {QStringLiteral("unshare"), QStringLiteral("-m"), QStringLiteral("--propagation"),
            QStringLiteral("private"), QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("mkdir -p -m 700 \"$0\" \"$1\" && mount --bind \"$0\" /var/lib/firewall-wizard && "
                           "mount --bind \"$1\" /var/log/firewall-wizard && mount --bind \"$2\" /etc/firewall-wizard "
                           "&& shift 2 && exec \"$@\""),
            stateDir(), logDir(), m_tmp.path() + QStringLiteral("/etc")};
    }

private:
    QTemporaryDir m_tmp;
};

} // namespace fw::test
