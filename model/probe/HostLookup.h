#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace fw {

/// Resolves host names, forward only, each in its own short-lived detached thread: a resolver that does not answer
/// can then delay neither a check's result nor the program's exit (QHostInfo's thread pool is waited for at exit,
/// which took the resolver's full retry time, 10 s and more). One thread per name, never one per probe.
class HostLookup : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(HostLookup)

public:
    /// An idle resolver.
    explicit HostLookup(QObject *parent = nullptr);
    /// Abandons the lookups still running: their answers are dropped.
    ~HostLookup() override;

    /// Starts resolving @p name; resolved() follows from the event loop, never from inside this call.
    void lookup(const QString &name);
    /// Drops the answers of every lookup started so far.
    void abandon();

signals:
    /// The addresses of @p name in the system's order, or an empty list and the system's words in @p error.
    void resolved(const QString &name, const QList<QHostAddress> &addresses, const QString &error);

private:
    struct Mailbox;
    std::shared_ptr<Mailbox> m_mailbox;
};

} // namespace fw
