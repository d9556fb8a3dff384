#pragma once

// Ports that answer inside a namespace, and a client that tries them: what a firewall really lets through.
// A port is named "tcp/PORT" or "udp/PORT".
#include "Netns.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;

namespace fw::test {

/// Listens on ports inside a namespace: TCP accepts and closes, UDP echoes. Stops when it goes.
class Listener
{
public:
    Listener();
    ~Listener();
    Listener(const Listener &) = delete;
    Listener &operator=(const Listener &) = delete;

    /// Listens on each of @p ports (on every address of @p netns); returns once they are all bound.
    bool start(const Netns &netns, const QStringList &ports, QString *error);
    void stop();

private:
    std::unique_ptr<QProcess> m_process;
};

/// Tries each of @p ports on @p host from @p from, all at once, each waiting at most @p timeoutMs: "open" (connected,
/// or the UDP echo came back), "refused" (a TCP reset or an ICMP error) or "filtered" (silence), by port.
QMap<QString, QString> probePorts(
    const Netns &from, const QString &host, const QStringList &ports, int timeoutMs = 1000);
/// The ports of @p ports that probePorts() finds open, in their order.
QStringList openPorts(const Netns &from, const QString &host, const QStringList &ports);

} // namespace fw::test
