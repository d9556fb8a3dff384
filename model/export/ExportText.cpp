#include "ExportText.h"

#include "Quoting.h"
#include "Version.h"
#include "catalog/ProgramPath.h"
#include "catalog/ValueCheck.h"
#include "plan/PlanText.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>

namespace fw {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::ExportText)
}

bool isAddress(const QString &host, bool *v6 = nullptr)
{
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    if (v6)
        *v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    return true;
}

/// A CIDR range or a single address; the canonical text and whether it is IPv6.
bool parseRange(const QString &text, QString *canonical, bool *v6)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return false;
    if (!trimmed.contains(QLatin1Char('/'))) {
        QHostAddress address;
        if (!address.setAddress(trimmed))
            return false;
        *canonical = address.toString();
        *v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
        return true;
    }
    const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(trimmed);
    if (subnet.first.isNull() || subnet.second < 0)
        return false;
    *canonical = subnet.first.toString() + QLatin1Char('/') + QString::number(subnet.second);
    *v6 = subnet.first.protocol() == QAbstractSocket::IPv6Protocol;
    return true;
}

} // namespace

bool checkExportSettings(const ExportContext &context, QList<ExportProblem> &problems)
{
    const int before = int(problems.size());
    for (auto it = context.settings.cbegin(); it != context.settings.cend(); ++it) {
        const QString &key = it.key();
        const QString &value = it.value();
        if (key == exportsetting::zone()) {
            static const QRegularExpression zonePattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
            if (!zonePattern.match(value).hasMatch())
                problems << ExportProblem {
                    Tr::tr("--zone %1: a zone name has only letters, digits, _ and -").arg(value), {}, key};
        } else if (key == exportsetting::lan()) {
            const QStringList ranges = value.split(QLatin1Char(','));
            for (const QString &range : ranges) {
                QString canonical;
                bool v6 = false;
                if (!parseRange(range, &canonical, &v6))
                    problems << ExportProblem {Tr::tr("--lan %1: \"%2\" is not an address range such as 192.168.1.0/24")
                                                   .arg(value, range.trimmed()),
                        {}, key};
            }
        } else if (key == exportsetting::programDir()) {
            QString detail;
            const ValueReason reason = validateValue(ValueType::Path, value, &detail);
            if (reason != ValueReason::Invalid)
                problems << ExportProblem {
                    QStringLiteral("--program-dir: %1").arg(valueReasonText(reason, value, detail)), {}, key};
        } else if (key == exportsetting::inputPolicy()) {
            if (value != QLatin1String("accept") && value != QLatin1String("drop"))
                problems << ExportProblem {Tr::tr("--input-policy %1: one of accept, drop").arg(value), {}, key};
        } else if (key == exportsetting::pageSize()) {
            if (value != QLatin1String("a4") && value != QLatin1String("letter"))
                problems << ExportProblem {Tr::tr("--page-size %1: one of a4, letter").arg(value), {}, key};
        } else {
            problems << ExportProblem {Tr::tr("unknown export setting %1").arg(key), {}, key};
        }
    }
    return problems.size() == before;
}

bool checkProgramPath(const PlanRule &rule, QList<ExportProblem> &problems)
{
    QString detail;
    const ProgramReason reason = validateProgram(rule.program, &detail);
    if (reason == ProgramReason::Invalid)
        return true;
    problems << ExportProblem {Tr::tr("rule %1: the program \"%2\" cannot be used: %3")
                                   .arg(rule.id, quoting::oneLine(rule.program), programReasonText(reason, detail)),
        rule.id, QStringLiteral("program")};
    return false;
}

ExportPrograms exportPrograms(
    const Plan &plan, const ExportContext &context, const QString &nameProblem, QList<ExportProblem> &problems)
{
    checkExportSettings(context, problems);
    checkRuleHosts(plan, problems);
    ExportPrograms result;
    for (const PlanRule &rule : plan.rules) {
        if (rule.program.isEmpty() || result.numbers.contains(rule.program))
            continue;
        result.programs << rule.program;
        result.numbers.insert(rule.program, int(result.programs.size()));
        if (isFullProgramPath(rule.program)) {
            checkProgramPath(rule, problems);
            continue;
        }
        const QString bad = quoting::plainFileNameProblem(rule.program);
        if (!bad.isEmpty())
            problems << ExportProblem {
                nameProblem.arg(rule.id, quoting::oneLine(rule.program), bad), rule.id, QStringLiteral("program")};
    }
    return result;
}

bool checkRuleHosts(const Plan &plan, QList<ExportProblem> &problems)
{
    const int before = int(problems.size());
    for (const PlanRule &rule : plan.rules) {
        for (const QString &host : rule.hosts) {
            QString detail;
            const ValueReason reason = validateHost(host, &detail);
            if (reason != ValueReason::Invalid)
                problems << ExportProblem {
                    Tr::tr("rule %1, remote host: %2").arg(rule.id, valueReasonText(reason, host, detail)), rule.id,
                    QStringLiteral("hosts")};
        }
    }
    return problems.size() == before;
}

QString exportRuleName(const Plan &plan, const PlanRule &rule)
{
    return QStringLiteral("FirewallWizard-%1-%2-%3").arg(plan.selection.product, plan.selection.role, rule.id);
}

QString exportGroupName(const Plan &plan)
{
    return QStringLiteral("Firewall Setup Wizard: %1 %2").arg(plan.selection.product, plan.selection.role);
}

QString exportBaseName(const Plan &plan)
{
    return QStringLiteral("fwwizard-%1-%2").arg(plan.selection.product, plan.selection.role);
}

QStringList exportHeaderLines(
    const Plan &plan, const ExportContext &context, const QString &formatName, const QStringList &undo)
{
    const QString &lang = context.language;
    const QString none = Tr::tr("none");
    QStringList values;
    for (auto it = plan.selection.values.cbegin(); it != plan.selection.values.cend(); ++it)
        values << it.key() + QLatin1Char('=') + it.value();
    QStringList settings;
    for (auto it = context.settings.cbegin(); it != context.settings.cend(); ++it)
        settings << it.key() + QLatin1Char('=') + it.value();
    const auto labelled = [](const QString &name, const QString &id) {
        return id.isEmpty() ? QStringLiteral("-") : QStringLiteral("%1 (%2)").arg(name, id);
    };
    QList<QPair<QString, QString>> fields {
        {Tr::tr("Product"), labelled(plan.productName.in(lang), plan.selection.product)},
        {Tr::tr("Role"), labelled(plan.roleLabel.in(lang), plan.selection.role)},
        {Tr::tr("Deployment"), labelled(plan.deploymentLabel.in(lang), plan.selection.deployment)},
        {Tr::tr("Version"), plan.versionLabel.isEmpty() ? QStringLiteral("-") : plan.versionLabel},
        {Tr::tr("Options"),
            plan.selection.options.isEmpty() ? none : plan.selection.options.join(QStringLiteral(", "))},
        {Tr::tr("Values"), values.isEmpty() ? none : values.join(QStringLiteral(", "))},
    };
    if (!settings.isEmpty())
        fields << qMakePair(Tr::tr("Settings"), settings.join(QStringLiteral(", ")));
    fields << qMakePair(Tr::tr("Generated"),
        context.generatedAt.isValid() ? context.generatedAt.toString(Qt::ISODate) : QStringLiteral("-"));
    fields << qMakePair(Tr::tr("Generator"), QStringLiteral("Firewall Setup Wizard %1").arg(programVersion()));
    int width = 0;
    for (const auto &f : fields)
        width = std::max(width, int(f.first.size()) + 1);
    width = std::max(width, int(Tr::tr("Undo").size()) + 1);
    QStringList lines {
        Tr::tr("Firewall rules for %1 (%2), written by Firewall Setup Wizard.").arg(planTitle(plan, lang), formatName),
        QString()};
    for (const auto &f : fields)
        lines << (f.first + QLatin1Char(':')).leftJustified(width + 1) + f.second;
    for (int i = 0; i < undo.size(); ++i)
        lines << (i == 0 ? (Tr::tr("Undo") + QLatin1Char(':')).leftJustified(width + 1)
                         : QString(width + 1, QLatin1Char(' ')))
                + undo.at(i);
    return lines;
}

RemoteMatch remoteMatch(const PlanRule &rule, const ExportContext &context, bool windows)
{
    RemoteMatch match;
    switch (rule.remote) {
    case RemoteKind::Any:
        match.kind = RemoteMatch::Kind::Any;
        break;
    case RemoteKind::Internet:
        // Windows' "Internet" keyword depends on how the network isolation settings define the intranet, and Linux
        // has no such notion; an allow rule for "the internet" therefore matches any address.
        match.kind = RemoteMatch::Kind::Any;
        match.why = Tr::tr("remote side is the internet: any address is allowed");
        break;
    case RemoteKind::Lan:
        if (windows) {
            match.kind = RemoteMatch::Kind::LocalSubnet;
            break;
        }
        if (context.settings.contains(exportsetting::lan())) {
            match.kind = RemoteMatch::Kind::Addresses;
            const QStringList ranges = context.settings.value(exportsetting::lan()).split(QLatin1Char(','));
            for (const QString &range : ranges) {
                QString canonical;
                bool v6 = false;
                if (parseRange(range, &canonical, &v6))
                    (v6 ? match.ipv6 : match.ipv4) << canonical;
            }
        } else {
            match.kind = RemoteMatch::Kind::Any;
            match.why = Tr::tr("remote side is the LAN, but no LAN range was given (--lan): any address is allowed");
        }
        break;
    case RemoteKind::Server:
    case RemoteKind::Hosts: {
        if (rule.hosts.isEmpty()) {
            match.kind = RemoteMatch::Kind::Any;
            match.why
                = Tr::tr("remote side is the server, but its address was not given (--set server=...): any address "
                         "is allowed");
            break;
        }
        QStringList names;
        QStringList v4;
        QStringList v6;
        for (const QString &host : rule.hosts) {
            bool isV6 = false;
            if (isAddress(host, &isV6))
                (isV6 ? v6 : v4) << QHostAddress(host).toString();
            else
                names << host;
        }
        if (!names.isEmpty()) {
            // Resolving the names now would pin addresses that the vendor says can change; the network firewall,
            // which can match names, is the place for this restriction.
            match.kind = RemoteMatch::Kind::Any;
            match.why = Tr::tr("remote side is %1, a host name: firewalls here match addresses only and the addresses "
                               "can change, so any address is allowed; restrict it by name on the network firewall")
                            .arg(rule.hosts.join(QStringLiteral(", ")));
        } else {
            match.kind = RemoteMatch::Kind::Addresses;
            match.ipv4 = v4;
            match.ipv6 = v6;
        }
        break;
    }
    case RemoteKind::Invalid:
        match.kind = RemoteMatch::Kind::Any;
        break;
    }
    return match;
}

bool hasPorts(const PlanRule &rule)
{
    return !rule.ports.isEmpty() && (rule.protocol == Protocol::Tcp || rule.protocol == Protocol::Udp);
}

QStringList programRuleGapLines(const Plan &plan, const ExportContext &context)
{
    QStringList lines;
    QStringList programOnly;
    bool anyPortRule = false;
    for (const PlanRule &rule : plan.rules) {
        if (hasPorts(rule))
            anyPortRule = true;
        else
            programOnly << QStringLiteral("%1 (%2, %3)").arg(rule.id, rule.program, directionId(rule.direction));
    }
    if (!programOnly.isEmpty()) {
        lines << Tr::tr("Not in this file: program rules. Linux firewalls match ports, not Windows programs; use the "
                        "PowerShell or netsh export on the Windows machines for these:");
        for (const QString &p : programOnly)
            lines << QStringLiteral("  ") + p;
    }
    if (!anyPortRule) {
        lines << Tr::tr("This plan has no port rule for %1, so this file opens nothing. The vendor names only programs "
                        "here; see the notes of the plan for the ports to pin.")
                     .arg(planTitle(plan, context.language));
    }
    return lines;
}

QString ruleSummary(const PlanRule &rule, const ExportContext &context)
{
    QString summary = QStringLiteral("%1: %2 %3 %4")
                          .arg(rule.id, directionId(rule.direction), protocolId(rule.protocol),
                              portsToString(rule.ports, QStringLiteral(",")));
    if (!rule.program.isEmpty())
        summary += QLatin1Char(' ') + rule.program;
    summary += QStringLiteral(" (%1)").arg(remoteKindId(rule.remote));
    if (!rule.option.isEmpty())
        summary += QStringLiteral(" [%1]").arg(rule.option);
    summary += QStringLiteral(" - ") + rule.purpose.in(context.language);
    return quoting::oneLine(summary);
}

QByteArray withCrLf(const QString &text)
{
    QString crlf = text;
    // The QString overload: in Qt 6.4 the QLatin1String one searches with a QStringMatcher, which is slower.
    crlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    return crlf.toUtf8();
}

} // namespace fw
