#pragma once

#include "ProbeTargets.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

class QTcpServer;
class QTcpSocket;
class QUdpSocket;

namespace fw {

/// What became of one port the test responder was asked to listen on.
struct ResponderPortState
{
    enum class State {
        Invalid,
        Listening, ///< the responder answers on it
        Taken,     ///< a running service holds it (good news: the service is up); the responder leaves it alone
        Failed,    ///< it could not be opened for another reason (no permission, address not on this machine)
    };
    ResponderPort port;
    State state = State::Invalid;
    QString detail; ///< the system's words for a failure, untranslated
};

/// The temporary test responder ("serve"): listens on the free inbound TCP and UDP ports of a plan and answers
/// every connection and datagram with a short greeting naming this program and its version, so that a check from
/// another machine knows it reached us and not another service. Stops by itself after the time given.
class TestResponder : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(TestResponder)

public:
    /// An idle responder.
    explicit TestResponder(QObject *parent = nullptr);
    /// Stops, closing every socket.
    ~TestResponder() override;

    /// Listens on each of @p ports that is free, on @p bind (QHostAddress::Any: every address, IPv4 and IPv6),
    /// for @p seconds (0: until stop()). Returns true when at least one port listens; ports() tells about each.
    bool start(const QList<ResponderPort> &ports, const QHostAddress &bind = QHostAddress::Any, int seconds = 600);
    /// Closes every socket; stopped() follows when it was running.
    void stop();
    /// Whether it listens.
    bool isRunning() const { return m_running; }
    /// Each port asked for and what became of it, in the order given.
    const QList<ResponderPortState> &ports() const { return m_states; }
    /// Milliseconds until it stops by itself; -1 when it runs until stop(), 0 when not running.
    qint64 millisLeft() const;
    /// Connections and datagrams answered since start().
    int connectionCount() const { return m_connections; }
    /// The distinct peer addresses seen since start().
    int peerCount() const { return int(m_peers.size()); }
    /// The most TCP connections it keeps open at once; more are closed at once, unanswered.
    static int maxOpenConnections() { return 64; }

signals:
    /// A TCP connection or a UDP datagram from @p peer arrived on @p port and was answered.
    void connectionSeen(const QString &peer, int port, fw::Protocol protocol);
    /// It stopped: after the time given, or on stop(). Every socket is closed by then.
    void stopped();

private:
    void onNewConnection(QTcpServer *server, int port);
    void onDatagrams(QUdpSocket *socket, int port);
    void seen(const QHostAddress &peer, int port, Protocol protocol);

    QList<ResponderPortState> m_states;
    QList<QTcpServer *> m_servers;
    QList<QUdpSocket *> m_udpSockets;
    QSet<QTcpSocket *> m_open;
    QSet<QString> m_peers;
    QByteArray m_greeting;
    QDeadlineTimer m_deadline;
    QTimer m_stopTimer;
    int m_connections = 0;
    bool m_running = false;
};

} // namespace fw
