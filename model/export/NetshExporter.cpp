#include "NetshExporter.h"

#include "ExportText.h"
#include "Quoting.h"
#include "catalog/ProgramPath.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QHash>

namespace fw {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::NetshExporter)
}

QString ports(const QList<PortRange> &ports)
{
    return portsToString(ports, QStringLiteral(","));
}

} // namespace

QString NetshExporter::description() const
{
    return Tr::tr("netsh: a batch file for Windows machines without PowerShell's firewall module");
}

ExportResult NetshExporter::render(const Plan &plan, const ExportContext &context) const
{
    ExportResult result;
    // The script's FWW_PROGRAM_<n> variables are numbered by ExportPrograms::numbers.
    const ExportPrograms found = exportPrograms(plan, context,
        Tr::tr("rule %1: the program name \"%2\" contains %3, which a batch file cannot search for safely; "
               "use the PowerShell export"),
        result.problems);
    QString programDir;
    if (context.settings.contains(exportsetting::programDir())) {
        const quoting::Quoted dir = quoting::cmdString(context.settings.value(exportsetting::programDir()));
        if (!dir.ok())
            result.problems << ExportProblem {
                Tr::tr("--program-dir contains %1, which a batch file cannot quote").arg(dir.offending), {},
                exportsetting::programDir()};
        programDir = dir.text;
    }
    if (!result.ok())
        return result;

    const QString &lang = context.language;
    QString s;
    const auto line = [&s](const QString &text = QString()) { s += text + QLatin1Char('\n'); };
    line(QStringLiteral("@echo off"));
    const QStringList header
        = exportHeaderLines(plan, context, QStringLiteral("netsh"), {Tr::tr("run this file again with /undo")});
    for (const QString &h : header)
        line(quoting::cmdComment(h));
    line(QStringLiteral("REM"));
    line(quoting::cmdComment(Tr::tr("Run it as administrator. It deletes its own rules by name before adding them, so "
                                    "running it again does not add duplicates.")));
    line(QStringLiteral("setlocal EnableExtensions DisableDelayedExpansion"));
    // The texts are UTF-8; without this, cmd reads the rest of the file in the OEM code page.
    line(QStringLiteral("chcp 65001 >nul"));
    line();
    line(QStringLiteral("net session >nul 2>&1"));
    line(QStringLiteral("if errorlevel 1 ("));
    line(QStringLiteral("    ")
        + quoting::cmdEcho(Tr::tr("This script changes the Windows Firewall and must run as "
                                  "administrator: right-click it and choose \"Run as administrator\".")));
    line(QStringLiteral("    exit /b 1"));
    line(QStringLiteral(")"));
    line();
    line(
        quoting::cmdComment(Tr::tr("Delete the rules of an earlier run (netsh has no groups; the names are stable).")));
    for (const PlanRule &rule : plan.rules)
        line(QStringLiteral("netsh advfirewall firewall delete rule name=\"%1\" >nul 2>&1")
                 .arg(exportRuleName(plan, rule)));
    line(QStringLiteral("if /i \"%~1\"==\"/undo\" ("));
    line(QStringLiteral("    ") + quoting::cmdEcho(Tr::tr("The rules of this file are removed.")));
    line(QStringLiteral("    exit /b 0"));
    line(QStringLiteral(")"));

    if (!found.programs.isEmpty()) {
        line();
        line(quoting::cmdComment(Tr::tr("Find the programs before adding any rule, so that a missing one changes "
                                        "nothing.")));
        for (int i = 0; i < found.programs.size(); ++i) {
            const QString var = QStringLiteral("FWW_PROGRAM_%1").arg(i + 1);
            if (isFullProgramPath(found.programs.at(i))) {
                // cmd expands the leading variable here, on the target machine; the rest is taken literally, so its
                // % are doubled (a folder named "100%" stays "100%"). netsh gets the expanded path.
                const ProgramPathParts parts = splitProgramPath(found.programs.at(i));
                const QString rest = quoting::cmdString(parts.rest).text;
                line(QStringLiteral("set \"%1=%2%3\"").arg(var, parts.variable, rest.mid(1, rest.size() - 2)));
                line(QStringLiteral("if not exist \"%%1%\" (").arg(var));
                line(QStringLiteral("    ")
                    + quoting::cmdEcho(Tr::tr("%1 was not found on this computer. Install it "
                                              "first.")
                                           .arg(found.programs.at(i))));
                line(QStringLiteral("    exit /b 1"));
                line(QStringLiteral(")"));
                continue;
            }
            const QString name = quoting::cmdString(found.programs.at(i)).text;
            line(QStringLiteral("set \"%1=\"").arg(var));
            line(QStringLiteral("for %%D in (%1\"%ProgramFiles%\" \"%ProgramFiles(x86)%\") do if not \"%%~D\"==\"\" "
                                "if not defined %2 if exist \"%%~D\\\" for /f \"delims=\" %%P in "
                                "('where /r \"%%~D\" %3 2^>nul') do if not defined %2 set \"%2=%%P\"")
                     .arg(programDir.isEmpty() ? QString() : programDir + QLatin1Char(' '), var, name));
            line(QStringLiteral("if not defined %1 (").arg(var));
            line(QStringLiteral("    ")
                + quoting::cmdEcho(Tr::tr("%1 was not found in Program Files. Install it first, or "
                                          "export again with --program-dir naming its folder.")
                                       .arg(found.programs.at(i))));
            line(QStringLiteral("    exit /b 1"));
            line(QStringLiteral(")"));
        }
    }

    const QString noteText = Tr::tr("Note: %1");
    for (const PlanRule &rule : plan.rules) {
        const RemoteMatch remote = remoteMatch(rule, context, true);
        line();
        line(quoting::cmdComment(ruleSummary(rule, context)));
        if (!remote.why.isEmpty())
            line(quoting::cmdComment(noteText.arg(remote.why)));
        QString cmd = QStringLiteral("netsh advfirewall firewall add rule name=\"%1\" dir=%2 action=allow profile=any")
                          .arg(exportRuleName(plan, rule), directionId(rule.direction));
        if (rule.protocol == Protocol::Tcp || rule.protocol == Protocol::Udp)
            cmd += QStringLiteral(" protocol=") + protocolId(rule.protocol);
        if (!rule.ports.isEmpty())
            cmd += (rule.direction == Direction::In ? QStringLiteral(" localport=") : QStringLiteral(" remoteport="))
                + ports(rule.ports);
        if (!rule.program.isEmpty())
            cmd += QStringLiteral(" program=\"%FWW_PROGRAM_%1%\"").arg(found.numbers.value(rule.program));
        switch (remote.kind) {
        case RemoteMatch::Kind::LocalSubnet:
            cmd += QStringLiteral(" remoteip=localsubnet");
            break;
        case RemoteMatch::Kind::Addresses:
            cmd += QStringLiteral(" remoteip=") + (remote.ipv4 + remote.ipv6).join(QLatin1Char(','));
            break;
        case RemoteMatch::Kind::Any:
        case RemoteMatch::Kind::Invalid:
            cmd += QStringLiteral(" remoteip=any");
            break;
        }
        cmd += QStringLiteral(" description=") + quoting::cmdText(rule.purpose.in(lang));
        line(cmd + QStringLiteral(" >nul || goto :failed"));
    }
    line();
    line(quoting::cmdEcho(
        Tr::tr("Done: %1 rules added. To undo, run this file again with /undo.").arg(plan.rules.size())));
    line(QStringLiteral("exit /b 0"));
    line();
    line(QStringLiteral(":failed"));
    line(quoting::cmdEcho(Tr::tr("netsh refused a rule (see above). Run this file again with /undo to remove the rules "
                                 "added so far.")));
    line(QStringLiteral("exit /b 1"));
    // Batch files need CRLF: with LF only, cmd mis-parses labels and goto.
    result.data = withCrLf(s);
    // cmd.exe reads at most 8,191 characters a line, also after expanding %FWW_PROGRAM_n%; what does not fit would
    // run as a command of its own. Comments are wrapped far below that (quoting::cmdComment).
    int length = 0;
    if (const int number = quoting::firstLongLine(result.data, maxLineBytes(), &length)) {
        result.data.clear();
        result.problems << ExportProblem {
            Tr::tr("line %1 of the batch file would be %2 bytes long; cmd.exe reads at most "
                   "8,191 characters a line, and this file keeps to %3 bytes to leave room "
                   "for the program paths")
                .arg(number)
                .arg(length)
                .arg(maxLineBytes()),
            {}, {}};
    }
    return result;
}

} // namespace fw
