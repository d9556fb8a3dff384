#pragma once

#include "probe/ProbeResult.h"

#include <QList>
#include <QString>

namespace fw {

struct Plan;

/// The one count of a connectivity test's results, used by the Connectivity page, `check`, the PDF and the Finish
/// page, so that they never disagree. Every status is counted under its own name: a DNS error or a refusal is not
/// "filtered", and "open-or-filtered" is neither open nor blocked.
struct CheckSummary
{
    bool ran = false; ///< false: no test was run (no results)
    int total = 0;
    int open = 0;
    int refused = 0;
    int filtered = 0;
    int openOrFiltered = 0;
    int unreachable = 0;
    int dnsError = 0;

    /// The count of @p status (0 for Invalid).
    int count(ProbeStatus status) const;
    /// The results whose status means the path is blocked or broken (probeBlocked()).
    int blocked() const { return refused + filtered + unreachable + dnsError; }
    /// True when a test ran and nothing is blocked.
    bool passed() const { return ran && blocked() == 0; }
    /// One translated sentence for the Finish page, `check` and logs, e.g. "Probes: 3 (2 open, 1 refused)." or "No
    /// connectivity test was run.", naming only the statuses that occurred, in the order of the fields above.
    QString sentence() const;
};

/// Counts @p results.
CheckSummary summarizeChecks(const ProbeResults &results);

/// One paragraph of advice for one or more results that call for the same action, e.g. every port of one server
/// that was refused. The PDF and the Connectivity page show each group once instead of repeating it per port.
struct CheckAdvice
{
    QList<int> results;             ///< indexes into the results given to checkAdvice(), in their order
    QString text;                   ///< translated advice, naming the ports it is about
    Fixer fixedBy = Fixer::Invalid; ///< who fixes it, where the catalog says so (its whenBlocked); Invalid: generic
};

/// The advice for every blocked or doubtful result of @p results (everything but a plain "open"), grouped: results
/// with the same status and evidence, on the same host, whose fix is the same, give one paragraph naming all their
/// ports. Where the plan's rule says who fixes a blocked port and how (PlanRule::whenBlocked), a refusal, silence or
/// UDP silence gets what was seen plus that advice, in @p language (empty: the default QLocale's); elsewhere, and
/// for what this machine itself stopped, the generic advice.
QList<CheckAdvice> checkAdvice(const ProbeResults &results, const Plan &plan, const QString &language = QString());

/// The advice group of @p advice that names result @p index; null if none.
const CheckAdvice *adviceFor(const QList<CheckAdvice> &advice, int index);

} // namespace fw
