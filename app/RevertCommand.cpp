#include "ApplyCli.h"
#include "Cli.h"
#include "Command.h"
#include "Logging.h"
#include "apply/Applier.h"

#include <QCoreApplication>

namespace fw::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fw::cli::RevertCommand", text);
}

class RevertCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("revert"); }
    QString summary() const override { return tr("Removes all that this program applied to the firewall."); }
    QString usage() const override { return QStringLiteral("[--backend B] [--dry-run] [--yes]"); }
    void addOptions(QCommandLineParser &parser) const override { applycli::addBackendOption(parser); }
    int run(const QCommandLineParser &parser, Context &context) const override
    {
        BackendId backend = BackendId::Invalid;
        if (!applycli::backendOption(parser, context, &backend))
            return ExitBadInput;
        SystemHost host;
        const int may = applycli::checkMayChange(parser, context, host, backend);
        if (may != ExitOk)
            return may;
        ApplySettings settings;
        settings.backend = backend;
        settings.language = context.language;
        const FirewallState state = detectFirewall(host, backend);
        const QList<PreparedChange> changes = prepareRevert(host, state, settings);
        if (changes.isEmpty()) {
            context.out << tr("Nothing that this program applied is recorded or found: nothing to revert.") << Qt::endl;
            return ExitOk;
        }
        bool problems = false;
        for (const PreparedChange &c : changes) {
            context.out << previewText(c) << QLatin1Char('\n');
            for (const QString &p : c.problems) {
                badInput(context, p);
                problems = true;
            }
        }
        context.out.flush();
        if (problems)
            return ExitBadInput;
        if (parser.isSet(QStringLiteral("dry-run"))) {
            context.out << tr("Dry run: nothing was changed.") << Qt::endl;
            return ExitOk;
        }
        if (!parser.isSet(QStringLiteral("yes")) && !applycli::askYes(context, tr("Revert these changes?"))) {
            context.out << tr("Nothing was changed.") << Qt::endl;
            return ExitOk;
        }
        int code = ExitOk;
        for (const PreparedChange &c : changes) {
            const QString what = QStringLiteral("%1 (%2)").arg(
                c.revertedTargets.join(QStringLiteral(", ")), backendIdString(c.backend));
            log::write(log::Level::Info, QStringLiteral("revert %1 by %2").arg(what, applyingUser()));
            const ChangeOutcome outcome = runRevert(host, c, applycli::testFailStep());
            if (outcome.ok && outcome.usedFallback) {
                context.err << tr("Removing what this program applied failed (%1: %2), so %3 was put back instead.")
                                   .arg(outcome.failedDescription, outcome.error, c.fallbackDescription)
                            << Qt::endl;
                log::toFile(log::Level::Warn,
                    QStringLiteral("revert %1: removal failed (%2), backup restored").arg(what, outcome.error));
            } else if (outcome.ok) {
                context.out << tr("Reverted: %1").arg(what) << Qt::endl;
                log::write(log::Level::Info, QStringLiteral("reverted %1").arg(what));
            } else {
                context.err << QStringLiteral("firewall-wizard: ") << tr("error: ")
                            << tr("revert failed at the step \"%1\": %2").arg(outcome.failedDescription, outcome.error)
                            << Qt::endl;
                if (outcome.rolledBack)
                    context.err << tr("The steps before it were undone: the firewall is as it was before this revert.")
                                << Qt::endl;
                else
                    context.err << tr("Undoing failed too: %1").arg(outcome.rollbackErrors.join(QStringLiteral("; ")))
                                << Qt::endl;
                log::toFile(log::Level::Error,
                    QStringLiteral("revert %1 failed at %2: %3").arg(what, outcome.failedStep, outcome.error));
                code = ExitApplyFailed;
            }
        }
        return code;
    }
};

} // namespace

std::unique_ptr<Command> makeRevertCommand()
{
    return std::make_unique<RevertCommand>();
}

} // namespace fw::cli
