#include "PlanText.h"

#include "system/Tr.h"

#include <QCoreApplication>

#include <algorithm>

namespace fw {

namespace {
namespace Tr {
FW_TR_CONTEXT(fw)
}
} // namespace

QString directionLabel(Direction direction)
{
    switch (direction) {
    case Direction::In:
        //: direction of a firewall rule: connections from outside to this machine
        return Tr::tr("in", "direction");
    case Direction::Out:
        //: direction of a firewall rule: connections from this machine to others
        return Tr::tr("out", "direction");
    case Direction::Invalid:
        break;
    }
    return {};
}

QString protocolLabel(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Tcp:
        return QStringLiteral("TCP");
    case Protocol::Udp:
        return QStringLiteral("UDP");
    case Protocol::Any:
        return Tr::tr("any", "protocol");
    case Protocol::Invalid:
        break;
    }
    return {};
}

QString portsLabel(const QList<PortRange> &ports)
{
    return ports.isEmpty() ? Tr::tr("any", "ports") : portsToString(ports);
}

QString remoteLabel(const PlanRule &rule)
{
    switch (rule.remote) {
    case RemoteKind::Any:
        return Tr::tr("any", "remote side");
    case RemoteKind::Lan:
        return Tr::tr("LAN");
    case RemoteKind::Internet:
        return Tr::tr("internet");
    case RemoteKind::Server:
        if (rule.hosts.isEmpty())
            return Tr::tr("the server (address not given)");
        return Tr::tr("server %1").arg(rule.hosts.join(QStringLiteral(", ")));
    case RemoteKind::Hosts:
        return rule.hosts.join(QStringLiteral(", "));
    case RemoteKind::Invalid:
        break;
    }
    return {};
}

QString noteKindLabel(NoteKind kind)
{
    switch (kind) {
    case NoteKind::Info:
        return Tr::tr("info", "note kind");
    case NoteKind::Advice:
        return Tr::tr("advice", "note kind");
    case NoteKind::Gap:
        //: a note saying the vendor's sources leave something open
        return Tr::tr("gap", "note kind");
    case NoteKind::Invalid:
        break;
    }
    return {};
}

QString planTitle(const Plan &plan, const QString &language)
{
    QString title = plan.productName.in(language);
    if (!plan.versionLabel.isEmpty())
        title += QLatin1Char(' ') + plan.versionLabel;
    if (!plan.deploymentLabel.isEmpty())
        title += QStringLiteral(", ") + plan.deploymentLabel.in(language);
    title += QStringLiteral(", ") + plan.roleLabel.in(language);
    return title;
}

} // namespace fw

namespace fw {

namespace {

/// Pads each column to its widest cell; the last column is not padded.
QString alignedTable(const QList<QStringList> &rows, const QString &indent)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = std::max(widths[i], int(row[i].size()));
        }
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line = indent;
        for (int i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        text += line + QLatin1Char('\n');
    }
    return text;
}

} // namespace

QString planToText(const Plan &plan, const QString &language)
{
    QString text = planTitle(plan, language) + QLatin1Char('\n');
    if (!plan.selection.options.isEmpty())
        text += Tr::tr("Options: %1").arg(plan.selection.options.join(QStringLiteral(", "))) + QLatin1Char('\n');
    text += QLatin1Char('\n') + Tr::tr("Rules") + QLatin1Char('\n');
    bool anyDerived = false;
    QList<QStringList> rows {{Tr::tr("Direction"), Tr::tr("Protocol"), Tr::tr("Ports"), Tr::tr("Program"),
        Tr::tr("Remote side"), Tr::tr("Why")}};
    for (const PlanRule &r : plan.rules) {
        QString why = r.purpose.in(language);
        if (r.derived) {
            why.prepend(QStringLiteral("* "));
            anyDerived = true;
        }
        if (!r.option.isEmpty())
            why += QStringLiteral(" [%1]").arg(Tr::tr("option %1").arg(r.option));
        rows << QStringList {directionLabel(r.direction), protocolLabel(r.protocol), portsLabel(r.ports),
            r.program.isEmpty() ? QStringLiteral("-") : r.program, remoteLabel(r), why};
    }
    if (plan.rules.isEmpty())
        text += QStringLiteral("  ") + Tr::tr("(none)") + QLatin1Char('\n');
    else
        text += alignedTable(rows, QStringLiteral("  "));
    if (anyDerived)
        text += QStringLiteral("  ") + Tr::tr("* derived: not in the vendor's own table; see the notes and sources")
            + QLatin1Char('\n');

    if (!plan.executables.isEmpty()) {
        text += QLatin1Char('\n') + Tr::tr("Executables to allow (send and receive)") + QLatin1Char('\n');
        QList<QStringList> exeRows;
        for (const PlanExecutable &e : plan.executables)
            exeRows << QStringList {e.name, e.purpose.in(language)};
        text += alignedTable(exeRows, QStringLiteral("  "));
    }
    if (!plan.notes.isEmpty()) {
        text += QLatin1Char('\n') + Tr::tr("Notes") + QLatin1Char('\n');
        for (const PlanNote &n : plan.notes)
            text += QStringLiteral("  [%1] %2\n").arg(noteKindLabel(n.kind), n.text.in(language));
    }
    if (!plan.sources.isEmpty()) {
        text += QLatin1Char('\n') + Tr::tr("Sources") + QLatin1Char('\n');
        for (const SourceDef &s : plan.sources)
            text += QStringLiteral("  %1: %2 <%3>\n").arg(s.id, s.title, s.url);
    }
    return text;
}

} // namespace fw
