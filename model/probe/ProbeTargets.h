#pragma once

#include "ProbeResult.h"
#include "catalog/Product.h"
#include "plan/Plan.h"

#include <QList>
#include <QString>

namespace fw {

/// A plan rule that a check cannot probe, and why.
struct UnprobedRule
{
    enum class Reason {
        Invalid,
        NoHost,   ///< the remote side is "the internet", "the LAN" or "any", with no host named to test
        NoPorts,  ///< a program rule without ports, or a protocol that cannot be probed
        NoServer, ///< the rule goes to the server, but no server address is known
    };
    QString ruleId;
    Reason reason = Reason::Invalid;
};

/// What a check of one plan probes, and which rules it leaves out.
struct ProbeSet
{
    QList<ProbeTarget> targets;   ///< in plan order, each host, port and protocol once
    QList<UnprobedRule> unprobed; ///< rules that can not be probed, in plan order
    int omitted = 0;              ///< probes left out beyond maxProbeTargets()
};

/// The most probes one check makes; a catalog range beyond this is cut (ProbeSet::omitted says how many).
int maxProbeTargets();

/// The probes for @p plan as seen from this machine, with @p server the server's host name or address (empty: none):
/// - from a client, the server's inbound ports: each port of the client's outbound rules to the server (an outbound
///   service instead where the catalog says that the server is not the site's to fix: whenBlocked.fixedBy);
/// - from a server (or probing a server from elsewhere), the plan's inbound TCP and UDP ports on @p server;
/// - for both, the outbound destinations the catalog names: rules to named hosts (the vendor's), and, for an
///   option's rules to the internet, the host value that the same option asks for (timeSensor's mail server).
/// @p product is the plan's product from the catalog (for those host values); may be null.
ProbeSet probeTargets(const Plan &plan, const QString &server, const Product *product);

/// A port the test responder listens on, and the plan rule it comes from.
struct ResponderPort
{
    int port = 0;
    Protocol protocol = Protocol::Invalid; ///< Tcp or Udp
    QString ruleId;
    bool operator==(const ResponderPort &o) const { return port == o.port && protocol == o.protocol; }
};

/// The inbound TCP and UDP ports of @p plan, each once, ordered by protocol (TCP first) and port; a rule for
/// protocol "any" with ports gives both. Capped at maxProbeTargets().
QList<ResponderPort> responderPorts(const Plan &plan);

} // namespace fw
