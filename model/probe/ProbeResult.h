#pragma once

#include "catalog/Product.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace fw {

/// What a connectivity probe found.
enum class ProbeStatus {
    Invalid,
    Open,           ///< connected (TCP) or answered (UDP)
    Refused,        ///< TCP RST or ICMP port unreachable: the host is reachable, nothing listens or it is rejected
    Filtered,       ///< no answer within the timeout: something drops the packets
    OpenOrFiltered, ///< UDP to a foreign service: no answer, which cannot tell open from filtered
    Unreachable,    ///< no route, host down, network unreachable
    DnsError,       ///< the name could not be resolved
};

/// What a probe tests: a port the server must accept, or an outside service this machine must reach.
enum class ProbeKind {
    Invalid,
    ServerPort, ///< an inbound port of the server (from a client's rules to the server, or a server's inbound rules)
    OutboundService, ///< a destination this machine connects out to (the vendor's hosts, the mail server)
};

/// What a probe actually saw on the wire; it decides the status and the advice.
enum class ProbeEvidence {
    Invalid,
    Connected,           ///< the TCP handshake completed
    ConnectedClosed,     ///< the TCP handshake completed, then the service closed or reset it at once, silently
    Reply,               ///< a UDP datagram came back
    TcpReset,            ///< the host answered the SYN with a reset
    IcmpPortUnreachable, ///< ICMP port unreachable: nothing listens, or a firewall REJECTs with that type
    IcmpProhibited,      ///< ICMP "administratively prohibited" (or net/host prohibited): a firewall REJECTs it
    IcmpUnreachable,     ///< ICMP host or network unreachable, from a router or this machine's neighbour lookup
    NoRoute,             ///< this machine has no route to the address
    LocalFirewall,       ///< this machine's own firewall refused to send the packet
    LocalError,          ///< this machine could not even try (no IPv6, out of sockets); see detail
    Silence,             ///< nothing came back in time
    NameNotFound,        ///< DNS answered that the name does not exist, or could not be asked
    DnsTimeout,          ///< DNS did not answer within the timeout
};

/// One thing to probe: a host, a port and a protocol, and the plan rule it comes from.
struct ProbeTarget
{
    QString host;
    int port = 0;
    Protocol protocol = Protocol::Invalid; ///< Tcp or Udp
    QString ruleId;                        ///< the plan rule this probe checks; empty if none
    ProbeKind kind = ProbeKind::Invalid;   ///< decides which way the advice says to open the port

    bool operator==(const ProbeTarget &o) const
    {
        return host == o.host && port == o.port && protocol == o.protocol && ruleId == o.ruleId && kind == o.kind;
    }
};

/// The result of one probe.
struct ProbeResult
{
    ProbeTarget target;
    ProbeStatus status = ProbeStatus::Invalid;
    bool responder = false;                          ///< the far end was this program's own test responder ("serve")
    qint64 millis = 0;                               ///< time from start to the result
    QString address;                                 ///< the address actually probed (after DNS), empty on DNS errors
    QString detail;                                  ///< technical detail (the system's error text), untranslated
    ProbeEvidence evidence = ProbeEvidence::Invalid; ///< what was seen
    QString evidenceFrom;        ///< the address that sent an ICMP answer, where one came (a router or the host)
    bool concludedEarly = false; ///< "filtered" concluded before the timeout from the host's measured round trip
    int timeoutMillis = 0;       ///< the timeout the probe ran with (for the advice)
};

using ProbeResults = QList<ProbeResult>;

/// "open", "refused", "filtered", "open-or-filtered", "unreachable", "dns-error" (check --json).
QString probeStatusId(ProbeStatus status);
/// The status for a given id; ProbeStatus::Invalid for an unknown one.
ProbeStatus probeStatusFromId(const QString &id);
/// The status as a short translated word for tables ("open", "offen", "abierto").
QString probeStatusLabel(ProbeStatus status);
/// "connected", "connected-closed", "reply", "tcp-reset", "icmp-port-unreachable", ... (check --json).
QString probeEvidenceId(ProbeEvidence evidence);
/// The status that @p evidence shows: open for a handshake or a reply, refused for a reset or an ICMP refusal,
/// filtered for silence or this machine's own firewall, dns-error for a name not found or a DNS timeout, else
/// unreachable.
ProbeStatus probeStatusFor(ProbeEvidence evidence);
/// "server-port", "outbound-service" (check --json).
QString probeKindId(ProbeKind kind);
/// Whether a status means the path is blocked or broken (check exits 1). Open and open-or-filtered are not:
/// the latter could not be proved either way, which the advice says.
bool probeBlocked(ProbeStatus status);
/// What the result means and what to do next, translated, naming the port, protocol, host and direction.
QString probeAdvice(const ProbeResult &result);
/// The same advice naming @p endpoints instead of the result's own port (probeEndpointsLabel() of a group of results
/// that call for the same action).
QString probeAdvice(const ProbeResult &result, const QString &endpoints);
/// Only what @p result shows for @p endpoints, without what to do, for a refusal, silence or UDP silence not caused by
/// this machine (for the advice a catalog gives); other results get their whole probeAdvice().
QString probeFinding(const ProbeResult &result, const QString &endpoints);
/// "TCP 19812" / "UDP 19813".
QString probeEndpointLabel(const ProbeTarget &target);
/// The ports of @p targets by protocol, TCP first, consecutive ports as ranges: "TCP 19812-19814, UDP 19813".
QString probeEndpointsLabel(QList<ProbeTarget> targets);

} // namespace fw

Q_DECLARE_METATYPE(fw::ProbeResult)
