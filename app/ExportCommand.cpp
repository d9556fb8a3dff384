#include "Cli.h"
#include "Command.h"
#include "Logging.h"
#include "export/Exporter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSysInfo>

namespace fw::cli {

namespace {

/// The translation context of this file's texts: call Tr::tr(). lupdate reads the context from the macro, while
/// a free tr() wrapper's context stays hidden from it (tests/app/tst_i18n.cpp checks).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(fw::cli::ExportCommand)
};

class ExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override { return Tr::tr("Writes the rules in a firewall's own format, or as a table."); }
    QString usage() const override
    {
        return selectionUsage() + QStringLiteral(" --format FORMAT [-o FILE]");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addSelectionOptions(parser);
        parser.addOption({QStringLiteral("format"),
                          Tr::tr("One of: %1.").arg(exporterIds().join(QStringLiteral(", "))), QStringLiteral("FORMAT")});
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          Tr::tr("Write to FILE (replaced atomically) instead of standard output."), QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("zone"),
                          Tr::tr("firewalld, ansible: the zone to add the service to (default: the default zone)."),
                          QStringLiteral("ZONE")});
        parser.addOption({QStringLiteral("lan"),
                          Tr::tr("Linux formats: the LAN's address ranges, comma-separated (e.g. 192.168.1.0/24), for rules "
                             "whose remote side is the LAN; without it they allow any address and say so."),
                          QStringLiteral("CIDR")});
        parser.addOption({QStringLiteral("program-dir"),
                          Tr::tr("powershell, netsh, ansible: a folder searched first for the vendor's programs (then "
                             "Program Files)."),
                          QStringLiteral("DIR")});
        parser.addOption({QStringLiteral("input-policy"),
                          Tr::tr("nftables: accept (default) or drop: with drop, the exported table lets in only what the "
                             "plan allows, replies, loopback and ICMP."),
                          QStringLiteral("POLICY")});
        parser.addOption({QStringLiteral("page-size"), Tr::tr("pdf: a4 or letter (default: by the system's locale)."),
                          QStringLiteral("SIZE")});
    }
    int run(const QCommandLineParser &parser, Context &context) const override
    {
        const QString format = parser.value(QStringLiteral("format"));
        if (format.isEmpty())
            return badInput(context, Tr::tr("--format is missing (one of: %1)").arg(exporterIds().join(QStringLiteral(", "))));
        const Exporter *exporter = exporterFor(format);
        if (!exporter)
            return badInput(context, Tr::tr("--format %1: unknown format (one of: %2)")
                                         .arg(format, exporterIds().join(QStringLiteral(", "))));
        const QString output = parser.value(QStringLiteral("output"));
        if (exporter->isBinary() && (output.isEmpty() || output == QLatin1String("-")))
            return badInput(context, Tr::tr("--format %1 needs -o FILE: it is not text").arg(format));
        Plan plan;
        if (!resolveSelection(parser, context, plan))
            return ExitBadInput;
        ExportContext exportContext;
        exportContext.language = context.language;
        exportContext.generatedAt = QDateTime::currentDateTime();
        if (qEnvironmentVariableIsSet("SOURCE_DATE_EPOCH"))  // reproducible output for tests and packaging
            exportContext.generatedAt = QDateTime::fromSecsSinceEpoch(qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(), Qt::UTC);
        exportContext.machineName = QSysInfo::machineHostName();
        for (const char *setting : {"zone", "lan", "program-dir", "input-policy", "page-size"}) {
            const QString key = QString::fromLatin1(setting);
            if (parser.isSet(key))
                exportContext.settings.insert(key, parser.value(key));
        }
        const ExportResult result = exporter->render(plan, exportContext);
        if (!result.ok()) {
            for (const ExportProblem &p : result.problems)
                badInput(context, p.what);
            return ExitBadInput;
        }
        log::toFile(log::Level::Info, QStringLiteral("export %1 of %2/%3").arg(format, plan.selection.product, plan.selection.role));
        return writeOutput(context, output, result.data);
    }
};

} // namespace

std::unique_ptr<Command> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace fw::cli
