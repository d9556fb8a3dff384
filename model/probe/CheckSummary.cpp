#include "probe/CheckSummary.h"

#include "plan/Plan.h"

#include <QCoreApplication>
#include <QStringList>

namespace fw {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(fw::CheckSummary)
};

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
    return Tr::tr("%n probe(s): %1.", nullptr, total).arg(parts.join(QStringLiteral(", ")));
}

CheckSummary summarizeChecks(const ProbeResults &results)
{
    CheckSummary s;
    s.ran = !results.isEmpty();
    s.total = int(results.size());
    for (const ProbeResult &r : results) {
        switch (r.status) {
        case ProbeStatus::Open: ++s.open; break;
        case ProbeStatus::Refused: ++s.refused; break;
        case ProbeStatus::Filtered: ++s.filtered; break;
        case ProbeStatus::OpenOrFiltered: ++s.openOrFiltered; break;
        case ProbeStatus::Unreachable: ++s.unreachable; break;
        case ProbeStatus::DnsError: ++s.dnsError; break;
        case ProbeStatus::Invalid: break;
        }
    }
    return s;
}

// First version: one group per result that needs advice, with today's per-result text. The check-session work
// replaces it with grouped, catalog-driven advice; the interface stays.
QList<CheckAdvice> checkAdvice(const ProbeResults &results, const Plan &plan)
{
    Q_UNUSED(plan)
    QList<CheckAdvice> advice;
    for (int i = 0; i < results.size(); ++i) {
        const ProbeResult &r = results.at(i);
        if (r.status == ProbeStatus::Open)
            continue;
        advice.append({{i}, probeAdvice(r)});
    }
    return advice;
}

} // namespace fw
