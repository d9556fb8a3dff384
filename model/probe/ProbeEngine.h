#pragma once

#include "ProbeResult.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace fw {

class HostLookup;
class ProbeSocket;

/// Probes many targets at once, event-driven in the caller's thread (no thread per probe, no busy loop):
/// DNS first (forward only, once per host, IP literals skip it), then a TCP connect or a UDP exchange per target.
/// Results stream in through resultReady() as they arrive; each target gets exactly one, unless cancelled.
/// A slot connected to resultReady() or progress() may cancel() but must not delete the engine (use deleteLater()).
class ProbeEngine : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(ProbeEngine)

public:
    /// An idle engine with the default timeout.
    explicit ProbeEngine(QObject *parent = nullptr);
    ~ProbeEngine() override;

    /// The default time each probe may take, DNS included, in milliseconds.
    static int defaultTimeout();
    /// The time each probe may take, DNS included (clamped to 100 ms - 120 s). Takes effect at the next start().
    void setTimeout(int millis);
    /// The time each probe may take, in milliseconds.
    int timeout() const { return m_timeout; }
    /// How many probes run at once at most (clamped to 1 - 512; default 128); the rest start as others finish.
    void setMaxParallel(int count);
    /// How many probes run at once at most.
    int maxParallel() const { return m_maxParallel; }
    /// Whether to conclude "filtered" before the timeout once the host has answered on other ports: after a safe
    /// multiple of its measured round trip and a second attempt. The timeout stays the upper bound. Default off.
    void setAdaptive(bool adaptive);
    /// Whether adaptive timing is on.
    bool adaptive() const { return m_adaptive; }

    /// Starts probing @p targets; returns false (and does nothing) while a check is running. started() is emitted
    /// at once; results follow from the event loop, never from inside this call.
    bool start(const QList<ProbeTarget> &targets);
    /// Stops every probe at once, closing all sockets; finished(true) follows, and no more results.
    void cancel();
    /// Whether a check is running.
    bool isRunning() const { return m_running; }
    /// The results so far, in the order of the targets; a target without a result yet has status Invalid.
    const ProbeResults &results() const { return m_results; }
    /// How many targets have their result.
    int doneCount() const { return m_done; }

signals:
    /// A check started with @p total targets.
    void started(int total);
    /// One target's result, as soon as it is known.
    void resultReady(const fw::ProbeResult &result);
    /// @p done of @p total targets have their result.
    void progress(int done, int total);
    /// The check is over: every target has its result (emitted from the event loop, so a slot may delete the
    /// engine), or it was cancelled (emitted from cancel()).
    void finished(bool cancelled);

private:
    struct Job;
    struct Host;
    struct Peer;

    void launch(quint64 generation);
    void startQueuedJobs();
    void beginAttempt(Job &job);
    void onLookup(const QString &host, const QList<QHostAddress> &addresses, const QString &error);
    void onConnected(int index);
    void onReceived(int index, const QByteArray &data);
    void onPeerClosed(int index, bool reset);
    void onFailed(int index);
    void onTimer();
    void wake(Job &job, qint64 now);
    void concludeSilence(Job &job, qint64 now, bool early);
    void finish(Job &job, ProbeStatus status, ProbeEvidence evidence, const QString &detail = QString(),
        const QString &from = QString());
    /// How a connection whose greeting is awaited ended: still open, closed (FIN), or reset (RST).
    enum class Closed { No, Fin, Reset };
    void finishGreeting(Job &job, Closed closed);
    void releaseSocket(Job &job);
    void pump(quint64 generation);
    void schedule();
    qint64 now() const;
    qint64 safeWait(const Job &job) const;
    Peer &peer(const Job &job);

    std::vector<std::unique_ptr<Job>> m_jobs;
    QHash<QString, std::shared_ptr<Host>> m_hosts;
    QHash<QString, std::shared_ptr<Peer>> m_peers;
    ProbeResults m_results;
    QList<int> m_pending; ///< indices of results to emit once the current event is handled
    QElapsedTimer m_clock;
    QTimer m_timer;
    HostLookup *m_lookup;
    quint64 m_generation = 0;
    int m_timeout;
    int m_runTimeout = 0;
    int m_maxParallel = 128;
    int m_active = 0;
    int m_done = 0;
    int m_emitted = 0;
    bool m_adaptive = false;
    bool m_running = false;
};

} // namespace fw
