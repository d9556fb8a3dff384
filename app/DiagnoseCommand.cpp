#include "Cli.h"
#include "Command.h"
#include "Logging.h"
#include "Version.h"
#include "apply/Diagnostics.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <spdlog/version.h>

namespace fw::cli {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::cli::DiagnoseCommand)
}

class DiagnoseCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("diagnose"); }
    QString summary() const override
    {
        return Tr::tr(
            "Prints what a support request needs: versions, the firewall's state, what was applied, warnings.");
    }
    QString usage() const override { return QStringLiteral("[--json]"); }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("json"), Tr::tr("Print one JSON object instead of text.")});
    }
    int run(const QCommandLineParser &parser, Context &context) const override
    {
        DiagnosticsInput input;
        input.programVersion = programVersion();
        input.qtVersion = QString::fromLatin1(qVersion());
        input.spdlogVersion
            = QStringLiteral("%1.%2.%3").arg(SPDLOG_VER_MAJOR).arg(SPDLOG_VER_MINOR).arg(SPDLOG_VER_PATCH);
        input.logPath = log::filePath();
        SystemHost host;
        const Diagnostics diagnostics = collectDiagnostics(host, input);
        if (parser.isSet(QStringLiteral("json")))
            context.out << QJsonDocument(diagnosticsJson(diagnostics)).toJson(QJsonDocument::Indented);
        else
            context.out << diagnosticsText(diagnostics);
        log::toFile(log::Level::Info, QStringLiteral("diagnose: %1 warning(s)").arg(diagnostics.warnings.size()));
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeDiagnoseCommand()
{
    return std::make_unique<DiagnoseCommand>();
}

} // namespace fw::cli
