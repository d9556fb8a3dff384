#include "TestResponder.h"

#include "ResponderProtocol.h"

#include <QNetworkDatagram>
#include <QNetworkProxy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUdpSocket>

namespace fw {

namespace {

/// "10.0.0.2" rather than "::ffff:10.0.0.2" for an IPv4 peer on a dual-stack socket. Never a reverse lookup.
QString peerText(const QHostAddress &address)
{
    bool v4 = false;
    const quint32 ip4 = address.toIPv4Address(&v4);
    return v4 ? QHostAddress(ip4).toString() : address.toString();
}

} // namespace

TestResponder::TestResponder(QObject *parent) : QObject(parent)
{
    m_stopTimer.setSingleShot(true);
    connect(&m_stopTimer, &QTimer::timeout, this, &TestResponder::stop);
}

TestResponder::~TestResponder()
{
    // No signals from a half-destroyed object.
    blockSignals(true);
    stop();
}

bool TestResponder::start(const QList<ResponderPort> &ports, const QHostAddress &bind, int seconds)
{
    stop();
    m_states.clear();
    m_peers.clear();
    m_connections = 0;
    QList<int> udpListening;
    for (const ResponderPort &port : ports) {
        ResponderPortState state;
        state.port = port;
        if (port.port < 1 || port.port > 65535) {
            state.state = ResponderPortState::State::Failed;
            state.detail = QStringLiteral("%1 is not a port (1-65535)").arg(port.port);
        } else if (port.protocol == Protocol::Tcp) {
            auto *server = new QTcpServer(this);
            server->setProxy(QNetworkProxy::NoProxy);
            server->setMaxPendingConnections(maxOpenConnections());
            if (server->listen(bind, quint16(port.port))) {
                state.state = ResponderPortState::State::Listening;
                const int number = port.port;
                connect(server, &QTcpServer::newConnection, this,
                    [this, server, number] { onNewConnection(server, number); });
                m_servers.append(server);
            } else {
                state.state = server->serverError() == QAbstractSocket::AddressInUseError
                    ? ResponderPortState::State::Taken
                    : ResponderPortState::State::Failed;
                state.detail = server->errorString();
                delete server;
            }
        } else if (port.protocol == Protocol::Udp) {
            auto *socket = new QUdpSocket(this);
            socket->setProxy(QNetworkProxy::NoProxy);
            // No address sharing: with SO_REUSEADDR on both sides Linux lets two UDP sockets share a port, and the
            // responder would steal a running service's datagrams instead of seeing that the port is taken.
            if (socket->bind(bind, quint16(port.port), QAbstractSocket::DontShareAddress)) {
                state.state = ResponderPortState::State::Listening;
                const int number = port.port;
                connect(socket, &QUdpSocket::readyRead, this, [this, socket, number] { onDatagrams(socket, number); });
                m_udpSockets.append(socket);
                udpListening.append(port.port);
            } else {
                state.state = socket->error() == QAbstractSocket::AddressInUseError ? ResponderPortState::State::Taken
                                                                                    : ResponderPortState::State::Failed;
                state.detail = socket->errorString();
                delete socket;
            }
        } else {
            state.state = ResponderPortState::State::Failed;
            state.detail = QStringLiteral("only TCP and UDP ports can be served");
        }
        m_states.append(state);
    }
    if (m_servers.isEmpty() && m_udpSockets.isEmpty())
        return false;
    m_greeting = responderTcpGreeting(udpListening);
    m_running = true;
    if (seconds > 0) {
        m_deadline = QDeadlineTimer(qint64(seconds) * 1000, Qt::PreciseTimer);
        m_stopTimer.start(seconds * 1000);
    } else {
        m_deadline = QDeadlineTimer(QDeadlineTimer::Forever);
    }
    return true;
}

void TestResponder::stop()
{
    m_stopTimer.stop();
    for (QTcpSocket *socket : std::as_const(m_open)) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_open.clear();
    for (QTcpServer *server : std::as_const(m_servers)) {
        server->close();
        delete server;
    }
    m_servers.clear();
    for (QUdpSocket *socket : std::as_const(m_udpSockets)) {
        socket->disconnect(this);
        socket->close();
        delete socket;
    }
    m_udpSockets.clear();
    if (m_running) {
        m_running = false;
        emit stopped();
    }
}

qint64 TestResponder::millisLeft() const
{
    if (!m_running)
        return 0;
    if (m_deadline.isForever())
        return -1;
    return m_deadline.remainingTime();
}

void TestResponder::onNewConnection(QTcpServer *server, int port)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        if (m_open.size() >= maxOpenConnections()) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_open.insert(socket);
        const QHostAddress peer = socket->peerAddress();
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_open.remove(socket);
            socket->deleteLater();
        });
        // A client that never closes its side must not keep a socket open until the responder stops.
        QTimer::singleShot(5000, socket, [socket] { socket->abort(); });
        socket->write(m_greeting);
        socket->disconnectFromHost();
        seen(peer, port, Protocol::Tcp);
    }
}

void TestResponder::onDatagrams(QUdpSocket *socket, int port)
{
    while (socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = socket->receiveDatagram(2048);
        if (!datagram.isValid())
            break;
        const QByteArray reply = responderUdpReply(datagram.data());
        if (!reply.isEmpty())
            socket->writeDatagram(reply, datagram.senderAddress(), quint16(datagram.senderPort()));
        seen(datagram.senderAddress(), port, Protocol::Udp);
    }
}

void TestResponder::seen(const QHostAddress &peer, int port, Protocol protocol)
{
    ++m_connections;
    const QString text = peerText(peer);
    m_peers.insert(text);
    emit connectionSeen(text, port, protocol);
}

} // namespace fw
