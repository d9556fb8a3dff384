#include "PlanJson.h"

#include <QJsonArray>

namespace fw {

namespace {
QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QJsonObject planToJson(const Plan &plan, const QString &language)
{
    const Selection &s = plan.selection;
    QJsonObject root;
    root.insert(QStringLiteral("product"), s.product);
    root.insert(QStringLiteral("productName"), plan.productName.in(language));
    root.insert(QStringLiteral("vendor"), plan.vendor);
    root.insert(QStringLiteral("role"), s.role);
    root.insert(QStringLiteral("deployment"), orNull(s.deployment));
    root.insert(QStringLiteral("version"), orNull(s.version));
    root.insert(QStringLiteral("options"), QJsonArray::fromStringList(s.options));
    QJsonObject values;
    for (auto it = s.values.constBegin(); it != s.values.constEnd(); ++it)
        values.insert(it.key(), it.value());
    root.insert(QStringLiteral("values"), values);
    root.insert(QStringLiteral("language"), language);

    QJsonArray rules;
    for (const PlanRule &r : plan.rules) {
        QJsonObject rule;
        rule.insert(QStringLiteral("id"), r.id);
        rule.insert(QStringLiteral("direction"), directionId(r.direction));
        rule.insert(QStringLiteral("protocol"), protocolId(r.protocol));
        QJsonArray ports;
        for (const PortRange &p : r.ports)
            ports.append(QJsonObject {{QStringLiteral("from"), p.from}, {QStringLiteral("to"), p.to}});
        rule.insert(QStringLiteral("ports"), ports);
        rule.insert(QStringLiteral("program"), orNull(r.program));
        rule.insert(QStringLiteral("remote"),
            QJsonObject {{QStringLiteral("kind"), remoteKindId(r.remote)},
                {QStringLiteral("hosts"), QJsonArray::fromStringList(r.hosts)}});
        rule.insert(QStringLiteral("purpose"), r.purpose.in(language));
        rule.insert(QStringLiteral("option"), orNull(r.option));
        rule.insert(QStringLiteral("derived"), r.derived);
        rule.insert(QStringLiteral("source"), r.source);
        rules.append(rule);
    }
    root.insert(QStringLiteral("rules"), rules);

    QJsonArray executables;
    for (const PlanExecutable &e : plan.executables)
        executables.append(QJsonObject {{QStringLiteral("name"), e.name},
            {QStringLiteral("purpose"), e.purpose.in(language)}, {QStringLiteral("source"), e.source}});
    root.insert(QStringLiteral("executables"), executables);

    QJsonArray notes;
    for (const PlanNote &n : plan.notes)
        notes.append(QJsonObject {{QStringLiteral("id"), n.id}, {QStringLiteral("kind"), noteKindId(n.kind)},
            {QStringLiteral("text"), n.text.in(language)}, {QStringLiteral("source"), n.source}});
    root.insert(QStringLiteral("notes"), notes);

    QJsonArray sources;
    for (const SourceDef &src : plan.sources)
        sources.append(QJsonObject {{QStringLiteral("id"), src.id}, {QStringLiteral("title"), src.title},
            {QStringLiteral("url"), src.url}, {QStringLiteral("kind"), sourceKindId(src.kind)}});
    root.insert(QStringLiteral("sources"), sources);
    return root;
}

} // namespace fw
