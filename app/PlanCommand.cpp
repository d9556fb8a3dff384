#include "Cli.h"
#include "Command.h"
#include "plan/PlanFile.h"
#include "plan/PlanJson.h"
#include "plan/PlanText.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace fw::cli {

namespace {

class PlanCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("plan"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "fw::cli::PlanCommand", "Shows the rules, executables and notes for one machine.");
    }
    QString usage() const override { return selectionUsage() + QStringLiteral(" [--json] [--save-plan FILE]"); }
    void addOptions(QCommandLineParser &parser) const override
    {
        addSelectionOptions(parser);
        parser.addOption({QStringLiteral("json"),
            QCoreApplication::translate("fw::cli::PlanCommand", "Print one JSON object instead of a table.")});
        parser.addOption({QStringLiteral("save-plan"),
            QCoreApplication::translate(
                "fw::cli::PlanCommand", "Also save the selection as a plan file (.fwplan) to FILE."),
            QStringLiteral("FILE")});
    }
    int run(const QCommandLineParser &parser, Context &context) const override
    {
        Plan plan;
        if (!resolveSelection(parser, context, plan))
            return ExitBadInput;
        if (parser.isSet(QStringLiteral("save-plan"))) {
            const int code
                = writeOutput(context, parser.value(QStringLiteral("save-plan")), planfile::write(plan.selection));
            if (code != ExitOk)
                return code;
        }
        if (parser.isSet(QStringLiteral("json")))
            context.out << QJsonDocument(planToJson(plan, context.language)).toJson(QJsonDocument::Indented);
        else
            context.out << planToText(plan, context.language);
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makePlanCommand()
{
    return std::make_unique<PlanCommand>();
}

} // namespace fw::cli
