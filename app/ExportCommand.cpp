#include "Cli.h"
#include "Command.h"
#include "Logging.h"
#include "export/ExportSession.h"
#include "export/ExportText.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSysInfo>

namespace fw::cli {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::cli::ExportCommand)
}

class ExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override { return Tr::tr("Writes the rules in a firewall's own format, or as a table."); }
    QString usage() const override { return selectionUsage() + QStringLiteral(" --format FORMAT [-o FILE]"); }
    void addOptions(QCommandLineParser &parser) const override
    {
        addSelectionOptions(parser);
        parser.addOption({QStringLiteral("format"), Tr::tr("One of: %1.").arg(exporterIds().join(QStringLiteral(", "))),
            QStringLiteral("FORMAT")});
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
            Tr::tr("Write to FILE (replaced atomically) instead of standard output."), QStringLiteral("FILE")});
        for (const ExportSettingSpec &setting : exportSettingSpecs())
            parser.addOption({setting.key, settingHelp(setting.key), settingValueName(setting.key)});
    }
    /// The help of the option that sets @p key.
    static QString settingHelp(const QString &key)
    {
        if (key == exportsetting::zone())
            return Tr::tr("firewalld, ansible: the zone to add the service to (default: the default zone).");
        if (key == exportsetting::lan())
            return Tr::tr("Linux formats: the LAN's address ranges, comma-separated (e.g. 192.168.1.0/24), for rules "
                          "whose remote side is the LAN; without it they allow any address and say so.");
        if (key == exportsetting::programDir())
            return Tr::tr("powershell, netsh, ansible: a folder searched first for the vendor's programs (then "
                          "Program Files).");
        if (key == exportsetting::inputPolicy())
            return Tr::tr("nftables: accept (default) or drop: with drop, the exported table lets in only what the "
                          "plan allows, replies, loopback and ICMP.");
        return Tr::tr("pdf: a4 or letter (default: by the system's locale).");
    }
    /// The value's name in the help of the option that sets @p key.
    static QString settingValueName(const QString &key)
    {
        if (key == exportsetting::zone())
            return QStringLiteral("ZONE");
        if (key == exportsetting::lan())
            return QStringLiteral("CIDR");
        if (key == exportsetting::programDir())
            return QStringLiteral("DIR");
        if (key == exportsetting::inputPolicy())
            return QStringLiteral("POLICY");
        return QStringLiteral("SIZE");
    }
    int run(const QCommandLineParser &parser, Context &context) const override
    {
        const QString format = parser.value(QStringLiteral("format"));
        if (format.isEmpty())
            return badInput(
                context, Tr::tr("--format is missing (one of: %1)").arg(exporterIds().join(QStringLiteral(", "))));
        const Exporter *exporter = exporterFor(format);
        if (!exporter)
            return badInput(context,
                Tr::tr("--format %1: unknown format (one of: %2)")
                    .arg(format, exporterIds().join(QStringLiteral(", "))));
        const QString output = parser.value(QStringLiteral("output"));
        if (exporter->isBinary() && (output.isEmpty() || output == QLatin1String("-")))
            return badInput(context, Tr::tr("--format %1 needs -o FILE: it is not text").arg(format));
        Plan plan;
        if (!resolveSelection(parser, context, plan))
            return ExitBadInput;
        ExportSession session;
        session.setPlan(plan);
        session.setLanguage(context.language);
        QDateTime generatedAt = QDateTime::currentDateTime();
        if (qEnvironmentVariableIsSet("SOURCE_DATE_EPOCH")) // reproducible output for tests and packaging
            generatedAt
                = QDateTime::fromSecsSinceEpoch(qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(), Qt::UTC);
        session.setGeneratedAt(generatedAt);
        session.setRecord(QSysInfo::machineHostName(), {}, {});
        // Every setting given goes to the exporter, which checks them all (a bad --zone is refused with any format).
        for (const ExportSettingSpec &setting : exportSettingSpecs()) {
            if (parser.isSet(setting.key))
                session.setSetting(setting.key, parser.value(setting.key));
        }
        const ExportResult result = session.render(format, ExportSession::Scope::AsGiven);
        if (!result.ok()) {
            for (const ExportProblem &p : result.problems)
                badInput(context, p.what);
            return ExitBadInput;
        }
        log::toFile(log::Level::Info,
            QStringLiteral("export %1 of %2/%3").arg(format, plan.selection.product, plan.selection.role));
        return writeOutput(context, output, result.data);
    }
};

} // namespace

std::unique_ptr<Command> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace fw::cli
