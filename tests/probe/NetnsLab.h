#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

/// Two network namespaces joined by a veth pair: a "server" (192.0.2.1, 2001:db8::1) and a "client" (192.0.2.2,
/// 2001:db8::2), with nothing else reachable. Made for one test run and removed again, even after a failure (the
/// next run also removes namespaces left by a run that was killed). Needs root and iproute2; nftables for rules.
class NetnsLab
{
public:
    /// Names the namespaces fwt-<tag>-<pid>-srv and -cli; nothing is created yet.
    explicit NetnsLab(const QString &tag);
    /// Removes both namespaces and their /etc/netns folders.
    ~NetnsLab();
    NetnsLab(const NetnsLab &) = delete;
    NetnsLab &operator=(const NetnsLab &) = delete;

    /// Why namespaces cannot be made here (not root, no ip or nft); empty when they can.
    static QString unavailableReason();
    /// Removes namespaces named fwt-* whose process is gone (a run that was killed before it could clean up).
    static void removeStale();

    /// Creates the namespaces, the veth pair and the addresses; returns false with the reason in @p error.
    bool setUp(QString *error);
    /// Removes everything setUp() made.
    void tearDown();

    QString server() const { return m_server; }
    QString client() const { return m_client; }
    static QString serverAddress() { return QStringLiteral("192.0.2.1"); }
    static QString clientAddress() { return QStringLiteral("192.0.2.2"); }
    static QString serverAddress6() { return QStringLiteral("2001:db8::1"); }
    static QString clientAddress6() { return QStringLiteral("2001:db8::2"); }

    /// Runs @p command inside namespace @p ns, waiting at most @p timeoutMs; returns its exit code (-1: did not end).
    static int run(const QString &ns, const QStringList &command, QByteArray *output = nullptr,
                   const QByteArray &input = QByteArray(), int timeoutMs = 15000);
    /// Loads an nftables ruleset into namespace @p ns (replacing what it had).
    bool nft(const QString &ns, const QString &ruleset, QString *error);
    /// Writes /etc/netns/<client>/<name> ("hosts", "resolv.conf"), which `ip netns exec` shows the client as /etc/<name>.
    bool writeClientEtc(const QString &name, const QByteArray &content);
    /// Runs @p work with the calling thread inside namespace @p ns: sockets made there stay there.
    bool inNamespace(const QString &ns, const std::function<void()> &work);
    /// A QProcess ready to run @p program with @p args inside namespace @p ns.
    static void prepare(QProcess &process, const QString &ns, const QString &program, const QStringList &args);

private:
    QString m_server;
    QString m_client;
    QString m_vethServer;
    QString m_vethClient;
    bool m_made = false;
};
