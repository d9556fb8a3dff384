#pragma once

#include "catalog/Product.h"

#include <QList>
#include <QString>

namespace fw {

/// What a connectivity probe found.
enum class ProbeStatus {
    Invalid,
    Open,            ///< connected (TCP) or answered (UDP)
    Refused,         ///< TCP RST or ICMP port unreachable: the host is reachable, nothing listens or it is rejected
    Filtered,        ///< no answer within the timeout: something drops the packets
    OpenOrFiltered,  ///< UDP to a foreign service: no answer, which cannot tell open from filtered
    Unreachable,     ///< no route, host down, network unreachable
    DnsError,        ///< the name could not be resolved
};

/// One thing to probe: a host, a port and a protocol, and the plan rule it comes from.
struct ProbeTarget
{
    QString host;
    int port = 0;
    Protocol protocol = Protocol::Invalid;  ///< Tcp or Udp
    QString ruleId;                         ///< the plan rule this probe checks; empty if none
};

/// The result of one probe.
struct ProbeResult
{
    ProbeTarget target;
    ProbeStatus status = ProbeStatus::Invalid;
    bool responder = false;  ///< the far end was this program's own test responder ("serve")
    qint64 millis = 0;       ///< time from start to the result
    QString address;         ///< the address actually probed (after DNS), empty on DNS errors
    QString detail;          ///< technical detail (the system's error text), untranslated
};

using ProbeResults = QList<ProbeResult>;

} // namespace fw
