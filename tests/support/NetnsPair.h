#pragma once

// Two network namespaces of this run, a "server" and a "client", joined by a veth pair with an address on each end:
// the smallest network in which one real program talks to another across a real firewall.
#include "Netns.h"

#include <QString>
#include <QStringList>

namespace fw::test {

/// One end of a veth pair: its namespace, interface name and addresses ("10.0.0.1/24", "2001:db8::1/64").
struct VethEnd
{
    const Netns *netns = nullptr;
    QString interface;
    QStringList addresses;
};

/// Makes a veth pair between @p a and @p b, gives each end its addresses (IPv6 without duplicate address detection,
/// so usable at once) and brings both up.
bool addVeth(const VethEnd &a, const VethEnd &b, QString *error);

/// Lets every ICMP error through in @p netns (Linux sends only about six a second to one destination by default;
/// tests that count refusals need each one).
void unlimitIcmpErrors(const Netns &netns);

/// The addresses of a NetnsPair: IPv4 on a /24, IPv6 (optional) on a /64.
struct PairAddresses
{
    QString server;
    QString client;
    QString server6; ///< empty: no IPv6
    QString client6;
};

class NetnsPair
{
public:
    /// Names the namespaces <prefix>-<pid>-<tag>-srv and -cli; nothing is made yet.
    NetnsPair(const QString &prefix, const QString &tag, const PairAddresses &addresses);
    /// tearDown().
    ~NetnsPair();
    NetnsPair(const NetnsPair &) = delete;
    NetnsPair &operator=(const NetnsPair &) = delete;

    /// Makes both namespaces, the veth pair and the addresses, with every ICMP error let through.
    bool setUp(QString *error);
    /// Removes both namespaces (and what runs inside them).
    void tearDown();

    Netns &server() { return m_server; }
    Netns &client() { return m_client; }
    const Netns &server() const { return m_server; }
    const Netns &client() const { return m_client; }
    /// The veth interface of the server (facing the client) and of the client.
    const QString &serverInterface() const { return m_serverInterface; }
    const QString &clientInterface() const { return m_clientInterface; }
    const PairAddresses &addresses() const { return m_addresses; }

private:
    Netns m_server;
    Netns m_client;
    QString m_serverInterface;
    QString m_clientInterface;
    PairAddresses m_addresses;
};

} // namespace fw::test
