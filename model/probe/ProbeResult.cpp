#include "ProbeResult.h"

#include "system/IdTable.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace fw {

namespace {

/// The translation context of the advice texts (lupdate reads it from the macro).
namespace ProbeAdvice {
FW_TR_CONTEXT(fw::ProbeAdvice)
}

/// The translation context of the status words.
namespace ProbeStatusText {
FW_TR_CONTEXT(fw::ProbeStatus)
}

const IdName<ProbeStatus> kStatuses[] = {
    {ProbeStatus::Open, "open"},
    {ProbeStatus::Refused, "refused"},
    {ProbeStatus::Filtered, "filtered"},
    {ProbeStatus::OpenOrFiltered, "open-or-filtered"},
    {ProbeStatus::Unreachable, "unreachable"},
    {ProbeStatus::DnsError, "dns-error"},
};

/// Each kind of evidence: its id, and the status it shows.
struct EvidenceRow
{
    ProbeEvidence value;
    const char *id;
    ProbeStatus status;
};

const EvidenceRow kEvidence[] = {
    {ProbeEvidence::Connected, "connected", ProbeStatus::Open},
    {ProbeEvidence::ConnectedClosed, "connected-closed", ProbeStatus::Open},
    {ProbeEvidence::Reply, "reply", ProbeStatus::Open},
    {ProbeEvidence::TcpReset, "tcp-reset", ProbeStatus::Refused},
    {ProbeEvidence::IcmpPortUnreachable, "icmp-port-unreachable", ProbeStatus::Refused},
    {ProbeEvidence::IcmpProhibited, "icmp-prohibited", ProbeStatus::Refused},
    {ProbeEvidence::IcmpUnreachable, "icmp-unreachable", ProbeStatus::Unreachable},
    {ProbeEvidence::NoRoute, "no-route", ProbeStatus::Unreachable},
    {ProbeEvidence::LocalFirewall, "local-firewall", ProbeStatus::Filtered},
    {ProbeEvidence::LocalError, "local-error", ProbeStatus::Unreachable},
    {ProbeEvidence::Silence, "silence", ProbeStatus::Filtered},
    {ProbeEvidence::NameNotFound, "name-not-found", ProbeStatus::DnsError},
    {ProbeEvidence::DnsTimeout, "dns-timeout", ProbeStatus::DnsError},
};

const IdName<ProbeKind> kKinds[] = {
    {ProbeKind::ServerPort, "server-port"},
    {ProbeKind::OutboundService, "outbound-service"},
};

QString protocolName(Protocol protocol)
{
    return protocol == Protocol::Udp ? QStringLiteral("UDP") : QStringLiteral("TCP");
}

/// "ts.example.com (192.0.2.7)", or just the address when the host was given as one.
QString hostLabel(const ProbeResult &r)
{
    if (r.address.isEmpty() || r.address == r.target.host)
        return r.target.host;
    return QStringLiteral("%1 (%2)").arg(r.target.host, r.address);
}

/// What a result means and what to do, naming @p what (one endpoint, or all of a group's) on the result's host. One
/// switch over the status; where a probe to the server and one to an outside service call for different actions, the
/// kind picks the text.
QString adviceText(const ProbeResult &r, const QString &what)
{
    const QString host = hostLabel(r);
    const bool out = r.target.kind == ProbeKind::OutboundService;
    // What this machine itself stopped, whichever way the probe went.
    if (r.evidence == ProbeEvidence::LocalFirewall)
        return ProbeAdvice::tr("This machine's own firewall does not let %1 out to %2. Allow %1 outbound on this "
                               "machine.")
            .arg(what, host);
    if (r.evidence == ProbeEvidence::LocalError)
        return ProbeAdvice::tr("This machine could not send a probe to %1 on %2 (%3). Check its network settings, "
                               "e.g. whether it has IPv6 when the address is an IPv6 one.")
            .arg(host, what, r.detail);
    switch (r.status) {
    case ProbeStatus::Open:
        if (r.evidence == ProbeEvidence::ConnectedClosed) {
            return out ? ProbeAdvice::tr(
                       "%1 accepts connections on %2, so the way out is open, but the service closed the connection "
                       "at once without a word. It may turn this machine away; ask the service's operator.")
                             .arg(host, what)
                       : ProbeAdvice::tr(
                           "%1 accepts connections on %2, so the path is open, but the service there closed the "
                           "connection at once without a word. A service does that when it turns this machine away "
                           "(a list of allowed clients, a connection limit) or speaks another protocol: check the "
                           "service's settings and log on the server.")
                             .arg(host, what);
        }
        if (out)
            return ProbeAdvice::tr(
                "%1 accepts connections on %2: this machine can reach the service, so the way out is open.")
                .arg(host, what);
        if (r.responder)
            return ProbeAdvice::tr(
                "The test responder on %1 answered on %2: no firewall on the way blocks it. Stop the "
                "responder before the product's server software needs the port.")
                .arg(host, what);
        if (r.target.protocol == Protocol::Udp)
            return ProbeAdvice::tr("%1 answered on %2: the path is open and a service answers there.").arg(host, what);
        return ProbeAdvice::tr(
            "%1 accepts connections on %2: the path is open and a service listens there. If the product "
            "still fails, check that this service is the product's server.")
            .arg(host, what);
    case ProbeStatus::Refused:
        if (r.evidence == ProbeEvidence::IcmpProhibited) {
            const bool byTheHost = r.evidenceFrom.isEmpty() || r.evidenceFrom == r.address;
            if (out)
                return ProbeAdvice::tr(
                    "A firewall at %3 rejects %2 out to %1 (ICMP \"administratively prohibited\"). Allow %2 "
                    "outbound to %1 on this machine and on the network firewall or proxy.")
                    .arg(host, what, byTheHost ? r.address : r.evidenceFrom);
            if (byTheHost)
                return ProbeAdvice::tr(
                    "The firewall on %1 rejects %2: the server is up, but its firewall turns the connection "
                    "away. Allow %2 inbound in the server's firewall (in the zone or profile of the network "
                    "this machine comes from).")
                    .arg(host, what);
            return ProbeAdvice::tr(
                "A firewall at %3 rejects %2 on its way to %1. Allow %2 through the firewall at %3, and "
                "inbound on the server.")
                .arg(host, what, r.evidenceFrom);
        }
        return out
            ? ProbeAdvice::tr("%1 is reachable but refused %2: the service is not running there, or a firewall rejects "
                              "it. Check the name and port with the service's operator, and allow %2 outbound to %1 on "
                              "this machine and the network firewall.")
                  .arg(host, what)
            : ProbeAdvice::tr(
                "%1 is reachable but refused %2: nothing listens on that port, or the server's firewall "
                "rejects it. Start the product's server software, or run \"firewall-wizard serve\" on the "
                "server to test the path, and allow %2 inbound in the server's firewall.")
                  .arg(host, what);
    case ProbeStatus::Filtered:
        if (out)
            return ProbeAdvice::tr(
                "No answer from %1 on %2 within %3 ms: a firewall drops this machine's outgoing %2. Allow %2 "
                "outbound to %1 on this machine and on the network firewall or proxy.")
                .arg(host, what)
                .arg(r.millis);
        if (r.responder)
            return ProbeAdvice::tr(
                "The test responder runs on %1 but no answer came on %2 within %3 ms: a firewall "
                "between this machine and the server drops it. Open %2 inbound on the server and on any "
                "network firewall in between.")
                .arg(host, what)
                .arg(r.millis);
        return ProbeAdvice::tr(
            "No answer from %1 on %2 within %3 ms: a firewall between this machine and the server drops "
            "it. Open %2 inbound on the server and on any network firewall in between, and outbound on "
            "this machine if its firewall limits outgoing traffic.")
            .arg(host, what)
            .arg(r.millis);
    case ProbeStatus::OpenOrFiltered:
        return out ? ProbeAdvice::tr(
                   "No answer from %1 on %2. A UDP service that ignores unknown messages looks the same as a "
                   "firewall that drops them, so the way out could not be proved.")
                         .arg(host, what)
                   : ProbeAdvice::tr(
                       "No answer from %1 on %2. A UDP service that ignores unknown messages looks the same as a "
                       "firewall that drops them, so the path could not be proved. Run \"firewall-wizard serve\" on "
                       "the server and check again: its test responder answers on every free port. Where serve "
                       "reports the port as taken, a service runs there and only the product itself can prove it.")
                         .arg(host, what);
    case ProbeStatus::Unreachable:
        return out ? ProbeAdvice::tr(
                   "%1 cannot be reached at all (%2): this machine has no way to it. Check the internet "
                   "connection, the default gateway and any proxy settings; the port (%3) does not matter yet.")
                         .arg(host, r.detail, what)
                   : ProbeAdvice::tr(
                       "%1 cannot be reached at all (%2): there is no route to it, or the host is down. Check the "
                       "address, the network connection or VPN and the routes; the port (%3) does not matter yet.")
                         .arg(host, r.detail, what);
    case ProbeStatus::DnsError:
        return out ? ProbeAdvice::tr(
                   "The name %1 could not be resolved (%2). Check the spelling and this machine's DNS server.")
                         .arg(r.target.host, r.detail)
                   : ProbeAdvice::tr(
                       "The name %1 could not be resolved (%2). Check the spelling and this machine's DNS server, "
                       "or give the server's IP address instead.")
                         .arg(r.target.host, r.detail);
    case ProbeStatus::Invalid:
        break;
    }
    return QString();
}

} // namespace

QString probeStatusId(ProbeStatus s)
{
    return idOf(kStatuses, s);
}

ProbeStatus probeStatusFromId(const QString &id)
{
    return fromId(kStatuses, id, ProbeStatus::Invalid);
}

QString probeStatusLabel(ProbeStatus s)
{
    switch (s) {
    case ProbeStatus::Open:
        //: A port that answered a connectivity test
        return ProbeStatusText::tr("open", "probe status");
    case ProbeStatus::Refused:
        //: The host answered, but turned the connection away
        return ProbeStatusText::tr("refused", "probe status");
    case ProbeStatus::Filtered:
        //: No answer: a firewall drops the packets
        return ProbeStatusText::tr("filtered", "probe status");
    case ProbeStatus::OpenOrFiltered:
        //: UDP: no answer, which cannot tell an open port from a filtered one
        return ProbeStatusText::tr("open or filtered", "probe status");
    case ProbeStatus::Unreachable:
        return ProbeStatusText::tr("unreachable", "probe status");
    case ProbeStatus::DnsError:
        //: The host name could not be resolved
        return ProbeStatusText::tr("name not found", "probe status");
    case ProbeStatus::Invalid:
        break;
    }
    return QString();
}

QString probeEvidenceId(ProbeEvidence e)
{
    return idOf(kEvidence, e);
}

ProbeStatus probeStatusFor(ProbeEvidence e)
{
    const EvidenceRow *row = rowOf(kEvidence, e);
    return row ? row->status : ProbeStatus::Unreachable;
}

QString probeKindId(ProbeKind k)
{
    return idOf(kKinds, k);
}

bool probeBlocked(ProbeStatus s)
{
    return s == ProbeStatus::Refused || s == ProbeStatus::Filtered || s == ProbeStatus::Unreachable
        || s == ProbeStatus::DnsError;
}

QString probeEndpointLabel(const ProbeTarget &target)
{
    return QStringLiteral("%1 %2").arg(protocolName(target.protocol)).arg(target.port);
}

QString probeEndpointsLabel(QList<ProbeTarget> targets)
{
    std::sort(targets.begin(), targets.end(), [](const ProbeTarget &a, const ProbeTarget &b) {
        return a.protocol != b.protocol ? a.protocol == Protocol::Tcp : a.port < b.port;
    });
    QStringList parts;
    for (qsizetype i = 0; i < targets.size();) {
        const Protocol protocol = targets.at(i).protocol;
        QStringList ranges;
        while (i < targets.size() && targets.at(i).protocol == protocol) {
            const int from = targets.at(i).port;
            int to = from;
            for (++i; i < targets.size() && targets.at(i).protocol == protocol && targets.at(i).port <= to + 1; ++i)
                to = targets.at(i).port;
            ranges << (from == to ? QString::number(from) : QStringLiteral("%1-%2").arg(from).arg(to));
        }
        parts << QStringLiteral("%1 %2").arg(protocolName(protocol), ranges.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral(", "));
}

QString probeAdvice(const ProbeResult &result)
{
    return adviceText(result, probeEndpointLabel(result.target));
}

QString probeAdvice(const ProbeResult &result, const QString &endpoints)
{
    return adviceText(result, endpoints);
}

QString probeFinding(const ProbeResult &r, const QString &endpoints)
{
    const QString host = hostLabel(r);
    if (r.evidence == ProbeEvidence::LocalFirewall || r.evidence == ProbeEvidence::LocalError)
        return probeAdvice(r, endpoints);
    switch (r.status) {
    case ProbeStatus::Refused:
        if (r.evidence == ProbeEvidence::IcmpProhibited)
            return ProbeAdvice::tr("A firewall at %3 rejects %2 on its way to %1.")
                .arg(host, endpoints, r.evidenceFrom.isEmpty() ? r.address : r.evidenceFrom);
        return ProbeAdvice::tr("%1 is reachable but refused %2.").arg(host, endpoints);
    case ProbeStatus::Filtered:
        return ProbeAdvice::tr("No answer from %1 on %2 within %3 ms: something on the way drops it.")
            .arg(host, endpoints)
            .arg(r.millis);
    case ProbeStatus::OpenOrFiltered:
        return ProbeAdvice::tr("No answer from %1 on %2; for UDP that cannot tell an open port from a filtered one.")
            .arg(host, endpoints);
    default:
        break;
    }
    return probeAdvice(r, endpoints);
}

} // namespace fw
