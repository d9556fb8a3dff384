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
    bool ran = false;      ///< false: no test was run (no results)
    int total = 0;
    int open = 0;
    int refused = 0;
    int filtered = 0;
    int openOrFiltered = 0;
    int unreachable = 0;
    int dnsError = 0;

    /// The results whose status means the path is blocked or broken (probeBlocked()).
    int blocked() const { return refused + filtered + unreachable + dnsError; }
    /// True when a test ran and nothing is blocked.
    bool passed() const { return ran && blocked() == 0; }
    /// One translated sentence for the Finish page and logs, e.g. "3 probes: 2 open, 1 refused." or "No connectivity
    /// test was run.", naming only the statuses that occurred, in the order of the fields above.
    QString sentence() const;
};

/// Counts @p results.
CheckSummary summarizeChecks(const ProbeResults &results);

/// One paragraph of advice for one or more results that call for the same action, e.g. every port of one server
/// that was refused. The PDF and the Connectivity page show each group once instead of repeating it per port.
struct CheckAdvice
{
    QList<int> results;  ///< indexes into the results given to checkAdvice(), in their order
    QString text;        ///< translated advice, naming the ports it is about
};

/// The advice for every blocked or doubtful result of @p results, grouped, for the product, role and deployment of
/// @p plan: where the catalog says who fixes a blocked port and how, that is used; elsewhere the generic advice.
QList<CheckAdvice> checkAdvice(const ProbeResults &results, const Plan &plan);

} // namespace fw
