#pragma once

#include "ApplyLab.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

/// A fleet of Linux hosts for running an Ansible playbook for real: each host is the server namespace of an
/// ApplyLab (its own network namespace, /etc/netns copies of /etc/firewalld or /etc/ufw, firewalld on a private
/// D-Bus), joined by a second veth to a bridge in one control namespace ("fwa-<pid>-fleet-cli", which
/// ApplyLab::removeStale() cleans up with the rest) at 10.232.0.<10+n>. Each host runs Debian's sshd in a mount
/// namespace of its own with a /run of its own (so that firewall-cmd finds its host's D-Bus at the usual path), its
/// own host key, and root login only with the lab's throwaway key. ansible-playbook runs in the control namespace.
class FleetLab
{
public:
    enum class Firewall { Firewalld, Ufw, Nftables };

    FleetLab();
    ~FleetLab();
    FleetLab(const FleetLab &) = delete;
    FleetLab &operator=(const FleetLab &) = delete;

    /// Why the lab cannot run here (not root, a tool missing); empty when it can.
    static QString unavailableReason();

    /// Makes the control namespace and one host per entry of @p firewalls, each with its firewall and sshd running.
    bool setUp(const QList<Firewall> &firewalls, QString *error);
    int hostCount() const { return int(m_hosts.size()); }
    /// The inventory name of host @p i: "host1", "host2", ...
    static QString hostName(int i) { return QStringLiteral("host%1").arg(i + 1); }
    /// The address that the control namespace reaches host @p i at.
    static QString hostAddress(int i) { return QStringLiteral("10.232.0.%1").arg(10 + i); }
    /// An address in the fleet's network where nothing answers.
    static QString deadAddress() { return QStringLiteral("10.232.0.250"); }
    ApplyLab &host(int i) { return *m_hosts.at(i)->lab; }
    Firewall firewall(int i) const { return m_hosts.at(i)->firewall; }

    /// Writes an inventory (group "linux") of the hosts @p hosts (all when empty), each with its variables in
    /// @p hostVars ("name=value ..."), plus @p extraLines after them; returns its path.
    QString writeInventory(const QList<int> &hosts = {}, const QStringList &extraLines = {},
        const QMap<int, QString> &hostVars = {}) const;
    /// Runs ansible-playbook in the control namespace with LC_ALL=C and no host key prompts; returns its exit code.
    int playbook(const QString &inventory, const QString &file, const QStringList &args, QByteArray *output,
        int timeoutMs = 300000) const;
    /// The PLAY RECAP of ansible-playbook's @p output: per host, its counters ("ok", "changed", "unreachable",
    /// "failed", ...).
    static QMap<QString, QMap<QString, int>> recap(const QByteArray &output);

    /// What host @p i's firewall holds, as its own tools print it (LC_ALL=C): the stateless nft ruleset, and
    /// firewall-cmd --list-all (runtime and permanent) or ufw status verbose with ufw's application profiles.
    QString snapshot(int i) const;

    void tearDown();

private:
    struct Host
    {
        std::unique_ptr<ApplyLab> lab;
        Firewall firewall = Firewall::Nftables;
        std::unique_ptr<QProcess> sshd;
    };
    bool addHost(int i, Firewall firewall, QString *error);
    bool startSshd(int i, QString *error);
    /// Runs @p command in the control namespace.
    int inControl(const QStringList &command, QByteArray *output = nullptr, int timeoutMs = 60000) const;

    QTemporaryDir m_tmp;
    QString m_control;
    QString m_bridge;
    QString m_id;
    QList<std::shared_ptr<Host>> m_hosts;
    bool m_made = false;
};
