#include "PowerShellExporter.h"

#include "ExportText.h"
#include "Quoting.h"
#include "catalog/ProgramPath.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QSet>

namespace fw {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::PowerShellExporter)
}

QString q(const QString &text)
{
    return quoting::powershellString(text);
}

QString list(const QStringList &items)
{
    QStringList quoted;
    for (const QString &i : items)
        quoted << q(i);
    return QStringLiteral("@(") + quoted.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString portList(const QList<PortRange> &ports)
{
    QStringList items;
    for (const PortRange &p : ports)
        items << (p.from == p.to ? QString::number(p.from) : QStringLiteral("%1-%2").arg(p.from).arg(p.to));
    return list(items);
}

} // namespace

QString PowerShellExporter::description() const
{
    return Tr::tr("PowerShell: a script for Windows (New-NetFirewallRule), re-runnable, with -WhatIf");
}

ExportResult PowerShellExporter::render(const Plan &plan, const ExportContext &context) const
{
    ExportResult result;
    checkExportSettings(context, result.problems);
    checkRuleHosts(plan, result.problems);
    QStringList programs;
    QStringList fullPaths; // programs the catalog names by full path: used there, not searched for
    QSet<QString> seenPrograms;
    for (const PlanRule &rule : plan.rules) {
        if (rule.program.isEmpty() || seenPrograms.contains(rule.program))
            continue;
        seenPrograms.insert(rule.program);
        if (isFullProgramPath(rule.program)) {
            if (checkProgramPath(rule, result.problems))
                fullPaths << rule.program;
            programs << rule.program;
            continue;
        }
        const QString bad = quoting::windowsFileNameProblem(rule.program);
        if (!bad.isEmpty())
            result.problems << ExportProblem {
                Tr::tr("rule %1: the program name \"%2\" contains %3, which a Windows file name cannot contain")
                    .arg(rule.id, quoting::oneLine(rule.program), bad),
                rule.id, QStringLiteral("program")};
        programs << rule.program;
    }
    if (!result.ok())
        return result;

    const QString &lang = context.language;
    const QString group = exportGroupName(plan);
    QString s;
    const auto line = [&s](const QString &text = QString()) { s += text + QLatin1Char('\n'); };

    const QStringList header = exportHeaderLines(
        plan, context, QStringLiteral("PowerShell"), {QStringLiteral("Remove-NetFirewallRule -Group ") + q(group)});
    for (const QString &h : header)
        line(quoting::hashComment(h));
    line(QStringLiteral("#"));
    line(quoting::hashComment(
        Tr::tr("Run it in PowerShell as administrator; add -WhatIf to see what it would do without "
               "changing anything. Running it again replaces its rules instead of adding "
               "duplicates.")));
    if (programs.size() > fullPaths.size())
        line(quoting::hashComment(
            Tr::tr("It looks for the programs in -SearchPath, then in Program Files; give a "
                   "program's full path with -ProgramPath @{ 'name.exe' = 'C:\\path\\name.exe' }.")));
    if (!fullPaths.isEmpty())
        line(quoting::hashComment(Tr::tr("Programs that the vendor names by their full path are used there, with "
                                         "variables such as %ProgramFiles% expanded on this computer.")));
    line(QStringLiteral("#Requires -Version 5.1"));
    line(QStringLiteral("#Requires -Modules NetSecurity"));
    line();
    line(QStringLiteral("[CmdletBinding(SupportsShouldProcess = $true)]"));
    line(QStringLiteral("param("));
    line(QStringLiteral("    [string[]] $SearchPath = %1,")
             .arg(context.settings.contains(exportsetting::programDir())
                     ? list({context.settings.value(exportsetting::programDir())})
                     : QStringLiteral("@()")));
    line(QStringLiteral("    [hashtable] $ProgramPath = @{}"));
    line(QStringLiteral(")"));
    line();
    line(QStringLiteral("Set-StrictMode -Version 3.0"));
    line(QStringLiteral("$ErrorActionPreference = 'Stop'"));
    line(QStringLiteral("$group = ") + q(group));
    line();
    line(QStringLiteral("$principal = New-Object Security.Principal.WindowsPrincipal("
                        "[Security.Principal.WindowsIdentity]::GetCurrent())"));
    line(QStringLiteral("if (-not $WhatIfPreference -and -not $principal.IsInRole("
                        "[Security.Principal.WindowsBuiltInRole]::Administrator)) {"));
    line(QStringLiteral("    throw ")
        + q(Tr::tr("This script changes the Windows Firewall and must run as administrator: "
                   "open PowerShell with \"Run as administrator\" and start it again, or "
                   "try it first with -WhatIf.")));
    line(QStringLiteral("}"));
    if (!programs.isEmpty()) {
        line();
        line(quoting::hashComment(Tr::tr("Every program is found before anything changes, so a missing one leaves the "
                                         "firewall as it was.")));
        line(QStringLiteral("function Find-Program([string] $Name) {"));
        line(QStringLiteral("    if ($ProgramPath.ContainsKey($Name)) {"));
        line(QStringLiteral("        $path = [string] $ProgramPath[$Name]"));
        line(QStringLiteral("        if (Test-Path -LiteralPath $path -PathType Leaf) { return $path }"));
        line(QStringLiteral("        throw (%1 -f $Name, $path)")
                 .arg(q(Tr::tr("-ProgramPath gives {1} for {0}, but there is no such file."))));
        line(QStringLiteral("    }"));
        if (!fullPaths.isEmpty()) {
            line(QStringLiteral("    if ($Name.Contains('\\')) {"));
            line(QStringLiteral("        $path = [Environment]::ExpandEnvironmentVariables($Name)"));
            line(QStringLiteral("        if (Test-Path -LiteralPath $path -PathType Leaf) { return $path }"));
            line(QStringLiteral("        throw (%1 -f $Name, $path)")
                     .arg(q(Tr::tr("{0} was not found: there is no file {1} on this computer. Install it first, or "
                                   "give its path with -ProgramPath."))));
            line(QStringLiteral("    }"));
        }
        // The -SearchPath folders first, alone: the admin named them. Then Program Files, both of them (ProgramW6432
        // is the 64-bit one when this is a 32-bit PowerShell). Two copies in the same place are two installed
        // versions: which one runs is not for a script to guess, so it stops and names both.
        line(QStringLiteral("    $searched = @()"));
        line(QStringLiteral("    foreach ($place in @(@{ Roots = @($SearchPath) }, @{ Roots = @($env:ProgramFiles, "
                            "${env:ProgramFiles(x86)}, $env:ProgramW6432) })) {"));
        line(QStringLiteral(
            "        $roots = @($place.Roots | Where-Object { $_ -and (Test-Path -LiteralPath $_ -PathType "
            "Container) } | Select-Object -Unique)"));
        line(QStringLiteral("        $searched += $roots"));
        line(QStringLiteral("        $found = @(foreach ($root in $roots) {"));
        line(QStringLiteral("            Get-ChildItem -LiteralPath $root -Filter $Name -File -Recurse -Depth 5 "
                            "-ErrorAction SilentlyContinue |"));
        line(QStringLiteral("                Where-Object { $_.Name -eq $Name } | ForEach-Object { $_.FullName }"));
        line(QStringLiteral("        })"));
        line(QStringLiteral("        $found = @($found | Select-Object -Unique)"));
        line(QStringLiteral("        if ($found.Count -eq 1) { return $found[0] }"));
        line(QStringLiteral("        if ($found.Count -gt 1) { throw (%1 -f $Name, ($found -join '; ')) }")
                 .arg(q(Tr::tr("{0} is installed more than once: {1}. Give the one to use with -ProgramPath."))));
        line(QStringLiteral("    }"));
        line(QStringLiteral("    throw (%1 -f $Name, ($searched -join '; '))")
                 .arg(q(Tr::tr("{0} was not found in {1}. Install it first, or give its full path with -ProgramPath, "
                               "or a folder to search with -SearchPath."))));
        line(QStringLiteral("}"));
        line(QStringLiteral("$programs = @{}"));
        line(QStringLiteral("foreach ($name in %1) { $programs[$name] = Find-Program $name }").arg(list(programs)));
    }
    line();
    line(quoting::hashComment(Tr::tr("Remove what an earlier run created: the group, and the stable rule names.")));
    QStringList names;
    for (const PlanRule &rule : plan.rules)
        names << exportRuleName(plan, rule);
    // The NetSecurity cmdlets are functions of a (CDXML) module: the script's -WhatIf ($WhatIfPreference) and its
    // $ErrorActionPreference do not reach them (PowerShell/PowerShell#6556), so every call that changes something
    // passes both itself. Without this, -WhatIf would change the firewall and a failed rule would not stop the script.
    const QString changing = QStringLiteral(" -WhatIf:$WhatIfPreference -ErrorAction Stop");
    line(QStringLiteral("Get-NetFirewallRule -Group $group -ErrorAction SilentlyContinue | Remove-NetFirewallRule")
        + changing);
    if (!names.isEmpty()) {
        line(QStringLiteral("Get-NetFirewallRule -Name %1 -ErrorAction SilentlyContinue | Remove-NetFirewallRule")
                 .arg(list(names))
            + changing);
    }
    const QString title = QStringLiteral("%1 (%2)").arg(plan.productName.in(lang), plan.roleLabel.in(lang));
    const QString noteText = Tr::tr("Note: %1");
    for (const PlanRule &rule : plan.rules) {
        const RemoteMatch remote = remoteMatch(rule, context, true);
        line();
        line(quoting::hashComment(ruleSummary(rule, context)));
        if (!remote.why.isEmpty())
            line(quoting::hashComment(noteText.arg(remote.why)));
        line(QStringLiteral("$rule = @{"));
        line(QStringLiteral("    Name          = ") + q(exportRuleName(plan, rule)));
        line(QStringLiteral("    DisplayName   = ") + q(QStringLiteral("%1: %2").arg(title, rule.id)));
        line(QStringLiteral("    Group         = $group"));
        line(QStringLiteral("    Description   = ") + q(rule.purpose.in(lang)));
        line(QStringLiteral("    Direction     = '%1'")
                 .arg(rule.direction == Direction::In ? QStringLiteral("Inbound") : QStringLiteral("Outbound")));
        line(QStringLiteral("    Action        = 'Allow'"));
        // Created in every profile: a network that Windows classed as Public must not silently block the product.
        line(QStringLiteral("    Profile       = 'Any'"));
        if (rule.protocol == Protocol::Tcp || rule.protocol == Protocol::Udp)
            line(QStringLiteral("    Protocol      = '%1'").arg(protocolId(rule.protocol).toUpper()));
        if (!rule.ports.isEmpty()) {
            line(QStringLiteral("    %1 = %2")
                     .arg(rule.direction == Direction::In ? QStringLiteral("LocalPort    ")
                                                          : QStringLiteral("RemotePort   "),
                         portList(rule.ports)));
        }
        if (!rule.program.isEmpty())
            line(QStringLiteral("    Program       = $programs[%1]").arg(q(rule.program)));
        switch (remote.kind) {
        case RemoteMatch::Kind::LocalSubnet:
            line(QStringLiteral("    RemoteAddress = 'LocalSubnet'"));
            break;
        case RemoteMatch::Kind::Addresses:
            line(QStringLiteral("    RemoteAddress = ") + list(remote.ipv4 + remote.ipv6));
            break;
        case RemoteMatch::Kind::Any:
        case RemoteMatch::Kind::Invalid:
            line(QStringLiteral("    RemoteAddress = 'Any'"));
            break;
        }
        line(QStringLiteral("}"));
        line(QStringLiteral("New-NetFirewallRule @rule") + changing + QStringLiteral(" | Out-Null"));
    }
    line();
    line(QStringLiteral("if (-not $WhatIfPreference) {"));
    line(QStringLiteral("    Get-NetFirewallRule -Group $group | Sort-Object Name |"));
    line(QStringLiteral("        Format-Table Name, Enabled, Direction, Action, Profile -AutoSize"));
    line(QStringLiteral("    Write-Host (%1 -f $group)")
             .arg(q(Tr::tr("Done. To undo: Remove-NetFirewallRule -Group '{0}'"))));
    line(QStringLiteral("}"));

    // Windows PowerShell 5.1 reads a script without a byte order mark in the ANSI code page, which would garble
    // every non-ASCII character of the texts; CRLF is what Windows editors expect.
    result.data = QByteArray("\xEF\xBB\xBF") + withCrLf(s);
    return result;
}

} // namespace fw
