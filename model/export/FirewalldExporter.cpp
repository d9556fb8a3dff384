#include "FirewalldExporter.h"

#include "ExportText.h"
#include "Quoting.h"
#include "plan/PlanText.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QSet>

namespace fw {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::FirewalldExporter)
}

QString portText(const PortRange &p)
{
    return p.from == p.to ? QString::number(p.from) : QStringLiteral("%1-%2").arg(p.from).arg(p.to);
}

/// The rules with ports, split by how firewalld can express them.
struct SplitRules
{
    QList<const PlanRule *> open;                           ///< inbound, every address: the service
    QList<QPair<const PlanRule *, RemoteMatch>> restricted; ///< inbound, some addresses: rich rules
    QList<const PlanRule *> outbound;                       ///< nothing to do in firewalld
};

SplitRules splitRules(const Plan &plan, const ExportContext &context)
{
    // A service can only open ports to everyone; inbound rules limited to addresses become rich rules instead.
    SplitRules split;
    for (const PlanRule &rule : plan.rules) {
        if (!hasPorts(rule))
            continue;
        if (rule.direction == Direction::Out) {
            split.outbound << &rule;
            continue;
        }
        const RemoteMatch remote = remoteMatch(rule, context, false);
        if (remote.kind == RemoteMatch::Kind::Addresses)
            split.restricted << qMakePair(&rule, remote);
        else
            split.open << &rule;
    }
    return split;
}

QString serviceXml(const Plan &plan, const QString &lang, const QList<const PlanRule *> &open)
{
    QString s;
    const auto line = [&s](const QString &text) { s += text + QLatin1Char('\n'); };
    line(QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>"));
    line(QStringLiteral("<service>"));
    line(QStringLiteral("  <short>%1</short>").arg(quoting::xmlEscape(quoting::oneLine(planTitle(plan, lang)))));
    QStringList why;
    for (const PlanRule *rule : open)
        why << quoting::oneLine(rule->purpose.in(lang));
    why.removeDuplicates();
    line(QStringLiteral("  <description>%1</description>")
             .arg(quoting::xmlEscape(QStringLiteral("Firewall Setup Wizard: ") + why.join(QLatin1Char(' ')))));
    QSet<QString> seen;
    for (const PlanRule *rule : open) {
        line(QStringLiteral("  <!-- %1 -->").arg(rule->id));
        for (const PortRange &p : rule->ports) {
            const QString port
                = QStringLiteral("  <port port=\"%1\" protocol=\"%2\"/>").arg(portText(p), protocolId(rule->protocol));
            if (!seen.contains(port))
                line(port);
            seen.insert(port);
        }
    }
    line(QStringLiteral("</service>"));
    return s;
}

QStringList richRules(const PlanRule &rule, const RemoteMatch &remote)
{
    QStringList rules;
    for (const QString &family : {QStringLiteral("ipv4"), QStringLiteral("ipv6")}) {
        const QStringList addresses = family == QLatin1String("ipv4") ? remote.ipv4 : remote.ipv6;
        for (const QString &address : addresses) {
            for (const PortRange &p : rule.ports) {
                rules << QStringLiteral(
                    "rule family=\"%1\" source address=\"%2\" port port=\"%3\" protocol=\"%4\" accept")
                             .arg(family, address, portText(p), protocolId(rule.protocol));
            }
        }
    }
    return rules;
}

} // namespace

QByteArray firewalldServiceXml(const Plan &plan, const ExportContext &context)
{
    const SplitRules split = splitRules(plan, context);
    return split.open.isEmpty() ? QByteArray() : serviceXml(plan, context.language, split.open).toUtf8();
}

QStringList firewalldRichRules(const Plan &plan, const ExportContext &context)
{
    QStringList rules;
    const SplitRules split = splitRules(plan, context);
    for (const auto &r : split.restricted)
        rules += richRules(*r.first, r.second);
    return rules;
}

QString FirewalldExporter::description() const
{
    return Tr::tr("firewalld: a service file and the firewall-cmd commands to add it to a zone");
}

ExportResult FirewalldExporter::render(const Plan &plan, const ExportContext &context) const
{
    ExportResult result;
    checkExportSettings(context, result.problems);
    checkRuleHosts(plan, result.problems);
    if (!result.ok())
        return result;

    const QString &lang = context.language;
    const QString service = exportBaseName(plan);
    const QString zone = context.settings.value(exportsetting::zone());
    const SplitRules split = splitRules(plan, context);
    const QList<const PlanRule *> &open = split.open;
    const QList<QPair<const PlanRule *, RemoteMatch>> &restricted = split.restricted;
    const QList<const PlanRule *> &outbound = split.outbound;

    QString s;
    const auto line = [&s](const QString &text = QString()) { s += text + QLatin1Char('\n'); };
    line(QStringLiteral("#!/bin/sh"));
    const QString zoneArg = QStringLiteral("--zone=\"$zone\"");
    const QString undoZone = QStringLiteral("--zone=") + (zone.isEmpty() ? QStringLiteral("ZONE") : zone);
    QStringList undo;
    if (!open.isEmpty())
        undo << QStringLiteral("firewall-cmd --permanent %1 --remove-service=%2; firewall-cmd %1 --remove-service=%2")
                    .arg(undoZone, service);
    if (!restricted.isEmpty())
        undo << Tr::tr("and --remove-rich-rule for each rich rule below, with --permanent and without");
    if (!open.isEmpty())
        undo << QStringLiteral("firewall-cmd --permanent --delete-service=%1").arg(service);
    const QStringList header = exportHeaderLines(plan, context, QStringLiteral("firewalld"), undo);
    for (const QString &h : header)
        line(quoting::hashComment(h));
    line(QStringLiteral("#"));
    line(quoting::hashComment(
        Tr::tr("Run it as root: sh FILE. It writes the service file, adds it to the zone both "
               "permanently and at runtime, and reads both back. Running it again changes nothing. "
               "Without a running firewalld it uses firewall-offline-cmd.")));
    const QStringList gaps = programRuleGapLines(plan, context);
    for (const QString &g : gaps)
        line(quoting::hashComment(g));
    if (!outbound.isEmpty()) {
        line(quoting::hashComment(Tr::tr("Outbound: firewalld lets this machine's own connections out unless a policy "
                                         "restricts them, so these rules need nothing here; allow them where outbound "
                                         "traffic is filtered (the network firewall):")));
        for (const PlanRule *rule : outbound)
            line(quoting::hashComment(QStringLiteral("  ") + ruleSummary(*rule, context)));
    }
    line(QStringLiteral("set -eu"));
    if (open.isEmpty() && restricted.isEmpty()) {
        line(QStringLiteral("echo %1").arg(quoting::shellString(Tr::tr("Nothing to open in firewalld for %1; see the "
                                                                       "comments at the top of this file.")
                                                                    .arg(planTitle(plan, lang)))));
        result.data = s.toUtf8();
        return result;
    }
    line();
    line(QStringLiteral("service=%1").arg(service));
    line(QStringLiteral("zone=%1").arg(zone.isEmpty() ? QString() : zone));
    line(QStringLiteral("if firewall-cmd --state >/dev/null 2>&1; then"));
    line(QStringLiteral("    fwcmd=firewall-cmd perm=--permanent"));
    line(QStringLiteral("else"));
    line(QStringLiteral("    echo %1")
             .arg(quoting::shellString(Tr::tr("firewalld is not running: changing its permanent "
                                              "configuration with firewall-offline-cmd."))));
    line(QStringLiteral("    fwcmd=firewall-offline-cmd perm="));
    line(QStringLiteral("fi"));
    line(QStringLiteral("[ -n \"$zone\" ] || zone=$($fwcmd --get-default-zone)"));

    if (!open.isEmpty()) {
        line();
        // firewalld takes a service file only with the .xml suffix.
        line(QStringLiteral("tmpdir=$(mktemp -d)"));
        line(QStringLiteral("trap 'rm -rf \"$tmpdir\"' EXIT"));
        line(QStringLiteral("tmp=\"$tmpdir/$service.xml\""));
        line(QStringLiteral("cat >\"$tmp\" <<'FWWIZARD_SERVICE_XML'"));
        s += serviceXml(plan, lang, open);
        line(QStringLiteral("FWWIZARD_SERVICE_XML"));
        line();
        line(quoting::hashComment(Tr::tr("A service that exists already is updated in place; a new one is created.")));
        line(QStringLiteral("if $fwcmd $perm --info-service=\"$service\" >/dev/null 2>&1; then"));
        line(QStringLiteral("    install -m 0644 \"$tmp\" \"/etc/firewalld/services/$service.xml\""));
        line(QStringLiteral("else"));
        line(QStringLiteral("    $fwcmd $perm --new-service-from-file=\"$tmp\" "
                            "--name=\"$service\""));
        line(QStringLiteral("fi"));
        line(QStringLiteral("$fwcmd $perm %1 --add-service=\"$service\"").arg(zoneArg));
    }
    for (const auto &r : restricted) {
        line();
        line(quoting::hashComment(ruleSummary(*r.first, context)));
        const QStringList rich = richRules(*r.first, r.second);
        for (const QString &rule : rich)
            line(QStringLiteral("$fwcmd $perm %1 --add-rich-rule='%2'").arg(zoneArg, rule));
    }
    line();
    line(quoting::hashComment(
        Tr::tr("The runtime configuration learns the new service only by a reload (firewalld#375); "
               "the zone entries are then added at runtime as well.")));
    line(QStringLiteral("if [ $fwcmd = firewall-cmd ]; then"));
    line(QStringLiteral("    ")
        + quoting::hashComment(Tr::tr("Note: the reload also drops every change made at runtime "
                                      "only (firewall-cmd without --permanent) by people or "
                                      "programs such as fail2ban; make those permanent first if "
                                      "they must stay.")));
    line(QStringLiteral("    firewall-cmd --reload"));
    if (!open.isEmpty())
        line(QStringLiteral("    firewall-cmd %1 --add-service=\"$service\"").arg(zoneArg));
    line(QStringLiteral("    echo %1").arg(quoting::shellString(Tr::tr("Runtime:"))));
    line(QStringLiteral("    firewall-cmd %1 --list-all").arg(zoneArg));
    line(QStringLiteral("fi"));
    line(QStringLiteral("echo %1").arg(quoting::shellString(Tr::tr("Permanent:"))));
    if (!open.isEmpty())
        line(QStringLiteral("$fwcmd $perm --info-service=\"$service\""));
    line(QStringLiteral("$fwcmd $perm %1 --list-all").arg(zoneArg));
    result.data = s.toUtf8();
    return result;
}

} // namespace fw
