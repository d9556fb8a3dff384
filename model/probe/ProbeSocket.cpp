#include "ProbeSocket.h"

#ifdef FW_PROBE_POSIX
#include <QSocketNotifier>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <linux/errqueue.h>
#include <netinet/icmp6.h>
#include <netinet/ip_icmp.h>
#endif
#else
#include <QNetworkDatagram>
#include <QNetworkProxy>
#include <QTcpSocket>
#include <QUdpSocket>
#endif

namespace fw {

ProbeSocket::ProbeSocket(Protocol protocol, QObject *parent) : QObject(parent), m_protocol(protocol) { }

ProbeSocket::~ProbeSocket()
{
    close();
}

void ProbeSocket::fail(ProbeEvidence evidence, const QString &detail, const QString &from)
{
    m_failure = Failure {evidence, detail, from};
}

#ifdef FW_PROBE_POSIX

namespace {

QString errorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

#ifdef Q_OS_LINUX
QString offenderAddress(const sock_extended_err *ee)
{
    const sockaddr *offender = SO_EE_OFFENDER(ee);
    char text[INET6_ADDRSTRLEN] = {};
    if (offender->sa_family == AF_INET)
        inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in *>(offender)->sin_addr, text, sizeof text);
    else if (offender->sa_family == AF_INET6)
        inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6 *>(offender)->sin6_addr, text, sizeof text);
    return QString::fromLatin1(text);
}

/// What an ICMP destination-unreachable code means for a probe (RFC 792/1812 for IPv4, RFC 4443 for IPv6).
ProbeEvidence icmpEvidence(bool v6, int type, int code)
{
    if (!v6) {
        if (type != ICMP_DEST_UNREACH)
            return ProbeEvidence::IcmpUnreachable; // time exceeded and the like: the packet died on the way
        switch (code) {
        case ICMP_PORT_UNREACH:
        case ICMP_PROT_UNREACH:
            return ProbeEvidence::IcmpPortUnreachable;
        case ICMP_NET_ANO:
        case ICMP_HOST_ANO:
        case ICMP_PKT_FILTERED:
            return ProbeEvidence::IcmpProhibited;
        default:
            return ProbeEvidence::IcmpUnreachable;
        }
    }
    if (type != ICMP6_DST_UNREACH)
        return ProbeEvidence::IcmpUnreachable;
    switch (code) {
    case ICMP6_DST_UNREACH_NOPORT:
        return ProbeEvidence::IcmpPortUnreachable;
    case ICMP6_DST_UNREACH_ADMIN:
    case 5: // source address failed ingress/egress policy
    case 6: // reject route to destination
        return ProbeEvidence::IcmpProhibited;
    default:
        return ProbeEvidence::IcmpUnreachable;
    }
}
#endif

} // namespace

bool ProbeSocket::open(const QHostAddress &address, quint16 port)
{
    sockaddr_storage storage = {};
    socklen_t length = 0;
    bool ok = false;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *in = reinterpret_cast<sockaddr_in *>(&storage);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        in->sin_addr.s_addr = htonl(address.toIPv4Address(&ok));
        length = sizeof(sockaddr_in);
    } else if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, bytes.c, sizeof bytes.c);
        in6->sin6_scope_id = address.scopeId().toUInt();
        length = sizeof(sockaddr_in6);
        ok = true;
    }
    if (!ok) {
        fail(ProbeEvidence::LocalError, QStringLiteral("not an IPv4 or IPv6 address"));
        return false;
    }
    const int family = storage.ss_family;
    const int type = m_protocol == Protocol::Udp ? SOCK_DGRAM : SOCK_STREAM;
    m_fd = ::socket(family, type | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0) {
        fail(ProbeEvidence::LocalError, errorText(errno));
        return false;
    }
#ifdef Q_OS_LINUX
    // Queue each ICMP error with its type, code and sender: SO_ERROR alone says EHOSTUNREACH both for "host down"
    // and for a firewall's "administratively prohibited", and ECONNREFUSED both for RST and ICMP port unreachable.
    const int on = 1;
    if (family == AF_INET)
        ::setsockopt(m_fd, SOL_IP, IP_RECVERR, &on, sizeof on);
    else
        ::setsockopt(m_fd, SOL_IPV6, IPV6_RECVERR, &on, sizeof on);
#endif
    int rc = 0;
    do {
        rc = ::connect(m_fd, reinterpret_cast<const sockaddr *>(&storage), length);
    } while (rc < 0 && errno == EINTR);
    if (rc < 0 && errno != EINPROGRESS) {
        m_failure = classify(errno);
        close();
        return false;
    }
    m_readNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &ProbeSocket::onReadable);
    if (m_protocol == Protocol::Tcp) {
        m_readNotifier->setEnabled(false);
        m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
        connect(m_writeNotifier, &QSocketNotifier::activated, this, &ProbeSocket::onWritable);
    }
    return true;
}

bool ProbeSocket::send(const QByteArray &datagram)
{
    if (m_fd < 0)
        return false;
    ssize_t n = 0;
    do {
        n = ::send(m_fd, datagram.constData(), size_t(datagram.size()), MSG_NOSIGNAL);
    } while (n < 0 && errno == EINTR);
    if (n >= 0 || errno == EAGAIN || errno == EWOULDBLOCK)
        return true;
    const int error = errno;
    // An ICMP answer to an earlier datagram surfaces here too; the error queue tells which one it was.
    Failure queued;
    m_failure = readErrorQueue(queued) ? queued : classify(error);
    close();
    return false;
}

void ProbeSocket::close()
{
    // close() runs inside the notifiers' own activated() signal: disable them now, delete them later.
    for (QSocketNotifier *notifier : {m_readNotifier, m_writeNotifier}) {
        if (notifier) {
            notifier->setEnabled(false);
            notifier->disconnect(this);
            notifier->deleteLater();
        }
    }
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

ProbeSocket::Failure ProbeSocket::classify(int error)
{
    Failure f;
    f.detail = errorText(error);
    switch (error) {
    case ECONNREFUSED:
        f.evidence = m_protocol == Protocol::Udp ? ProbeEvidence::IcmpPortUnreachable : ProbeEvidence::TcpReset;
        break;
    case EHOSTUNREACH:
    case EHOSTDOWN:
#ifdef ENONET
    case ENONET:
#endif
        f.evidence = ProbeEvidence::IcmpUnreachable;
        break;
    case ENETUNREACH:
    case ENETDOWN:
        f.evidence = ProbeEvidence::NoRoute;
        break;
    case EPERM:
    case EACCES:
        // Linux answers a packet dropped by this machine's own output filter with EPERM.
        f.evidence = ProbeEvidence::LocalFirewall;
        break;
    case ETIMEDOUT:
        f.evidence = ProbeEvidence::Silence;
        break;
    default:
        f.evidence = ProbeEvidence::LocalError;
        break;
    }
    return f;
}

bool ProbeSocket::readErrorQueue(Failure &failure)
{
#ifdef Q_OS_LINUX
    bool found = false;
    // Several ICMP answers may be queued (one per retransmission); the last one read decides, they agree.
    for (int i = 0; i < 8; ++i) {
        char data[64];
        char control[512];
        iovec iov {data, sizeof data};
        msghdr msg = {};
        msg.msg_iov = &iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control;
        msg.msg_controllen = sizeof control;
        if (::recvmsg(m_fd, &msg, MSG_ERRQUEUE | MSG_DONTWAIT) < 0)
            break;
        for (cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
            const bool v4 = c->cmsg_level == SOL_IP && c->cmsg_type == IP_RECVERR;
            const bool v6 = c->cmsg_level == SOL_IPV6 && c->cmsg_type == IPV6_RECVERR;
            if (!v4 && !v6)
                continue;
            const auto *ee = reinterpret_cast<const sock_extended_err *>(CMSG_DATA(c));
            failure.detail = errorText(int(ee->ee_errno));
            if (ee->ee_origin == SO_EE_ORIGIN_ICMP || ee->ee_origin == SO_EE_ORIGIN_ICMP6) {
                failure.evidence = icmpEvidence(ee->ee_origin == SO_EE_ORIGIN_ICMP6, ee->ee_type, ee->ee_code);
                failure.from = offenderAddress(ee);
            } else {
                failure = classify(int(ee->ee_errno));
            }
            found = true;
        }
    }
    return found;
#else
    Q_UNUSED(failure);
    return false;
#endif
}

void ProbeSocket::onWritable()
{
    int error = 0;
    socklen_t length = sizeof error;
    if (::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length) < 0)
        error = errno;
    if (error == 0) {
        m_writeNotifier->setEnabled(false);
        m_writeNotifier->deleteLater();
        m_writeNotifier = nullptr;
        m_readNotifier->setEnabled(true);
        emit connected();
        return;
    }
    if (error == ECONNRESET || error == EPIPE) {
        // A reset that arrives before this socket is looked at again: Linux reports a SYN answered by RST as
        // ECONNREFUSED, so these mean the handshake completed and the service then reset (or closed and reset)
        // the connection. The port is reachable; it is not a fault of this machine.
        close();
        emit connected();
        emit peerClosed(true);
        return;
    }
    Failure queued;
    m_failure = readErrorQueue(queued) ? queued : classify(error);
    close();
    emit failed();
}

void ProbeSocket::onReadable()
{
    if (m_protocol == Protocol::Udp) {
        Failure queued;
        if (readErrorQueue(queued)) {
            m_failure = queued;
            close();
            emit failed();
            return;
        }
        char buffer[1500];
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT);
        if (n >= 0) {
            emit received(QByteArray(buffer, int(n)));
            return;
        }
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
            return;
        m_failure = classify(errno);
        close();
        emit failed();
        return;
    }
    char buffer[1024];
    const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT);
    if (n > 0) {
        emit received(QByteArray(buffer, int(n)));
        return;
    }
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
        return;
    // End of stream or a reset after the handshake: the port was open; stop watching so nothing spins.
    const bool reset = n < 0;
    close();
    emit peerClosed(reset);
}

#else // the portable path: QTcpSocket and QUdpSocket

namespace {

ProbeEvidence evidenceFor(QAbstractSocket::SocketError error, Protocol protocol)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return protocol == Protocol::Udp ? ProbeEvidence::IcmpPortUnreachable : ProbeEvidence::TcpReset;
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::HostNotFoundError:
        return ProbeEvidence::IcmpUnreachable;
    case QAbstractSocket::SocketAccessError:
        return ProbeEvidence::LocalFirewall;
    case QAbstractSocket::SocketTimeoutError:
        return ProbeEvidence::Silence;
    default:
        return ProbeEvidence::LocalError;
    }
}

} // namespace

bool ProbeSocket::open(const QHostAddress &address, quint16 port)
{
    m_connected = false;
    if (m_protocol == Protocol::Udp)
        m_socket = new QUdpSocket(this);
    else
        m_socket = new QTcpSocket(this);
    // A direct test must never go through a system proxy.
    m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket, &QAbstractSocket::connected, this, [this] {
        if (m_protocol == Protocol::Tcp) {
            m_connected = true;
            emit connected();
        }
    });
    connect(m_socket, &QIODevice::readyRead, this, [this] {
        if (!m_socket)
            return;
        if (m_protocol == Protocol::Tcp) {
            emit received(m_socket->readAll());
            return;
        }
        auto *udp = static_cast<QUdpSocket *>(m_socket);
        while (m_socket && udp->hasPendingDatagrams()) {
            const QNetworkDatagram datagram = udp->receiveDatagram();
            // An ICMP error pending on the socket reads as an invalid datagram; errorOccurred() tells which. Windows
            // hides ICMP port unreachable from UDP sockets (Qt turns SIO_UDP_CONNRESET off), so there a closed UDP
            // port stays silent and shows as open-or-filtered.
            if (!datagram.isValid())
                return;
            emit received(datagram.data());
        }
    });
    connect(m_socket, &QAbstractSocket::disconnected, this, [this] {
        if (m_protocol == Protocol::Tcp) {
            close();
            emit peerClosed(false);
        }
    });
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (!m_socket)
            return;
        if (m_protocol == Protocol::Tcp
            && (m_socket->state() == QAbstractSocket::ConnectedState
                || error == QAbstractSocket::RemoteHostClosedError)) {
            // Closed or reset after the handshake (also before Qt reported it connected): the port is reachable.
            const bool reset = error != QAbstractSocket::RemoteHostClosedError;
            close();
            if (!m_connected)
                emit connected();
            emit peerClosed(reset);
            return;
        }
        fail(evidenceFor(error, m_protocol), m_socket->errorString());
        close();
        emit failed();
    });
    m_socket->connectToHost(address, port);
    return true;
}

bool ProbeSocket::send(const QByteArray &datagram)
{
    if (!m_socket)
        return false;
    m_socket->write(datagram);
    return true;
}

void ProbeSocket::close()
{
    if (!m_socket)
        return;
    QAbstractSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

#endif

} // namespace fw
