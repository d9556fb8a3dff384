#include "NftablesExporter.h"

#include "ExportText.h"
#include "Quoting.h"
#include "plan/PlanText.h"
#include "system/Tr.h"

#include <QCoreApplication>

namespace fw {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::NftablesExporter)
}

QString portSet(const QList<PortRange> &ports)
{
    const QString list = portsToString(ports, QStringLiteral(", "));
    return ports.size() == 1 ? list : QStringLiteral("{ ") + list + QStringLiteral(" }");
}

QString addressSet(const QStringList &addresses)
{
    return addresses.size() == 1 ? addresses.first()
                                 : QStringLiteral("{ ") + addresses.join(QStringLiteral(", ")) + QStringLiteral(" }");
}

} // namespace

QString NftablesExporter::description() const
{
    return Tr::tr("nftables: a file for nft -f with its own table, atomic and re-loadable");
}

ExportResult NftablesExporter::render(const Plan &plan, const ExportContext &context) const
{
    ExportResult result;
    checkExportSettings(context, result.problems);
    checkRuleHosts(plan, result.problems);
    if (!result.ok())
        return result;

    const QString &lang = context.language;
    const QString table = QStringLiteral("inet ") + exportBaseName(plan).replace(QLatin1Char('-'), QLatin1Char('_'));
    const bool drop = context.settings.value(exportsetting::inputPolicy()) == QLatin1String("drop");
    QString s;
    const auto line = [&s](const QString &text = QString()) { s += text + QLatin1Char('\n'); };
    line(QStringLiteral("#!/usr/sbin/nft -f"));
    const QStringList header
        = exportHeaderLines(plan, context, QStringLiteral("nftables"), {QStringLiteral("nft delete table ") + table});
    for (const QString &h : header)
        line(quoting::hashComment(h));
    line(QStringLiteral("#"));
    line(
        quoting::hashComment(Tr::tr("Load it with: nft -f FILE. The file replaces its own table in one transaction, so "
                                    "loading it again changes nothing and other tables stay as they are.")));
    if (drop)
        line(quoting::hashComment(
            Tr::tr("The input chain drops everything this plan does not allow, except replies, "
                   "loopback and ICMP: also remote logins such as SSH, unless the plan allows them.")));
    else
        line(quoting::hashComment(
            Tr::tr("An accept here does not override a drop in another table (firewalld's, ufw's): "
                   "on such hosts use the firewalld or ufw export instead.")));
    const QStringList gaps = programRuleGapLines(plan, context);
    for (const QString &g : gaps)
        line(quoting::hashComment(g));

    QList<const PlanRule *> in;
    QList<const PlanRule *> out;
    for (const PlanRule &rule : plan.rules) {
        if (hasPorts(rule))
            (rule.direction == Direction::In ? in : out) << &rule;
    }
    if (in.isEmpty() && out.isEmpty() && !drop) {
        result.data = s.toUtf8();
        return result;
    }
    line();
    // Declaring the table first lets the delete succeed on the first load too; both happen in one transaction.
    line(QStringLiteral("table ") + table);
    line(QStringLiteral("delete table ") + table);
    line(QStringLiteral("table %1 {").arg(table));
    line(QStringLiteral("\tcomment %1")
             .arg(quoting::nftString(QStringLiteral("Firewall Setup Wizard: ") + planTitle(plan, lang))));

    // Translated once, not once a rule.
    const QString sourceNote = Tr::tr("Source: %1 <%2>");
    const QString noteText = Tr::tr("Note: %1");
    const QString programNote
        = Tr::tr("Note: the vendor names the program %1, which a Linux firewall cannot match; only "
                 "the ports are.");
    const auto chain = [&](const QString &name, const QString &hook, const QList<const PlanRule *> &rules,
                           bool dropPolicy) {
        line();
        line(QStringLiteral("\tchain %1 {").arg(name));
        line(QStringLiteral("\t\ttype filter hook %1 priority filter; policy %2;")
                 .arg(hook, dropPolicy ? QStringLiteral("drop") : QStringLiteral("accept")));
        if (dropPolicy) {
            line(QStringLiteral("\t\tct state established,related accept"));
            line(QStringLiteral("\t\tct state invalid drop"));
            line(QStringLiteral("\t\tiif \"lo\" accept"));
            line(QStringLiteral("\t\tmeta l4proto { icmp, ipv6-icmp } accept"));
        }
        for (const PlanRule *rule : rules) {
            const RemoteMatch remote = remoteMatch(*rule, context, false);
            line();
            line(QStringLiteral("\t\t") + quoting::hashComment(ruleSummary(*rule, context)));
            if (const SourceDef *source = plan.source(rule->source))
                line(QStringLiteral("\t\t") + quoting::hashComment(sourceNote.arg(source->title, source->url)));
            if (!remote.why.isEmpty())
                line(QStringLiteral("\t\t") + quoting::hashComment(noteText.arg(remote.why)));
            if (!rule->program.isEmpty())
                line(QStringLiteral("\t\t") + quoting::hashComment(programNote.arg(rule->program)));
            const QString match = QStringLiteral("%1 dport %2").arg(protocolId(rule->protocol), portSet(rule->ports));
            const QString comment = quoting::nftString(rule->id + QStringLiteral(": ") + rule->purpose.in(lang));
            const QString side = rule->direction == Direction::In ? QStringLiteral("saddr") : QStringLiteral("daddr");
            if (remote.kind == RemoteMatch::Kind::Addresses) {
                if (!remote.ipv4.isEmpty())
                    line(QStringLiteral("\t\tip %1 %2 %3 accept comment %4")
                             .arg(side, addressSet(remote.ipv4), match, comment));
                if (!remote.ipv6.isEmpty())
                    line(QStringLiteral("\t\tip6 %1 %2 %3 accept comment %4")
                             .arg(side, addressSet(remote.ipv6), match, comment));
            } else {
                line(QStringLiteral("\t\t%1 accept comment %2").arg(match, comment));
            }
        }
        line(QStringLiteral("\t}"));
    };
    if (!in.isEmpty() || drop)
        chain(QStringLiteral("input"), QStringLiteral("input"), in, drop);
    if (!out.isEmpty())
        chain(QStringLiteral("output"), QStringLiteral("output"), out, false);
    line(QStringLiteral("}"));
    result.data = s.toUtf8();
    return result;
}

} // namespace fw
