#include "ProbeJson.h"

namespace fw {

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
    o.insert(QStringLiteral("address"), r.address.isEmpty() ? QJsonValue() : QJsonValue(r.address));
    o.insert(QStringLiteral("evidence"), probeEvidenceId(r.evidence));
    o.insert(QStringLiteral("evidenceFrom"), r.evidenceFrom.isEmpty() ? QJsonValue() : QJsonValue(r.evidenceFrom));
    o.insert(QStringLiteral("rule"), r.target.ruleId.isEmpty() ? QJsonValue() : QJsonValue(r.target.ruleId));
    o.insert(QStringLiteral("kind"), probeKindId(r.target.kind));
    o.insert(QStringLiteral("concludedEarly"), r.concludedEarly);
    o.insert(QStringLiteral("detail"), r.detail);
    return o;
}

} // namespace fw
