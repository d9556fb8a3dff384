#pragma once

#include <QByteArray>
#include <QList>

namespace fw {

/// What the test responder's greeting says, as a check reads it.
struct ResponderGreeting
{
    bool valid = false;  ///< the data is this program's greeting
    QByteArray version;  ///< the responder's program version
    QByteArray token;    ///< UDP: the probe's token, echoed; empty for TCP
    QList<int> udpPorts; ///< TCP: the UDP ports the responder listens on (so that silence there means filtered)
};

/// The line the responder sends on every TCP connection: "FirewallSetupWizard/0.1.0 responder udp=19813,27000-27001\n".
/// No other service sends it; it stays under 512 bytes (ports that do not fit are left out).
QByteArray responderTcpGreeting(const QList<int> &udpPorts);
/// A check's UDP probe datagram, carrying a fresh random @p token; padded so that the reply is never larger.
QByteArray responderUdpProbe(const QByteArray &token);
/// The responder's answer to one datagram: its greeting with the token echoed when the datagram is a probe; never
/// longer than the datagram, so the responder cannot amplify traffic.
QByteArray responderUdpReply(const QByteArray &datagram);
/// Reads a greeting (TCP) or a reply (UDP); valid is false for anything else.
ResponderGreeting parseResponderGreeting(const QByteArray &data);
/// A random token for one UDP probe (16 hex digits).
QByteArray newProbeToken();

} // namespace fw
