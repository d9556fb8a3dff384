#include "ApplyCli.h"
#include "Cli.h"
#include "Command.h"
#include "Logging.h"
#include "apply/Applier.h"
#include "system/Tr.h"

#include <QCoreApplication>

namespace fw::cli {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::cli::RevertCommand)
}

class RevertCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("revert"); }
    QString summary() const override { return Tr::tr("Removes all that this program applied to the firewall."); }
    QString usage() const override { return QStringLiteral("[--backend B] [--dry-run] [--yes] [--answers-on-stdin]"); }
    void addOptions(QCommandLineParser &parser) const override { applycli::addBackendOption(parser); }
    int run(const QCommandLineParser &parser, Context &context) const override
    {
        context.protocolErrors = applycli::answersOnStdin(parser);
        BackendId backend = BackendId::Invalid;
        if (!applycli::backendOption(parser, context, &backend))
            return ExitBadInput;
        SystemHost host;
        const int may = applycli::checkMayChange(parser, context, host, backend);
        if (may != ExitOk)
            return may;
        MachineLock lock(machineLockPath());
        if (!parser.isSet(QStringLiteral("dry-run"))) {
            const int locked = applycli::takeMachineLock(parser, context, lock, QStringLiteral("revert"));
            if (locked != ExitOk)
                return locked;
        }
        ApplySettings settings;
        settings.backend = backend;
        settings.language = context.language;
        const FirewallState state = detectFirewall(host, backend);
        const QList<PreparedChange> changes = prepareRevert(host, state, settings);
        if (changes.isEmpty()) {
            context.out << Tr::tr("Nothing that this program applied is recorded or found: nothing to revert.")
                        << Qt::endl;
            applycli::machineResult(parser, context, applyprotocol::Result::NothingToRevert);
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
            context.out << Tr::tr("Dry run: nothing was changed.") << Qt::endl;
            return ExitOk;
        }
        if (!parser.isSet(QStringLiteral("yes"))
            && !applycli::askYes(context, Tr::tr("Revert these changes?"),
                applycli::answersOnStdin(parser) ? applyprotocol::confirmRevert() : QString())) {
            context.out << Tr::tr("Nothing was changed.") << Qt::endl;
            return ExitOk;
        }
        int code = ExitOk;
        for (const PreparedChange &c : changes) {
            const QString what = QStringLiteral("%1 (%2)").arg(
                c.revertedTargets.join(QStringLiteral(", ")), backendIdString(c.backend));
            log::write(log::Level::Info, QStringLiteral("revert %1 by %2").arg(what, applyingUser()));
            const ChangeOutcome outcome = runRevert(host, c, applycli::testFailStep());
            if (outcome.ok && outcome.usedFallback) {
                context.err << Tr::tr("Removing what this program applied failed (%1: %2), so %3 was put back instead.")
                                   .arg(outcome.failedDescription, outcome.error, c.fallbackDescription)
                            << Qt::endl;
                log::toFile(log::Level::Warn,
                    QStringLiteral("revert %1: removal failed (%2), backup restored").arg(what, outcome.error));
                applycli::machineResult(parser, context, applyprotocol::Result::Restored, c.backend);
            } else if (outcome.ok) {
                context.out << Tr::tr("Reverted: %1").arg(what) << Qt::endl;
                log::write(log::Level::Info, QStringLiteral("reverted %1").arg(what));
                applycli::machineResult(parser, context, applyprotocol::Result::Reverted, c.backend);
            } else {
                printError(context,
                    Tr::tr("revert failed at the step \"%1\": %2").arg(outcome.failedDescription, outcome.error));
                if (outcome.rolledBack)
                    context.err << Tr::tr(
                        "The steps before it were undone: the firewall is as it was before this revert.")
                                << Qt::endl;
                else
                    context.err
                        << Tr::tr("Undoing failed too: %1").arg(outcome.rollbackErrors.join(QStringLiteral("; ")))
                        << Qt::endl;
                log::toFile(log::Level::Error,
                    QStringLiteral("revert %1 failed at %2: %3").arg(what, outcome.failedStep, outcome.error));
                applycli::machineResult(parser, context, applyprotocol::Result::RevertFailed, c.backend);
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
