#include "IptablesExporter.h"

#include "ExportText.h"
#include "Quoting.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace fw {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::IptablesExporter)
}

/// iptables limits chain names to 28 characters; long product ids are shortened with a hash to stay unique.
QString chainName(const Plan &plan, const QString &suffix)
{
    QString name = QStringLiteral("FWW-%1-%2-%3").arg(plan.selection.product, plan.selection.role.left(1), suffix);
    if (name.size() > 28) {
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(plan.selection.product.toUtf8(), QCryptographicHash::Sha1).toHex().left(6));
        const int keep
            = 28 - int(QStringLiteral("FWW--%1-%2-%3").arg(hash, plan.selection.role.left(1), suffix).size());
        name = QStringLiteral("FWW-%1-%2-%3-%4")
                   .arg(plan.selection.product.left(keep), hash, plan.selection.role.left(1), suffix);
    }
    return name;
}

/// iptables-restore reads a line into a buffer of 10,240 bytes and parses what does not fit as the next line.
/// Comments are wrapped far below that (quoting::hashComment); this catches what no comment can: a rule line built
/// from a plan made in code, with an id beyond what the catalog allows. Refuses the whole file then.
void checkLineLengths(ExportResult &result, int maxLineBytes)
{
    int length = 0;
    const int number = quoting::firstLongLine(result.data, maxLineBytes, &length);
    if (number == 0)
        return;
    result.data.clear();
    result.problems << ExportProblem {Tr::tr("line %1 of the iptables file would be %2 bytes long; iptables-restore "
                                             "reads at most %3 bytes a line")
                                          .arg(number)
                                          .arg(length)
                                          .arg(maxLineBytes),
        {}, {}};
}

} // namespace

QString IptablesExporter::description() const
{
    return Tr::tr("iptables: a file for iptables-restore --noflush with the program's own chains (IPv4)");
}

ExportResult IptablesExporter::render(const Plan &plan, const ExportContext &context) const
{
    ExportResult result;
    checkExportSettings(context, result.problems);
    checkRuleHosts(plan, result.problems);
    if (!result.ok())
        return result;

    const QString inChain = chainName(plan, QStringLiteral("in"));
    const QString outChain = chainName(plan, QStringLiteral("out"));
    QList<const PlanRule *> in;
    QList<const PlanRule *> out;
    for (const PlanRule &rule : plan.rules) {
        if (hasPorts(rule))
            (rule.direction == Direction::In ? in : out) << &rule;
    }
    QStringList undo;
    QStringList removeJumps;
    if (!in.isEmpty())
        removeJumps << QStringLiteral("iptables -D INPUT -j %1 2>/dev/null;").arg(inChain);
    if (!out.isEmpty())
        removeJumps << QStringLiteral("iptables -D OUTPUT -j %1 2>/dev/null;").arg(outChain);
    undo << removeJumps;
    if (!in.isEmpty())
        undo << QStringLiteral("iptables -F %1; iptables -X %1").arg(inChain);
    if (!out.isEmpty())
        undo << QStringLiteral("iptables -F %1; iptables -X %1").arg(outChain);

    QString s;
    const auto line = [&s](const QString &text = QString()) { s += text + QLatin1Char('\n'); };
    const QStringList header = exportHeaderLines(plan, context, QStringLiteral("iptables"), undo);
    for (const QString &h : header)
        line(quoting::hashComment(h));
    line(QStringLiteral("#"));
    line(quoting::hashComment(
        Tr::tr("Load it with the lines below; they remove the jumps of an earlier load first, so "
               "loading again adds no duplicates (iptables-restore itself cannot test for a rule):")));
    line(quoting::hashComment(QStringLiteral("  ") + removeJumps.join(QLatin1Char(' '))
        + QStringLiteral(" iptables-restore --noflush FILE")));
    line(quoting::hashComment(Tr::tr("IPv4 only: use the nftables export (inet family) for IPv4 and IPv6.")));
    const QStringList gaps = programRuleGapLines(plan, context);
    for (const QString &g : gaps)
        line(quoting::hashComment(g));
    if (in.isEmpty() && out.isEmpty()) {
        result.data = s.toUtf8();
        checkLineLengths(result, maxLineBytes());
        return result;
    }
    line(QStringLiteral("*filter"));
    // With --noflush, declaring a chain that exists empties it, so a new load replaces the old rules.
    if (!in.isEmpty())
        line(QStringLiteral(":%1 - [0:0]").arg(inChain));
    if (!out.isEmpty())
        line(QStringLiteral(":%1 - [0:0]").arg(outChain));
    // Translated once, not once a rule.
    const QString sourceNote = Tr::tr("Source: %1 <%2>");
    const QString noteText = Tr::tr("Note: %1");
    const QString programNote
        = Tr::tr("Note: the vendor names the program %1, which a Linux firewall cannot match; only "
                 "the ports are.");
    for (const PlanRule *rule : in + out) {
        const RemoteMatch remote = remoteMatch(*rule, context, false);
        const bool inbound = rule->direction == Direction::In;
        line(quoting::hashComment(ruleSummary(*rule, context)));
        if (const SourceDef *source = plan.source(rule->source))
            line(quoting::hashComment(sourceNote.arg(source->title, source->url)));
        if (!remote.why.isEmpty())
            line(quoting::hashComment(noteText.arg(remote.why)));
        if (!rule->program.isEmpty())
            line(quoting::hashComment(programNote.arg(rule->program)));
        QStringList addresses {QString()};
        if (remote.kind == RemoteMatch::Kind::Addresses) {
            addresses = remote.ipv4;
            if (!remote.ipv6.isEmpty())
                line(quoting::hashComment(Tr::tr("Note: the IPv6 addresses %1 are not in this IPv4 file.")
                                              .arg(remote.ipv6.join(QStringLiteral(", ")))));
            if (addresses.isEmpty())
                line(
                    quoting::hashComment(Tr::tr("Note: this rule names IPv6 addresses only, so it is left out here.")));
        }
        for (const QString &address : addresses) {
            for (const PortRange &p : rule->ports) {
                QString cmd = QStringLiteral("-A %1").arg(inbound ? inChain : outChain);
                if (!address.isEmpty())
                    cmd += (inbound ? QStringLiteral(" -s ") : QStringLiteral(" -d ")) + address;
                cmd += QStringLiteral(" -p %1 --dport %2")
                           .arg(protocolId(rule->protocol),
                               p.from == p.to ? QString::number(p.from)
                                              : QStringLiteral("%1:%2").arg(p.from).arg(p.to));
                cmd += QStringLiteral(" -m comment --comment \"%1\" -j ACCEPT").arg(rule->id);
                line(cmd);
            }
        }
    }
    if (!in.isEmpty())
        line(QStringLiteral("-I INPUT -j %1").arg(inChain));
    if (!out.isEmpty())
        line(QStringLiteral("-I OUTPUT -j %1").arg(outChain));
    line(QStringLiteral("COMMIT"));
    result.data = s.toUtf8();
    checkLineLengths(result, maxLineBytes());
    return result;
}

} // namespace fw
