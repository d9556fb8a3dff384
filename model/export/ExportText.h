#pragma once

#include "Exporter.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace fw {

/// The keys of ExportContext::settings. Which formats use each, each Exporter declares (Exporter::settings()).
namespace exportsetting {
/// The firewalld zone to add the service to; default: the default zone.
inline QString zone()
{
    return QStringLiteral("zone");
}
/// The LAN's address ranges (CIDR, comma-separated) for rules whose remote side is the LAN; without it those rules
/// match any address (and say so). Windows uses its LocalSubnet keyword instead.
inline QString lan()
{
    return QStringLiteral("lan");
}
/// A folder searched first for the vendor's executables (before Program Files).
inline QString programDir()
{
    return QStringLiteral("program-dir");
}
/// "accept" (default) or "drop", the policy of the exported nftables table's input chain.
inline QString inputPolicy()
{
    return QStringLiteral("input-policy");
}
/// The PDF's paper size, "a4" or "letter"; default: by the system's locale.
inline QString pageSize()
{
    return QStringLiteral("page-size");
}
} // namespace exportsetting

/// Checks every setting of @p context (unknown keys, a bad CIDR, zone, path, policy or page size); appends a
/// translated problem for each one refused. Returns true when all are acceptable.
bool checkExportSettings(const ExportContext &context, QList<ExportProblem> &problems);
/// Checks every rule's hosts again (plans can be built in code, not only by the catalog reader); appends problems.
bool checkRuleHosts(const Plan &plan, QList<ExportProblem> &problems);
/// Checks @p rule's program again where it is a full path (the catalog refuses bad ones when it loads; a plan built in
/// code can still hold one); appends a problem and returns false when no Windows export can use it.
bool checkProgramPath(const PlanRule &rule, QList<ExportProblem> &problems);

/// The programs of a plan's rules, each once, in the order of the rules.
struct ExportPrograms
{
    QStringList programs;
    QHash<QString, int> numbers; ///< program -> 1, 2, ... in that order (a script's variables per program)
};
/// The checks that the exports finding programs on Windows (netsh, Ansible) start with: @p context's settings
/// (checkExportSettings()), the rules' hosts (checkRuleHosts()) and their programs, each once: a full path with
/// checkProgramPath(), a plain name by whether it can be searched for exactly (no wildcard or path characters). For a
/// name that cannot, appends a problem with the exporter's translated @p nameProblem, where %1 is the rule's id, %2
/// the name and %3 what is wrong with it. Returns the programs, numbered.
ExportPrograms exportPrograms(
    const Plan &plan, const ExportContext &context, const QString &nameProblem, QList<ExportProblem> &problems);

/// The stable name of a rule in every firewall: "FirewallWizard-<product>-<role>-<rule id>" (ids only, never text).
QString exportRuleName(const Plan &plan, const PlanRule &rule);
/// The group that holds every rule of one product and role: "Firewall Setup Wizard: <product> <role>".
QString exportGroupName(const Plan &plan);
/// A name for files, services, profiles and tables: "fwwizard-<product>-<role>".
QString exportBaseName(const Plan &plan);

/// The lines of every script's header, without comment markers: title, product, role, deployment, version,
/// options, values, settings, date, program version and how to undo (@p undo, one command a line).
QStringList exportHeaderLines(
    const Plan &plan, const ExportContext &context, const QString &formatName, const QStringList &undo);

/// How a firewall can match a rule's remote side.
struct RemoteMatch
{
    enum class Kind { Invalid, Any, LocalSubnet, Addresses };
    Kind kind = Kind::Invalid;
    QStringList ipv4; ///< addresses or CIDR ranges, for Kind::Addresses
    QStringList ipv6;
    QString why; ///< translated: why the match is wider than the plan's remote side; empty when exact
};

/// The remote side of @p rule as a firewall can match it. @p windows: "lan" becomes LocalSubnet; otherwise the
/// "lan" setting's ranges, or any address with a reason. Host names are never resolved at export time (addresses
/// of vendor services change): a rule naming a host matches any address and says why.
RemoteMatch remoteMatch(const PlanRule &rule, const ExportContext &context, bool windows);

/// Whether a firewall that cannot match programs (every Linux one) can express @p rule: it needs ports.
bool hasPorts(const PlanRule &rule);
/// The lines (without comment markers) that a Linux format writes about the rules it cannot express: program
/// rules without ports, and a plain statement when the plan has no port rule at all.
QStringList programRuleGapLines(const Plan &plan, const ExportContext &context);

/// "in" / "out" for comments: untranslated ids keep scripts greppable.
QString ruleSummary(const PlanRule &rule, const ExportContext &context);

/// Text with LF line ends converted to CRLF (for Windows scripts).
QByteArray withCrLf(const QString &text);

} // namespace fw
