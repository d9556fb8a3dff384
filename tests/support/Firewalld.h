#pragma once

// firewalld as a test runs it: a dbus-daemon of its own (a system bus on a socket in a folder of the test) and
// firewalld on it, both inside a network namespace, so that firewall-cmd there talks to this daemon and the
// machine's own firewalld, D-Bus and firewall stay untouched. Its configuration is the namespace's /etc/firewalld
// (Netns::copyEtc("firewalld")).
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;

namespace fw::test {

class Firewalld
{
public:
    /// @p prefix runs a command in the namespace (Netns::execPrefix()); @p folder holds the bus socket and the log.
    Firewalld(const QStringList &prefix, const QString &folder);
    /// stop().
    ~Firewalld();
    Firewalld(const Firewalld &) = delete;
    Firewalld &operator=(const Firewalld &) = delete;

    /// The tools it needs.
    static QStringList tools();
    /// Starts the bus and the daemon and waits (at most a minute) until firewall-cmd --state says "running".
    bool start(QString *error);
    /// Stops the daemon and the bus.
    void stop();
    bool running() const;
    /// "DBUS_SYSTEM_BUS_ADDRESS=..." for the commands that talk to it; empty while stopped.
    QStringList environment() const;

private:
    QStringList m_prefix;
    QString m_folder;
    QString m_address;
    std::unique_ptr<QProcess> m_bus;
    std::unique_ptr<QProcess> m_daemon;
};

} // namespace fw::test
