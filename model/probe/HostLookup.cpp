#include "HostLookup.h"

#include <QMetaObject>
#include <QPointer>

#include <mutex>
#include <system_error>
#include <thread>

#ifdef Q_OS_WIN
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <netdb.h>
#include <sys/socket.h>
#endif

namespace fw {

/// Shared by the resolver and its threads: a thread delivers its answer only while the resolver still wants it,
/// and under the lock, so the resolver cannot go away in between.
struct HostLookup::Mailbox
{
    std::mutex mutex;
    HostLookup *owner = nullptr;
};

namespace {

void resolve(const QString &name, QList<QHostAddress> &addresses, QString &error)
{
    addrinfo hints = {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_ADDRCONFIG;
    addrinfo *list = nullptr;
    const int rc = ::getaddrinfo(name.toLatin1().constData(), nullptr, &hints, &list);
    if (rc != 0) {
        error = QString::fromLocal8Bit(gai_strerror(rc));
        return;
    }
    for (const addrinfo *ai = list; ai; ai = ai->ai_next) {
        QHostAddress address(ai->ai_addr);
        if (!address.isNull() && !addresses.contains(address))
            addresses.append(address);
    }
    ::freeaddrinfo(list);
    if (addresses.isEmpty())
        error = QStringLiteral("no address for this name");
}

} // namespace

HostLookup::HostLookup(QObject *parent) : QObject(parent), m_mailbox(std::make_shared<Mailbox>())
{
    m_mailbox->owner = this;
}

HostLookup::~HostLookup()
{
    abandon();
}

void HostLookup::abandon()
{
    {
        const std::lock_guard<std::mutex> lock(m_mailbox->mutex);
        m_mailbox->owner = nullptr;
    }
    m_mailbox = std::make_shared<Mailbox>();
    m_mailbox->owner = this;
}

void HostLookup::lookup(const QString &name)
{
    const std::shared_ptr<Mailbox> mailbox = m_mailbox;
    auto work = [mailbox, name] {
        QList<QHostAddress> addresses;
        QString error;
        resolve(name, addresses, error);
        const std::lock_guard<std::mutex> lock(mailbox->mutex);
        if (HostLookup *owner = mailbox->owner) {
            QMetaObject::invokeMethod(
                owner, [owner, name, addresses, error] { emit owner->resolved(name, addresses, error); },
                Qt::QueuedConnection);
        }
    };
    try {
        std::thread(work).detach();
    } catch (const std::system_error &e) {
        const QString error = QString::fromLocal8Bit(e.what());
        QMetaObject::invokeMethod(
            this, [this, name, error] { emit resolved(name, {}, error); }, Qt::QueuedConnection);
    }
}

} // namespace fw
