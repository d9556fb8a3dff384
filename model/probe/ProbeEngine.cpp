#include "ProbeEngine.h"

#include "HostLookup.h"
#include "ProbeSocket.h"
#include "ResponderProtocol.h"

#include <QHostAddress>
#include <QSet>

#include <algorithm>
#include <limits>

namespace fw {

namespace {

/// After a TCP connect, how long to wait for the responder's greeting: it is sent on accept, so it arrives about
/// one round trip later; a silent foreign service costs this much before its "open" shows.
constexpr qint64 greetingMinMs = 25;
constexpr qint64 greetingRttFactor = 4;
/// Adaptive timing: a host that answered within R ms on other ports gets this many R (at least the floor) per
/// attempt before a silent port counts as filtered; two attempts, like nmap's retransmission.
constexpr qint64 adaptiveFloorMs = 50;
constexpr qint64 adaptiveRttFactor = 10;
constexpr int adaptiveAttempts = 2;
/// UDP datagrams are resent (same token) at this spacing at least: datagrams get lost, and Linux rate-limits
/// ICMP errors to about one per second per destination after a burst of six.
constexpr qint64 udpResendMinMs = 200;
constexpr qint64 never = std::numeric_limits<qint64>::max();

/// The host without the brackets of an IPv6 literal ("[::1]" -> "::1").
QString bareHost(const QString &host)
{
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        return host.mid(1, host.size() - 2);
    return host;
}

/// A greeting or banner made safe to show: printable ASCII, one line, short.
QString printable(const QByteArray &data)
{
    QString text;
    for (char c : data) {
        if (c == '\n' || text.size() >= 60)
            break;
        text += (c >= 0x20 && c < 0x7f) ? QChar::fromLatin1(c) : QChar(u'?');
    }
    return text.trimmed();
}

} // namespace

struct ProbeEngine::Job
{
    enum class State { Queued, Resolving, Connecting, Greeting, Waiting, Done };
    int index = 0;
    ProbeTarget target;
    State state = State::Queued;
    QHostAddress address;
    qint64 startedAt = 0;
    qint64 deadline = 0;
    qint64 attemptAt = 0; ///< TCP: this connect's start; UDP: the last datagram sent
    qint64 greetingEnd = 0;
    qint64 holdUntil = 0; ///< UDP: the verdict waits for a greeting still coming on TCP from the same host
    qint64 rtt = -1;
    int attempts = 0;
    ProbeSocket *socket = nullptr;
    QByteArray token;
    QByteArray data;
};

struct ProbeEngine::Host
{
    QHostAddress address;
    bool resolved = false;
    bool failed = false;
    QString error;
};

struct ProbeEngine::Peer
{
    qint64 maxRtt = -1;     ///< the slowest answer seen from this address; -1: it has not answered yet
    bool responder = false; ///< the test responder greeted on some TCP port
    QSet<int> responderUdp; ///< the UDP ports its greeting says it listens on
};

ProbeEngine::ProbeEngine(QObject *parent) : QObject(parent), m_lookup(new HostLookup(this)), m_timeout(defaultTimeout())
{
    connect(m_lookup, &HostLookup::resolved, this, &ProbeEngine::onLookup);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ProbeEngine::onTimer);
}

ProbeEngine::~ProbeEngine()
{
    ++m_generation;
    for (auto &job : m_jobs)
        releaseSocket(*job);
}

int ProbeEngine::defaultTimeout()
{
    // Long enough for a host that is down on the local subnet to be told apart (the kernel gives up on ARP
    // after about 3 s) and for one SYN retransmission (after 1 s).
    return 4000;
}

void ProbeEngine::setTimeout(int millis)
{
    m_timeout = std::clamp(millis, 100, 120000);
}

void ProbeEngine::setMaxParallel(int count)
{
    m_maxParallel = std::clamp(count, 1, 512);
}

void ProbeEngine::setAdaptive(bool adaptive)
{
    m_adaptive = adaptive;
}

qint64 ProbeEngine::now() const
{
    return m_clock.elapsed();
}

bool ProbeEngine::start(const QList<ProbeTarget> &targets)
{
    if (m_running)
        return false;
    const quint64 generation = ++m_generation;
    for (auto &job : m_jobs)
        releaseSocket(*job);
    m_lookup->abandon();
    m_jobs.clear();
    m_hosts.clear();
    m_peers.clear();
    m_results.clear();
    m_pending.clear();
    m_active = 0;
    m_done = 0;
    m_emitted = 0;
    m_runTimeout = m_timeout;
    for (const ProbeTarget &target : targets) {
        auto job = std::make_unique<Job>();
        job->index = int(m_jobs.size());
        job->target = target;
        ProbeResult result;
        result.target = target;
        result.timeoutMillis = m_runTimeout;
        m_results.append(result);
        m_jobs.push_back(std::move(job));
    }
    m_running = true;
    m_clock.start();
    emit started(int(m_jobs.size()));
    QMetaObject::invokeMethod(
        this, [this, generation] { launch(generation); }, Qt::QueuedConnection);
    return true;
}

void ProbeEngine::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    m_running = false;
    m_timer.stop();
    for (auto &job : m_jobs) {
        releaseSocket(*job);
        job->state = Job::State::Done;
    }
    m_lookup->abandon();
    m_pending.clear();
    emit finished(true);
}

void ProbeEngine::launch(quint64 generation)
{
    if (generation != m_generation || !m_running)
        return;
    for (const auto &job : m_jobs) {
        const QString name = bareHost(job->target.host);
        if (m_hosts.contains(name))
            continue;
        auto host = std::make_shared<Host>();
        m_hosts.insert(name, host);
        QHostAddress literal;
        if (literal.setAddress(name)) {
            // An IP literal needs no DNS; never look its name up in reverse, which can take long.
            host->address = literal;
            host->resolved = true;
        } else if (name.isEmpty()) {
            host->failed = true;
            host->error = QStringLiteral("no host name given");
        } else {
            m_lookup->lookup(name);
        }
    }
    startQueuedJobs();
    pump(generation);
}

void ProbeEngine::startQueuedJobs()
{
    for (auto &job : m_jobs) {
        if (m_active >= m_maxParallel)
            break;
        if (job->state != Job::State::Queued)
            continue;
        ++m_active;
        job->state = Job::State::Resolving;
        job->startedAt = now();
        job->deadline = job->startedAt + m_runTimeout;
        if (job->target.port < 1 || job->target.port > 65535) {
            finish(*job, ProbeStatus::Unreachable, ProbeEvidence::LocalError,
                QStringLiteral("%1 is not a port (1-65535)").arg(job->target.port));
            continue;
        }
        if (job->target.protocol != Protocol::Tcp && job->target.protocol != Protocol::Udp) {
            finish(*job, ProbeStatus::Unreachable, ProbeEvidence::LocalError,
                QStringLiteral("only TCP and UDP can be probed"));
            continue;
        }
        const Host &host = *m_hosts.value(bareHost(job->target.host));
        if (host.failed) {
            finish(*job, ProbeStatus::DnsError, ProbeEvidence::NameNotFound, host.error);
        } else if (host.resolved) {
            job->address = host.address;
            beginAttempt(*job);
        }
    }
}

void ProbeEngine::onLookup(const QString &name, const QList<QHostAddress> &addresses, const QString &error)
{
    const std::shared_ptr<Host> host = m_hosts.value(name);
    if (!m_running || !host || host->resolved || host->failed)
        return;
    if (addresses.isEmpty()) {
        host->failed = true;
        host->error = error;
    } else {
        // Prefer IPv4 where the name has both: the products' servers are reached over IPv4, and a machine without
        // an IPv6 route would otherwise report a working server as unreachable.
        const auto v4 = std::find_if(addresses.cbegin(), addresses.cend(),
            [](const QHostAddress &a) { return a.protocol() == QAbstractSocket::IPv4Protocol; });
        host->address = v4 != addresses.cend() ? *v4 : addresses.first();
        host->resolved = true;
    }
    for (auto &job : m_jobs) {
        if (job->state != Job::State::Resolving || bareHost(job->target.host) != name)
            continue;
        if (host->failed) {
            finish(*job, ProbeStatus::DnsError, ProbeEvidence::NameNotFound, host->error);
        } else {
            job->address = host->address;
            beginAttempt(*job);
        }
    }
    pump(m_generation);
}

void ProbeEngine::beginAttempt(Job &job)
{
    releaseSocket(job);
    ++job.attempts;
    job.attemptAt = now();
    job.socket = new ProbeSocket(job.target.protocol, this);
    const int index = job.index;
    connect(job.socket, &ProbeSocket::connected, this, [this, index] { onConnected(index); });
    connect(
        job.socket, &ProbeSocket::received, this, [this, index](const QByteArray &data) { onReceived(index, data); });
    connect(job.socket, &ProbeSocket::peerClosed, this, [this, index](bool reset) { onPeerClosed(index, reset); });
    connect(job.socket, &ProbeSocket::failed, this, [this, index] { onFailed(index); });
    bool ok = job.socket->open(job.address, quint16(job.target.port));
    if (ok && job.target.protocol == Protocol::Udp) {
        if (job.token.isEmpty())
            job.token = newProbeToken();
        ok = job.socket->send(responderUdpProbe(job.token));
    }
    if (!ok) {
        const ProbeSocket::Failure f = job.socket->failure();
        finish(job, probeStatusFor(f.evidence), f.evidence, f.detail, f.from);
        return;
    }
    job.state = job.target.protocol == Protocol::Udp ? Job::State::Waiting : Job::State::Connecting;
}

void ProbeEngine::onConnected(int index)
{
    Job &job = *m_jobs.at(size_t(index));
    if (job.state != Job::State::Connecting)
        return;
    const qint64 t = now();
    job.rtt = t - job.attemptAt;
    Peer &p = peer(job);
    p.maxRtt = std::max(p.maxRtt, job.rtt);
    job.state = Job::State::Greeting;
    const qint64 window = std::max(greetingMinMs, greetingRttFactor * job.rtt);
    job.greetingEnd = std::min(t + window, std::max(job.deadline, t + 10));
    pump(m_generation);
}

void ProbeEngine::onReceived(int index, const QByteArray &data)
{
    Job &job = *m_jobs.at(size_t(index));
    if (job.state == Job::State::Greeting) {
        job.data += data.left(512 - job.data.size());
        if (job.data.contains('\n') || job.data.size() >= 512)
            finishGreeting(job, Closed::No);
    } else if (job.state == Job::State::Waiting) {
        job.rtt = now() - job.attemptAt;
        Peer &p = peer(job);
        p.maxRtt = std::max(p.maxRtt, job.rtt);
        const ResponderGreeting g = parseResponderGreeting(data);
        const bool ours = g.valid && g.token == job.token;
        m_results[job.index].responder = ours;
        const QString detail = ours ? QStringLiteral("test responder %1").arg(QString::fromLatin1(g.version))
            : g.valid               ? QStringLiteral("a responder's reply to another probe")
                                    : QStringLiteral("reply: %1").arg(printable(data));
        finish(job, ProbeStatus::Open, ProbeEvidence::Reply, detail);
    }
    pump(m_generation);
}

void ProbeEngine::onPeerClosed(int index, bool reset)
{
    Job &job = *m_jobs.at(size_t(index));
    if (job.state == Job::State::Greeting)
        finishGreeting(job, reset ? Closed::Reset : Closed::Fin);
    pump(m_generation);
}

void ProbeEngine::onFailed(int index)
{
    Job &job = *m_jobs.at(size_t(index));
    if (job.state != Job::State::Connecting && job.state != Job::State::Waiting)
        return;
    ProbeSocket::Failure f = job.socket->failure();
    job.rtt = now() - job.attemptAt;
    if (f.evidence == ProbeEvidence::IcmpUnreachable && QHostAddress(f.from) == job.address) {
        // "Host unreachable" sent by the host itself: it is up and its firewall rejects the port (iptables'
        // REJECT --reject-with icmp-host-unreachable, nftables' reject with icmp type host-unreachable).
        f.evidence = ProbeEvidence::IcmpProhibited;
        f.detail += QStringLiteral(" (sent by the host itself)");
    }
    const ProbeStatus status = probeStatusFor(f.evidence);
    if (status == ProbeStatus::Refused) {
        Peer &p = peer(job);
        p.maxRtt = std::max(p.maxRtt, job.rtt);
    }
    finish(job, status, f.evidence, f.detail, f.from);
    pump(m_generation);
}

void ProbeEngine::finishGreeting(Job &job, Closed closed)
{
    const ResponderGreeting g = parseResponderGreeting(job.data);
    QString detail;
    ProbeEvidence evidence = ProbeEvidence::Connected;
    if (g.valid) {
        Peer &p = peer(job);
        p.responder = true;
        for (int port : g.udpPorts)
            p.responderUdp.insert(port);
        detail = QStringLiteral("test responder %1").arg(QString::fromLatin1(g.version));
    } else if (!job.data.isEmpty()) {
        detail = QStringLiteral("the service sent: %1").arg(printable(job.data));
    } else if (closed != Closed::No) {
        // The handshake completed, so the port is reachable; the service turned the connection away itself.
        evidence = ProbeEvidence::ConnectedClosed;
        detail = closed == Closed::Reset
            ? QStringLiteral("connected; the service closed the connection at once with a reset")
            : QStringLiteral("connected; the service closed the connection at once");
    } else {
        detail = QStringLiteral("connected; the service sent no greeting");
    }
    m_results[job.index].responder = g.valid;
    finish(job, ProbeStatus::Open, evidence, detail);
}

void ProbeEngine::onTimer()
{
    const quint64 generation = m_generation;
    const qint64 t = now();
    for (auto &job : m_jobs) {
        if (job->state == Job::State::Queued || job->state == Job::State::Done)
            continue;
        wake(*job, t);
    }
    pump(generation);
}

qint64 ProbeEngine::safeWait(const Job &job) const
{
    const std::shared_ptr<Peer> p = m_peers.value(job.address.toString());
    if (!m_adaptive || !p || p->maxRtt < 0)
        return never;
    return std::max(adaptiveFloorMs, adaptiveRttFactor * p->maxRtt);
}

void ProbeEngine::wake(Job &job, qint64 t)
{
    switch (job.state) {
    case Job::State::Resolving:
        if (t >= job.deadline)
            finish(job, ProbeStatus::DnsError, ProbeEvidence::DnsTimeout,
                QStringLiteral("no answer from DNS within %1 ms").arg(m_runTimeout));
        break;
    case Job::State::Connecting: {
        if (t >= job.deadline) {
            concludeSilence(job, t, false);
            break;
        }
        const qint64 wait = safeWait(job);
        if (wait != never && t - job.attemptAt >= wait) {
            if (job.attempts < adaptiveAttempts)
                beginAttempt(job); // a fresh SYN from a fresh port, in case the first one was lost
            else
                concludeSilence(job, t, true);
        }
        break;
    }
    case Job::State::Greeting:
        if (t >= job.greetingEnd)
            finishGreeting(job, Closed::No);
        break;
    case Job::State::Waiting: {
        if (job.holdUntil > 0) {
            if (t >= job.holdUntil)
                concludeSilence(job, t, t < job.deadline);
            break;
        }
        if (t >= job.deadline) {
            concludeSilence(job, t, false);
            break;
        }
        const qint64 wait = safeWait(job);
        if (wait != never && t - job.attemptAt >= wait) {
            if (job.attempts < adaptiveAttempts) {
                ++job.attempts;
                job.attemptAt = t;
                if (!job.socket->send(responderUdpProbe(job.token))) {
                    const ProbeSocket::Failure f = job.socket->failure();
                    finish(job, probeStatusFor(f.evidence), f.evidence, f.detail, f.from);
                }
            } else {
                concludeSilence(job, t, true);
            }
        } else if (t - job.attemptAt >= std::max(udpResendMinMs, qint64(m_runTimeout) / 3)) {
            ++job.attempts;
            job.attemptAt = t;
            if (!job.socket->send(responderUdpProbe(job.token))) {
                const ProbeSocket::Failure f = job.socket->failure();
                finish(job, probeStatusFor(f.evidence), f.evidence, f.detail, f.from);
            }
        }
        break;
    }
    case Job::State::Queued:
    case Job::State::Done:
        break;
    }
}

void ProbeEngine::concludeSilence(Job &job, qint64 t, bool early)
{
    const QString silent = QStringLiteral("no answer within %1 ms").arg(t - job.startedAt);
    if (job.target.protocol == Protocol::Tcp) {
        m_results[job.index].concludedEarly = early;
        finish(job, ProbeStatus::Filtered, ProbeEvidence::Silence, silent);
        return;
    }
    // A greeting still on its way over TCP from the same host may yet say that the responder listens here.
    const QString address = job.address.toString();
    qint64 hold = 0;
    for (const auto &other : m_jobs) {
        if (other->state == Job::State::Greeting && other->address.toString() == address)
            hold = std::max(hold, other->greetingEnd);
    }
    if (hold > t && job.holdUntil == 0) {
        job.holdUntil = hold;
        return;
    }
    const Peer &p = peer(job);
    m_results[job.index].concludedEarly = early;
    if (p.responderUdp.contains(job.target.port)) {
        // Our responder answers every datagram on this port, as its greeting says: silence means dropped.
        m_results[job.index].responder = true;
        finish(job, ProbeStatus::Filtered, ProbeEvidence::Silence,
            silent + QStringLiteral("; the test responder listens on this port"));
    } else {
        finish(job, ProbeStatus::OpenOrFiltered, ProbeEvidence::Silence, silent);
    }
}

ProbeEngine::Peer &ProbeEngine::peer(const Job &job)
{
    std::shared_ptr<Peer> &p = m_peers[job.address.toString()];
    if (!p)
        p = std::make_shared<Peer>();
    return *p;
}

void ProbeEngine::finish(
    Job &job, ProbeStatus status, ProbeEvidence evidence, const QString &detail, const QString &from)
{
    if (job.state == Job::State::Done)
        return;
    releaseSocket(job);
    job.state = Job::State::Done;
    --m_active;
    ++m_done;
    ProbeResult &r = m_results[job.index];
    r.status = status;
    r.evidence = evidence;
    r.detail = detail;
    r.evidenceFrom = from;
    r.millis = now() - job.startedAt;
    r.address = job.address.isNull() ? QString() : job.address.toString();
    r.timeoutMillis = m_runTimeout;
    m_pending.append(job.index);
}

void ProbeEngine::releaseSocket(Job &job)
{
    if (!job.socket)
        return;
    job.socket->disconnect(this);
    job.socket->close();
    // It may be the socket whose signal brought us here.
    job.socket->deleteLater();
    job.socket = nullptr;
}

void ProbeEngine::pump(quint64 generation)
{
    if (generation != m_generation || !m_running)
        return;
    startQueuedJobs();
    // Emit last, after every state change: a slot may cancel or even restart the engine.
    while (!m_pending.isEmpty()) {
        const int index = m_pending.takeFirst();
        ++m_emitted;
        emit resultReady(m_results.at(index));
        if (generation != m_generation)
            return;
        emit progress(m_emitted, int(m_results.size()));
        if (generation != m_generation)
            return;
    }
    if (m_emitted == m_results.size()) {
        m_running = false;
        m_timer.stop();
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation == m_generation)
                    emit finished(false);
            },
            Qt::QueuedConnection);
        return;
    }
    schedule();
}

void ProbeEngine::schedule()
{
    qint64 next = never;
    for (const auto &job : m_jobs) {
        switch (job->state) {
        case Job::State::Resolving:
            next = std::min(next, job->deadline);
            break;
        case Job::State::Connecting: {
            const qint64 wait = safeWait(*job);
            next = std::min(next, wait == never ? job->deadline : std::min(job->deadline, job->attemptAt + wait));
            break;
        }
        case Job::State::Greeting:
            next = std::min(next, job->greetingEnd);
            break;
        case Job::State::Waiting: {
            if (job->holdUntil > 0) {
                next = std::min(next, job->holdUntil);
                break;
            }
            const qint64 wait = safeWait(*job);
            const qint64 resend = job->attemptAt + std::max(udpResendMinMs, qint64(m_runTimeout) / 3);
            next = std::min({next, job->deadline, resend, wait == never ? never : job->attemptAt + wait});
            break;
        }
        case Job::State::Queued:
        case Job::State::Done:
            break;
        }
    }
    if (next == never) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(std::clamp<qint64>(next - now(), 0, std::numeric_limits<int>::max())));
}

} // namespace fw
