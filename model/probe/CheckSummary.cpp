#include "probe/CheckSummary.h"

#include "plan/Plan.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <utility>

namespace fw {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::CheckSummary)
}

/// Which field counts which status.
constexpr std::pair<ProbeStatus, int CheckSummary::*> kCounts[]
    = {{ProbeStatus::Open, &CheckSummary::open}, {ProbeStatus::Refused, &CheckSummary::refused},
        {ProbeStatus::Filtered, &CheckSummary::filtered}, {ProbeStatus::OpenOrFiltered, &CheckSummary::openOrFiltered},
        {ProbeStatus::Unreachable, &CheckSummary::unreachable}, {ProbeStatus::DnsError, &CheckSummary::dnsError}};

} // namespace

QString CheckSummary::sentence() const
{
    if (!ran)
        return Tr::tr("No connectivity test was run.");
    QStringList parts;
    const auto add = [&parts](int n, const QString &text) {
        if (n > 0)
            parts << text;
    };
    add(open, Tr::tr("%n open", nullptr, open));
    add(refused, Tr::tr("%n refused", nullptr, refused));
    add(filtered, Tr::tr("%n filtered", nullptr, filtered));
    add(openOrFiltered, Tr::tr("%n open or filtered", nullptr, openOrFiltered));
    add(unreachable, Tr::tr("%n unreachable", nullptr, unreachable));
    add(dnsError, Tr::tr("%n not found in DNS", nullptr, dnsError));
    //: %1 is the number of probes, %2 the counts by status, e.g. "Probes: 3 (2 open, 1 refused)."
    return Tr::tr("Probes: %1 (%2).").arg(total).arg(parts.join(QStringLiteral(", ")));
}

int CheckSummary::count(ProbeStatus status) const
{
    for (const auto &[counted, field] : kCounts) {
        if (counted == status)
            return this->*field;
    }
    return 0;
}

CheckSummary summarizeChecks(const ProbeResults &results)
{
    CheckSummary s;
    s.ran = !results.isEmpty();
    s.total = int(results.size());
    for (const ProbeResult &r : results) {
        for (const auto &[counted, field] : kCounts)
            s.*field += counted == r.status ? 1 : 0;
    }
    return s;
}

namespace {

const PlanRule *ruleOf(const Plan &plan, const QString &id)
{
    for (const PlanRule &rule : plan.rules) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

/// The catalog's advice for @p r, where there is one and it is about what the result shows: a refusal, silence or
/// UDP silence on the way (not what this machine's own firewall or network stopped).
const BlockedAdvice *catalogAdvice(const ProbeResult &r, const Plan &plan)
{
    const bool onTheWay = r.status == ProbeStatus::Refused || r.status == ProbeStatus::Filtered
        || r.status == ProbeStatus::OpenOrFiltered;
    if (!onTheWay || r.evidence == ProbeEvidence::LocalFirewall || r.evidence == ProbeEvidence::LocalError)
        return nullptr;
    const PlanRule *rule = ruleOf(plan, r.target.ruleId);
    return rule && !rule->whenBlocked.isEmpty() ? &rule->whenBlocked : nullptr;
}

QString adviceLanguage(const QString &language)
{
    if (!language.isEmpty())
        return language;
    const QString fromLocale = QLocale().name().left(2);
    return supportedLanguages().contains(fromLocale) ? fromLocale : QStringLiteral("en");
}

/// The text of one group, for @p r (its first result) with the group's @p endpoints.
QString groupText(const ProbeResult &r, const QString &endpoints, const BlockedAdvice *blocked, const QString &language)
{
    if (!blocked)
        return probeAdvice(r, endpoints);
    return probeFinding(r, endpoints) + QLatin1Char(' ') + blocked->advice.in(language);
}

} // namespace

QList<CheckAdvice> checkAdvice(const ProbeResults &results, const Plan &plan, const QString &language)
{
    const QString lang = adviceLanguage(language);
    // The key of a group is its text with a stand-in for the ports and no time: results whose advice reads the same
    // call for the same action, for the same host, by the same one.
    const QString anyPorts = QStringLiteral("\x01");
    QList<CheckAdvice> advice;
    QList<QString> keys;
    for (int i = 0; i < results.size(); ++i) {
        const ProbeResult &r = results.at(i);
        if (r.status == ProbeStatus::Invalid
            || (r.status == ProbeStatus::Open && r.evidence != ProbeEvidence::ConnectedClosed))
            continue;
        const BlockedAdvice *blocked = catalogAdvice(r, plan);
        ProbeResult timeless = r;
        timeless.millis = 0;
        const QString key = groupText(timeless, anyPorts, blocked, lang);
        const qsizetype at = keys.indexOf(key);
        if (at >= 0) {
            advice[at].results << i;
            continue;
        }
        keys << key;
        advice.append({{i}, QString(), blocked ? blocked->fixedBy : Fixer::Invalid});
    }
    for (CheckAdvice &group : advice) {
        QList<ProbeTarget> targets;
        ProbeResult first = results.at(group.results.constFirst());
        for (int i : std::as_const(group.results)) {
            targets << results.at(i).target;
            first.millis = std::max(first.millis, results.at(i).millis);
        }
        group.text = groupText(first, probeEndpointsLabel(targets), catalogAdvice(first, plan), lang);
    }
    return advice;
}

const CheckAdvice *adviceFor(const QList<CheckAdvice> &advice, int index)
{
    for (const CheckAdvice &group : advice) {
        if (group.results.contains(index))
            return &group;
    }
    return nullptr;
}

} // namespace fw
