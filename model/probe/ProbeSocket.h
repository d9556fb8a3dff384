#pragma once

#include "ProbeResult.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>

class QSocketNotifier;
class QAbstractSocket;

// The POSIX path reads ICMP answers itself; FW_PROBE_QT_SOCKETS forces the portable Qt path (as on Windows), so
// that it can be built and tried on Linux too.
#if defined(Q_OS_UNIX) && !defined(FW_PROBE_QT_SOCKETS)
#define FW_PROBE_POSIX 1
#endif

namespace fw {

/// One socket of a probe, event-driven: a TCP connect, or a connected UDP socket. Internal to ProbeEngine.
/// On Linux a non-blocking socket watched by QSocketNotifier, read with SO_ERROR and the ICMP error queue
/// (IP_RECVERR), so that an ICMP answer to a SYN is classified at once and nothing spins; elsewhere
/// QTcpSocket/QUdpSocket without a proxy.
class ProbeSocket : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(ProbeSocket)

public:
    /// A socket for @p protocol (Tcp or Udp); nothing happens until open().
    explicit ProbeSocket(Protocol protocol, QObject *parent = nullptr);
    ~ProbeSocket() override;

    /// Starts connecting (TCP) or connects the UDP socket. Returns false when it failed at once (no route,
    /// no IPv6, out of sockets); failure() then says why, and no signal follows.
    bool open(const QHostAddress &address, quint16 port);
    /// Sends one datagram (UDP). Returns false when it failed at once; failure() says why.
    bool send(const QByteArray &datagram);
    /// Closes the socket; no signal follows.
    void close();

    /// Why the socket failed: what was seen, the system's words for it, and who sent an ICMP answer.
    struct Failure
    {
        ProbeEvidence evidence = ProbeEvidence::Invalid;
        QString detail;
        QString from;
    };
    /// The last failure (after open() or send() returned false, or after failed()).
    const Failure &failure() const { return m_failure; }

signals:
    /// TCP: the handshake completed.
    void connected();
    /// TCP bytes or one UDP datagram arrived.
    void received(const QByteArray &data);
    /// TCP: the peer closed (@p reset false: FIN) or reset (true: RST) the connection after it was established,
    /// also where the reset came before the socket saw its handshake complete (connected() is emitted first).
    void peerClosed(bool reset);
    /// The probe failed (refused, unreachable, ...); see failure().
    void failed();

private:
    void fail(ProbeEvidence evidence, const QString &detail, const QString &from = QString());
#ifdef FW_PROBE_POSIX
    void onWritable();
    void onReadable();
    bool readErrorQueue(Failure &failure);
    Failure classify(int error);

    int m_fd = -1;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
#else
    QAbstractSocket *m_socket = nullptr;
    bool m_connected = false;
#endif
    Protocol m_protocol = Protocol::Invalid;
    Failure m_failure;
};

} // namespace fw
