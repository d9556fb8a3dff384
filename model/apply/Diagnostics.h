#pragma once

#include "Backend.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace fw {

/// What the application knows and the model does not: versions of the libraries it links, and its log file.
struct DiagnosticsInput
{
    QString programVersion;
    QString qtVersion;
    QString spdlogVersion;
    QString logPath;   ///< empty: no log file
    int logLines = 30; ///< how many of the log's last lines to include
    QString stateDir;  ///< empty: paths::stateDir()
};

/// A mistake that users of firewall tools often make, found on this machine.
struct DiagnosticWarning
{
    QString id;   ///< "zone-mismatch", "runtime-permanent-differ", "docker", "several-firewalls", "applied-gone"
    QString text; ///< translated, with what to do
};

/// Everything a support request needs, copyable, with nothing secret in it: no environment, no host name, no
/// file contents other than the program's own record, last check and log.
struct Diagnostics
{
    QString programVersion;
    QString qtVersion;
    QString spdlogVersion;
    QString os;
    QString kernel;
    FirewallState state;
    QStringList firewallLines; ///< describeFirewall()
    QString stateDir;          ///< the state folder read (record, last check)
    AppliedRecord record;
    QString recordError;
    QString lastCheckPath;
    QJsonObject lastCheck; ///< empty: no check stored
    QString logPath;
    QStringList logLines;
    QList<DiagnosticWarning> warnings;
};

/// Collects the diagnostics: detects every back end fully (read-only), reads the record, the last connectivity
/// results (lastCheckResultsPath()) and the log's last lines, and looks for the common mistakes.
Diagnostics collectDiagnostics(Host &host, const DiagnosticsInput &input);
/// The warnings that the state and the record call for (also used by collectDiagnostics()).
QList<DiagnosticWarning> diagnosticWarnings(const FirewallState &state, const AppliedRecord &record);
/// The diagnostics as plain text for a support request (translated headings).
QString diagnosticsText(const Diagnostics &diagnostics);
/// The diagnostics as one JSON object (diagnose --json); field names are stable and untranslated.
QJsonObject diagnosticsJson(const Diagnostics &diagnostics);

} // namespace fw
