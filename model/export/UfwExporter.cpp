#include "UfwExporter.h"

#include "ExportText.h"
#include "Quoting.h"
#include "plan/PlanText.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace fw {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::UfwExporter)
}

/// ufw takes profile names of at most 64 characters; long ids are shortened with a hash to stay unique.
QString profileName(const Plan &plan, const PlanRule &rule)
{
    QString name = QStringLiteral("fwwizard-%1-%2").arg(plan.selection.product, rule.id);
    if (name.size() > 64) {
        const QString hash
            = QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
        name = name.left(64 - 9) + QLatin1Char('-') + hash;
    }
    return name;
}

QString ufwPorts(const PlanRule &rule)
{
    QStringList ports;
    for (const PortRange &p : rule.ports)
        ports << (p.from == p.to ? QString::number(p.from) : QStringLiteral("%1:%2").arg(p.from).arg(p.to));
    return ports.join(QLatin1Char(',')) + QLatin1Char('/') + protocolId(rule.protocol);
}

QString profilesText(const Plan &plan, const QString &lang, const QList<const PlanRule *> &rules)
{
    QString s;
    const auto line = [&s](const QString &text = QString()) { s += text + QLatin1Char('\n'); };
    for (const PlanRule *rule : rules) {
        line(QStringLiteral("[%1]").arg(profileName(plan, *rule)));
        line(QStringLiteral("title=")
            + quoting::iniValue(QStringLiteral("%1: %2").arg(planTitle(plan, lang), rule->id), 200));
        line(QStringLiteral("description=") + quoting::iniValue(rule->purpose.in(lang)));
        line(QStringLiteral("ports=") + ufwPorts(*rule));
        line();
    }
    return s;
}

} // namespace

QString ufwProfileName(const Plan &plan, const PlanRule &rule)
{
    return profileName(plan, rule);
}

QByteArray ufwProfiles(const Plan &plan, const ExportContext &context)
{
    QList<const PlanRule *> rules;
    for (const PlanRule &rule : plan.rules) {
        if (hasPorts(rule))
            rules << &rule;
    }
    return profilesText(plan, context.language, rules).toUtf8();
}

QString UfwExporter::description() const
{
    return Tr::tr("ufw: an application profile and the ufw allow commands with direction and remote side");
}

ExportResult UfwExporter::render(const Plan &plan, const ExportContext &context) const
{
    ExportResult result;
    checkExportSettings(context, result.problems);
    checkRuleHosts(plan, result.problems);
    if (!result.ok())
        return result;

    const QString &lang = context.language;
    const QString file = QStringLiteral("/etc/ufw/applications.d/") + exportBaseName(plan);
    QList<const PlanRule *> rules;
    for (const PlanRule &rule : plan.rules) {
        if (hasPorts(rule))
            rules << &rule;
    }

    // Each rule gets its own profile: a profile carries ports only, and the rules differ in direction and remote side.
    QStringList allow;
    QStringList comments;
    const QString noteText = Tr::tr("Note: %1"); // translated once, not once a rule
    for (const PlanRule *rule : rules) {
        const RemoteMatch remote = remoteMatch(*rule, context, false);
        const bool in = rule->direction == Direction::In;
        QStringList addresses {QStringLiteral("any")};
        if (remote.kind == RemoteMatch::Kind::Addresses)
            addresses = remote.ipv4 + remote.ipv6;
        for (const QString &address : addresses) {
            allow << (in ? QStringLiteral("allow in from %1 to any app %2 comment %3")
                         : QStringLiteral("allow out from any to %1 app %2 comment %3"))
                         .arg(address, quoting::shellString(profileName(plan, *rule)), rule->id);
            comments << (remote.why.isEmpty() ? QString() : noteText.arg(remote.why));
        }
    }

    QString s;
    const auto line = [&s](const QString &text = QString()) { s += text + QLatin1Char('\n'); };
    line(QStringLiteral("#!/bin/sh"));
    const QStringList header
        = exportHeaderLines(plan, context, QStringLiteral("ufw"), {Tr::tr("run this file again with --undo")});
    for (const QString &h : header)
        line(quoting::hashComment(h));
    line(QStringLiteral("#"));
    line(
        quoting::hashComment(Tr::tr("Run it as root: sh FILE. It writes the application profiles to %1 and adds the "
                                    "rules; ufw skips rules it has already, so running it again adds no duplicates. If "
                                    "ufw is inactive, the rules take effect when it is enabled.")
                                 .arg(file)));
    const QStringList gaps = programRuleGapLines(plan, context);
    for (const QString &g : gaps)
        line(quoting::hashComment(g));
    line(QStringLiteral("set -eu"));
    if (rules.isEmpty()) {
        line(QStringLiteral("echo %1").arg(
            quoting::shellString(Tr::tr("Nothing to open in ufw for %1; see the comments at the top of this file.")
                                     .arg(planTitle(plan, lang)))));
        result.data = s.toUtf8();
        return result;
    }
    line(QStringLiteral("profiles=%1").arg(file));
    line();
    line(QStringLiteral("if [ \"${1:-}\" = --undo ]; then"));
    for (const QString &a : allow)
        line(QStringLiteral("    ufw delete %1 || true").arg(a.left(a.indexOf(QStringLiteral(" comment ")))));
    line(QStringLiteral("    rm -f \"$profiles\""));
    line(QStringLiteral("    exit 0"));
    line(QStringLiteral("fi"));
    line();
    line(QStringLiteral("cat >\"$profiles.tmp\" <<'FWWIZARD_UFW_PROFILES'"));
    s += profilesText(plan, lang, rules);
    line(QStringLiteral("FWWIZARD_UFW_PROFILES"));
    line(QStringLiteral("mv \"$profiles.tmp\" \"$profiles\""));
    for (const PlanRule *rule : rules)
        line(QStringLiteral("ufw app update %1").arg(quoting::shellString(profileName(plan, *rule))));
    const QString programNote
        = Tr::tr("Note: the vendor names the program %1, which a Linux firewall cannot match; only "
                 "the ports are.");
    int i = 0;
    for (const PlanRule *rule : rules) {
        const RemoteMatch remote = remoteMatch(*rule, context, false);
        line();
        line(quoting::hashComment(ruleSummary(*rule, context)));
        if (!rule->program.isEmpty())
            line(quoting::hashComment(programNote.arg(rule->program)));
        const int count
            = remote.kind == RemoteMatch::Kind::Addresses ? int(remote.ipv4.size() + remote.ipv6.size()) : 1;
        for (int k = 0; k < count; ++k, ++i) {
            if (!comments.at(i).isEmpty() && k == 0)
                line(quoting::hashComment(comments.at(i)));
            line(QStringLiteral("ufw ") + allow.at(i));
        }
    }
    line();
    line(QStringLiteral("ufw status verbose"));
    result.data = s.toUtf8();
    return result;
}

} // namespace fw
