#include "ProbeJson.h"

#include "CheckSummary.h"
#include "system/IdTable.h"
#include "system/Paths.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace fw {

namespace {

const IdName<UnprobedRule::Reason> kReasons[] = {
    {UnprobedRule::Reason::NoHost, "no-host"},
    {UnprobedRule::Reason::NoPorts, "no-ports"},
    {UnprobedRule::Reason::NoServer, "no-server"},
};

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

} // namespace

QJsonObject probeResultToJson(const ProbeResult &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("host"), r.target.host);
    o.insert(QStringLiteral("port"), r.target.port);
    o.insert(QStringLiteral("protocol"), protocolId(r.target.protocol));
    o.insert(QStringLiteral("status"), probeStatusId(r.status));
    o.insert(QStringLiteral("responder"), r.responder);
    o.insert(QStringLiteral("millis"), r.millis);
    o.insert(QStringLiteral("advice"), probeAdvice(r));
    o.insert(QStringLiteral("address"), orNull(r.address));
    o.insert(QStringLiteral("evidence"), probeEvidenceId(r.evidence));
    o.insert(QStringLiteral("evidenceFrom"), orNull(r.evidenceFrom));
    o.insert(QStringLiteral("rule"), orNull(r.target.ruleId));
    o.insert(QStringLiteral("kind"), probeKindId(r.target.kind));
    o.insert(QStringLiteral("concludedEarly"), r.concludedEarly);
    o.insert(QStringLiteral("detail"), r.detail);
    return o;
}

QJsonObject checkReportToJson(
    const Plan &plan, const ProbeSet &set, const ProbeResults &results, const CheckRun &run, const QString &language)
{
    const Selection &selection = plan.selection;
    QJsonObject o;
    o.insert(QStringLiteral("product"), selection.product);
    o.insert(QStringLiteral("role"), selection.role);
    o.insert(QStringLiteral("deployment"), orNull(selection.deployment));
    o.insert(QStringLiteral("version"), orNull(selection.version));
    o.insert(QStringLiteral("server"), orNull(run.server));
    o.insert(QStringLiteral("timeoutMs"), run.timeoutMs);
    o.insert(QStringLiteral("adaptive"), run.adaptive);
    o.insert(QStringLiteral("from"), run.from);
    o.insert(QStringLiteral("checkedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    o.insert(QStringLiteral("cancelled"), run.cancelled);

    const QList<CheckAdvice> advice = checkAdvice(results, plan, language);
    QJsonArray list;
    int responders = 0;
    for (int i = 0; i < results.size(); ++i) {
        const ProbeResult &r = results.at(i);
        QJsonObject e = probeResultToJson(r);
        // Each result's own advice (the catalog's where it has one); the groups below name all their ports.
        if (adviceFor(advice, i))
            e.insert(QStringLiteral("advice"), checkAdvice({r}, plan, language).constFirst().text);
        list.append(e);
        responders += r.responder && r.status == ProbeStatus::Open ? 1 : 0;
    }
    o.insert(QStringLiteral("results"), list);

    const CheckSummary counts = summarizeChecks(results);
    QJsonObject summary;
    for (ProbeStatus status : {ProbeStatus::Open, ProbeStatus::Refused, ProbeStatus::Filtered,
             ProbeStatus::OpenOrFiltered, ProbeStatus::Unreachable, ProbeStatus::DnsError})
        summary.insert(probeStatusId(status), counts.count(status));
    summary.insert(QStringLiteral("total"), counts.total);
    summary.insert(QStringLiteral("blocked"), counts.blocked());
    summary.insert(QStringLiteral("responder"), responders);
    summary.insert(QStringLiteral("millis"), run.millis);
    o.insert(QStringLiteral("summary"), summary);

    QJsonArray groups;
    for (const CheckAdvice &group : advice) {
        QJsonArray indexes;
        for (int i : group.results)
            indexes.append(i);
        QJsonObject g;
        g.insert(QStringLiteral("results"), indexes);
        g.insert(QStringLiteral("text"), group.text);
        g.insert(QStringLiteral("fixedBy"), orNull(fixerId(group.fixedBy)));
        groups.append(g);
    }
    o.insert(QStringLiteral("advice"), groups);

    QJsonArray untested;
    for (const UnprobedRule &u : set.unprobed) {
        QJsonObject e;
        e.insert(QStringLiteral("rule"), u.ruleId);
        e.insert(QStringLiteral("reason"), idOf(kReasons, u.reason));
        untested.append(e);
    }
    o.insert(QStringLiteral("untested"), untested);
    o.insert(QStringLiteral("omitted"), set.omitted);
    return o;
}

bool storeLastCheck(const QJsonObject &report, QString *error, const QString &stateFolder)
{
    const QString path = paths::lastCheckResultsPath(stateFolder);
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(folder);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(report).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace fw
