#pragma once

#include "CheckSummary.h"
#include "ProbeEngine.h"
#include "ProbeJson.h"
#include "ProbeTargets.h"
#include "plan/Plan.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>

namespace fw {

/// One connectivity test of a plan, for the wizard's page and `check` alike: the targets the plan gives for a
/// server, the probe run with its progress and Cancel, the results that arrived, and the one summary and grouped
/// advice of them. Event-driven in the caller's thread, like ProbeEngine, whose signals report the run (engine()).
class CheckSession : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(CheckSession)

public:
    enum class Phase { Invalid, Idle, Running, Done, Cancelled };

    explicit CheckSession(QObject *parent = nullptr);
    ~CheckSession() override;

    /// The plan to test and its product from the catalog (for the hosts an option names; may be null). Takes effect
    /// at the next start(); the results shown stay those of the plan they were made for.
    void setPlan(const Plan &plan, const Product *product);
    /// The server to test: a host name or address; empty: none (a server's own page tests only its way out).
    void setServer(const QString &server);
    /// The time each probe may take, in milliseconds (ProbeEngine::setTimeout()).
    void setTimeout(int millis);
    int timeout() const;
    /// Whether "filtered" may be concluded early (ProbeEngine::setAdaptive()).
    void setAdaptive(bool adaptive);
    bool adaptive() const;

    /// What start() would probe now for the plan and server set.
    ProbeSet targets() const;
    /// Whether results of an earlier start() are those this plan and server would probe now (false: none, or stale).
    bool matches(const Plan &plan, const Product *product) const;

    /// Starts probing targets(); false while running or when there is nothing to probe.
    bool start();
    /// Stops every probe at once; finished(true) follows.
    void cancel();
    /// Forgets the results; the phase is Idle again.
    void clear();

    Phase phase() const { return m_phase; }
    bool isRunning() const;
    /// The targets of the last start(), in the order of the results.
    const QList<ProbeTarget> &checkedTargets() const { return m_checked.targets; }
    /// The server of the last start() (empty: none).
    const QString &checkedServer() const { return m_checkedServer; }
    /// How many targets of the last start() have their result.
    int doneCount() const { return m_done; }
    int totalCount() const { return int(m_checked.targets.size()); }
    /// How long the last run took, once it is over.
    qint64 millis() const { return m_millis; }
    /// The results that arrived, in the order of the targets.
    ProbeResults results() const;
    /// The one count of results(): the page, `check`, the PDF and the Finish page all show this.
    CheckSummary summary() const { return summarizeChecks(results()); }
    /// The grouped advice for results(), in @p language (empty: the default QLocale's).
    QList<CheckAdvice> advice(const QString &language = QString()) const;
    /// The report of the last run (check --json, last-check.json), with @p from "cli" or "wizard".
    QJsonObject report(const QString &from, const QString &language = QString()) const;
    /// The engine that runs the probes, to connect to its signals: started, resultReady, progress and finished
    /// (over: phase Done; cancelled: phase Cancelled). The session hears the engine first, so that its phase,
    /// counts and results are up to date in every slot connected to them.
    const ProbeEngine *engine() const { return m_engine; }

private:
    void onResult(const ProbeResult &result);
    void onFinished(bool cancelled);

    ProbeEngine *m_engine;
    Plan m_plan;
    const Product *m_product = nullptr;
    QString m_server;
    Plan m_checkedPlan;
    ProbeSet m_checked;
    QString m_checkedServer;
    ProbeResults m_arrived; ///< one per checked target, status Invalid until its result arrived
    int m_done = 0;
    Phase m_phase = Phase::Idle;
    QElapsedTimer m_clock;
    qint64 m_millis = 0;
};

} // namespace fw
