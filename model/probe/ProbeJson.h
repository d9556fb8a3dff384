#pragma once

#include "ProbeResult.h"
#include "ProbeTargets.h"
#include "plan/Plan.h"

#include <QJsonObject>

namespace fw {

/// One result as check --json prints it: host, port, protocol, status, responder, millis, advice (in the current
/// language), plus address, evidence, evidenceFrom, rule, kind, detail and concludedEarly (README, "check --json").
QJsonObject probeResultToJson(const ProbeResult &result);

/// How one check ran, for checkReportToJson().
struct CheckRun
{
    QString server; ///< the server as the admin gave it; empty: none
    int timeoutMs = 0;
    bool adaptive = false;
    qint64 millis = 0; ///< how long the whole check took
    QString from;      ///< who ran it: "cli" or "wizard"
    bool cancelled = false;
};

/// The whole report of one check of @p plan, as check --json prints it and last-check.json keeps it for diagnose: the
/// selection, the run, every result (its "advice" as checkAdvice() gives it for that result alone), a summary (a count
/// per status, total, blocked, responder, millis: summarizeChecks()), the grouped advice ("advice": results, text,
/// fixedBy), the rules that cannot be probed ("untested": rule and reason id) and the probes left out ("omitted").
/// Texts in @p language (empty: the default QLocale's).
QJsonObject checkReportToJson(const Plan &plan, const ProbeSet &set, const ProbeResults &results, const CheckRun &run,
    const QString &language = QString());

/// Keeps @p report as the last check's results (lastCheckResultsPath() in @p stateFolder, empty: the user's), written
/// atomically; false with @p error saying what failed and where.
bool storeLastCheck(const QJsonObject &report, QString *error, const QString &stateFolder = QString());

} // namespace fw
