#include "CsvExporter.h"

#include "system/Tr.h"

#include <QCoreApplication>

namespace fw {

namespace {
namespace Tr {
FW_TR_CONTEXT(fw::CsvExporter)
}
} // namespace

QString CsvExporter::description() const
{
    return Tr::tr("CSV: a table of the rules for a change request or a spreadsheet");
}

QString CsvExporter::field(const QString &text)
{
    QString value = text;
    if (!value.isEmpty()) {
        const QChar first = value.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            value.prepend(QLatin1Char('\''));
    }
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\''))) {
        value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

ExportResult CsvExporter::render(const Plan &plan, const ExportContext &context) const
{
    const QString &lang = context.language;
    QStringList header {Tr::tr("Rule"), Tr::tr("Direction"), Tr::tr("Protocol"), Tr::tr("Ports"), Tr::tr("Program"),
        Tr::tr("Remote"), Tr::tr("Hosts"), Tr::tr("Purpose"), Tr::tr("Option"), Tr::tr("Derived"), Tr::tr("Source"),
        Tr::tr("Source URL")};
    QString out;
    auto row = [&out](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << field(f);
        out += quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
    };
    row(header);
    const QString yes = Tr::tr("yes");
    const QString no = Tr::tr("no");
    for (const PlanRule &r : plan.rules) {
        const SourceDef *source = plan.source(r.source);
        row({r.id, directionId(r.direction), protocolId(r.protocol), portsToString(r.ports, QStringLiteral(" ")),
            r.program, remoteKindId(r.remote), r.hosts.join(QLatin1Char(' ')), r.purpose.in(lang), r.option,
            r.derived ? yes : no, source ? source->title : r.source, source ? source->url : QString()});
    }
    ExportResult result;
    result.data = QByteArray("\xEF\xBB\xBF") + out.toUtf8();
    return result;
}

} // namespace fw
