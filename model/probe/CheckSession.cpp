#include "CheckSession.h"

#include "ProbeEngine.h"

namespace fw {

CheckSession::CheckSession(QObject *parent) : QObject(parent), m_engine(new ProbeEngine(this))
{
    // First of all to hear the engine (Qt calls slots in the order they were connected): see engine().
    connect(m_engine, &ProbeEngine::resultReady, this, &CheckSession::onResult);
    connect(m_engine, &ProbeEngine::finished, this, &CheckSession::onFinished);
}

CheckSession::~CheckSession()
{
    m_engine->disconnect(this);
    m_engine->cancel();
}

void CheckSession::setPlan(const Plan &plan, const Product *product)
{
    m_plan = plan;
    m_product = product;
}

void CheckSession::setServer(const QString &server)
{
    m_server = server;
}

void CheckSession::setTimeout(int millis)
{
    m_engine->setTimeout(millis);
}

int CheckSession::timeout() const
{
    return m_engine->timeout();
}

void CheckSession::setAdaptive(bool adaptive)
{
    m_engine->setAdaptive(adaptive);
}

bool CheckSession::adaptive() const
{
    return m_engine->adaptive();
}

ProbeSet CheckSession::targets() const
{
    return probeTargets(m_plan, m_server, m_product);
}

bool CheckSession::matches(const Plan &plan, const Product *product) const
{
    return m_phase != Phase::Idle && probeTargets(plan, m_checkedServer, product).targets == m_checked.targets;
}

bool CheckSession::start()
{
    const ProbeSet set = targets();
    if (isRunning() || set.targets.isEmpty())
        return false;
    m_checked = set;
    m_checkedPlan = m_plan;
    m_checkedServer = m_server;
    m_millis = 0;
    m_arrived = ProbeResults(set.targets.size());
    m_done = 0;
    m_phase = Phase::Running;
    m_clock.start();
    m_engine->start(set.targets);
    return true;
}

void CheckSession::cancel()
{
    if (isRunning())
        m_engine->cancel();
}

void CheckSession::clear()
{
    cancel();
    m_checked = ProbeSet();
    m_checkedPlan = Plan();
    m_checkedServer.clear();
    m_arrived.clear();
    m_done = 0;
    m_millis = 0;
    m_phase = Phase::Idle;
}

bool CheckSession::isRunning() const
{
    return m_engine->isRunning();
}

ProbeResults CheckSession::results() const
{
    ProbeResults out;
    for (const ProbeResult &r : m_arrived) {
        if (r.status != ProbeStatus::Invalid)
            out << r;
    }
    return out;
}

QList<CheckAdvice> CheckSession::advice(const QString &language) const
{
    return checkAdvice(results(), m_checkedPlan, language);
}

QJsonObject CheckSession::report(const QString &from, const QString &language) const
{
    CheckRun run;
    run.server = m_checkedServer;
    run.timeoutMs = timeout();
    run.adaptive = adaptive();
    run.millis = m_millis;
    run.from = from;
    run.cancelled = m_phase == Phase::Cancelled;
    return checkReportToJson(m_checkedPlan, m_checked, results(), run, language);
}

void CheckSession::onResult(const ProbeResult &result)
{
    // Only what was reported counts: a cancel drops the results the engine had not handed out yet.
    const qsizetype at = m_checked.targets.indexOf(result.target);
    if (at >= 0) {
        m_done += m_arrived.at(at).status == ProbeStatus::Invalid ? 1 : 0;
        m_arrived[at] = result;
    }
}

void CheckSession::onFinished(bool cancelled)
{
    m_millis = m_clock.elapsed();
    m_phase = cancelled ? Phase::Cancelled : Phase::Done;
}

} // namespace fw
