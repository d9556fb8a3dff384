#include "ApplyCli.h"
#include "Cli.h"
#include "Command.h"
#include "Logging.h"
#include "apply/Applier.h"
#include "apply/ConfirmController.h"
#include "export/ExportText.h"
#include "system/InputFile.h"
#include "system/Paths.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <cerrno>
#include <csignal>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <unistd.h>
#endif

namespace fw::cli {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::cli::ApplyCommand)
}

std::atomic<int> g_stopSignal {0};

/// `apply --confirm`: keeps the change of an apply that waits for confirmation in another shell.
int confirmFromElsewhere(Context &context)
{
#ifdef Q_OS_UNIX
    // The waiting apply runs as root and keeps its files in root's state folder, which only root reads.
    if (!paths::privileged())
        return badInput(
            context, Tr::tr("apply --confirm needs root, like the apply: sudo firewall-wizard apply --confirm"));
#endif
    // Read like every file of the state folder: a regular file only, never through a link.
    QByteArray pendingPid;
    QString readError;
    qint64 pid = 0;
    if (inputfile::read(paths::confirmPendingPath(), 64, &pendingPid, &readError,
            paths::privileged() ? inputfile::Owner::Root : inputfile::Owner::Anyone))
        pid = pendingPid.trimmed().toLongLong();
#ifdef Q_OS_UNIX
    const bool alive = pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#else
    const bool alive = pid > 0;
#endif
    if (!alive)
        return badInput(context, Tr::tr("no apply is waiting for confirmation (%1)").arg(paths::confirmPendingPath()));
    QFile confirm(paths::confirmFilePath());
    QString writeError;
    if (!paths::writeNewFile(confirm.fileName(), QByteArray(), &writeError))
        return badInput(context, Tr::tr("%1 (it needs root, like the apply)").arg(writeError));
    // The waiting apply polls ten times a second and removes the file when it has kept the change.
    QElapsedTimer clock;
    clock.start();
    while (QFile::exists(confirm.fileName()) && clock.elapsed() < 5000)
        QThread::msleep(50);
    if (QFile::exists(confirm.fileName())) {
        QFile::remove(confirm.fileName());
        printError(context, Tr::tr("the waiting apply (process %1) did not answer; check it").arg(pid));
        return ExitApplyFailed;
    }
    context.out << Tr::tr("Confirmed: the waiting apply (process %1) keeps its change.").arg(pid) << Qt::endl;
    log::write(log::Level::Info, QStringLiteral("apply confirmed from another shell (process %1)").arg(pid));
    return ExitOk;
}

void onApplyStopSignal(int signal)
{
    g_stopSignal = signal;
}

/// Waits for the admin's "yes" on standard input while the controller counts down; rolls back by itself when the
/// time runs out, on "no", and on Ctrl+C or SIGTERM. A lost terminal (SIGHUP, as when an SSH session that the new
/// rules cut dies) does not stop the wait: the rollback then comes when the time runs out.
int confirmOrRollBack(
    const QCommandLineParser &parser, Context &context, Host &host, ChangeOutcome &outcome, int seconds)
{
    ConfirmController controller([&host, &outcome](QString *error) {
        if (rollBack(host, outcome))
            return true;
        *error = outcome.rollbackErrors.join(QStringLiteral("; "));
        return false;
    });
    QEventLoop loop;
    int code = ExitOk;
    QObject::connect(&controller, &ConfirmController::confirmed, &loop, [&]() {
        context.out << Tr::tr("Kept. The change stays.") << Qt::endl;
        log::write(log::Level::Info, QStringLiteral("apply confirmed: the change stays"));
        applycli::machineResult(parser, context, applyprotocol::Result::Kept);
        code = ExitOk;
        loop.quit();
    });
    QObject::connect(&controller, &ConfirmController::rolledBack, &loop, [&]() {
        if (controller.rollbackError().isEmpty()) {
            context.err << Tr::tr("Not confirmed: the change was rolled back and the firewall is as it was before.")
                        << Qt::endl;
            log::toFile(log::Level::Warn, QStringLiteral("apply not confirmed: rolled back"));
            applycli::machineResult(parser, context, applyprotocol::Result::RolledBack);
        } else {
            context.err << Tr::tr("Not confirmed, and rolling back failed: %1").arg(controller.rollbackError())
                        << Qt::endl;
            log::toFile(log::Level::Error,
                QStringLiteral("apply not confirmed; rollback failed: %1").arg(controller.rollbackError()));
            applycli::machineResult(parser, context, applyprotocol::Result::RollbackFailed);
        }
        code = ExitApplyFailed;
        loop.quit();
    });
    QObject::connect(&controller, &ConfirmController::secondsLeft, &loop, [&context](int left) {
        if (left > 0 && (left <= 5 || left % 10 == 0))
            context.err << Tr::tr("%1 s left to confirm").arg(left) << Qt::endl;
    });

    std::signal(SIGINT, onApplyStopSignal);
    std::signal(SIGTERM, onApplyStopSignal);
#ifdef Q_OS_UNIX
    std::signal(SIGHUP, SIG_IGN);
    std::signal(SIGPIPE, SIG_IGN);
#endif
    // `apply --confirm` from another shell confirms by creating the confirm file next to the pending one.
    const QString pendingPath = paths::confirmPendingPath();
    const QString confirmPath = paths::confirmFilePath();
    QFile::remove(confirmPath);
    QDir().mkpath(QFileInfo(pendingPath).absolutePath());
    QString pendingError;
    if (!paths::writeNewFile(pendingPath, QByteArray::number(QCoreApplication::applicationPid()) + '\n', &pendingError))
        log::toFile(log::Level::Warn, pendingError);
    QTimer signalPoll;
    QObject::connect(&signalPoll, &QTimer::timeout, &loop, [&controller, &confirmPath]() {
        if (g_stopSignal.load() != 0)
            controller.rollBackNow();
        else if (QFile::exists(confirmPath) && QFile::remove(confirmPath))
            controller.confirm();
    });
    signalPoll.start(100);

    QByteArray typed;
#ifdef Q_OS_UNIX
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &loop, [&]() {
        char buffer[256];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            // End of input: nobody can confirm any more, but the time still decides, as promised.
            input.setEnabled(false);
            return;
        }
        typed.append(buffer, int(n));
        qsizetype newline = 0;
        while ((newline = typed.indexOf('\n')) >= 0) {
            const QString answer = QString::fromLocal8Bit(typed.left(newline)).trimmed().toLower();
            typed.remove(0, newline + 1);
            if (applyprotocol::isYes(answer, true) || answer == Tr::tr("yes"))
                controller.confirm();
            else if (applyprotocol::isNo(answer) || answer == Tr::tr("no"))
                controller.rollBackNow();
        }
    });
#endif
    context.out << Tr::tr("Applied. Keep it? Type yes (or press Enter) within %1 seconds; otherwise, and on no or "
                          "Ctrl+C, it is rolled back by itself.")
                       .arg(seconds)
                << Qt::endl;
    context.out
        << Tr::tr("From another shell, keep it with: %1 apply --confirm").arg(QCoreApplication::applicationFilePath())
        << Qt::endl;
    // The protocol line for programs (the wizard runs this command through pkexec and confirms by writing "yes" to
    // its standard input): the window is open now. Always written, also without --answers-on-stdin.
    context.err << applyprotocol::confirmPending(seconds) << Qt::endl;
    controller.start(seconds);
    if (controller.isPending())
        loop.exec();
    QFile::remove(pendingPath);
    QFile::remove(confirmPath);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return code;
}

class ApplyCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("apply"); }
    QString summary() const override
    {
        return Tr::tr("Applies the rules to this machine's firewall, with preview, confirmation, backup and undo.");
    }
    QString usage() const override
    {
        return selectionUsage()
            + QStringLiteral(
                " [--backend B] [--dry-run] [--yes] [--answers-on-stdin] [--confirm-within SECONDS] [--zone ZONE] "
                "[--interface IF] [--lan CIDR]");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addSelectionOptions(parser);
        applycli::addBackendOption(parser);
        parser.addOption({QStringLiteral("confirm-within"),
            Tr::tr("After applying, keep the change only if yes (or an empty line) arrives on standard input within "
                   "SECONDS (0: no confirmation window, the default); otherwise, and on no, Ctrl+C or SIGTERM, it is "
                   "rolled back by itself. A lost terminal does not confirm. Standard error gets the protocol line "
                   "\"@fw1 confirm-pending SECONDS\" when the window opens."),
            QStringLiteral("SECONDS")});
        parser.addOption({QStringLiteral("confirm"),
            Tr::tr("Keep the change of an apply that waits for confirmation (--confirm-within) in another shell, "
                   "for example one that lost its terminal. Needs nothing else.")});
        parser.addOption({QStringLiteral("zone"),
            Tr::tr("firewalld: the zone for the rules (default: the zone of the interface facing the clients)."),
            QStringLiteral("ZONE")});
        parser.addOption({QStringLiteral("interface"),
            Tr::tr("firewalld: the interface that faces the clients (default: the default route's)."),
            QStringLiteral("IF")});
        parser.addOption({QStringLiteral("lan"),
            Tr::tr("The LAN's address ranges, comma-separated, for rules whose remote side is the LAN."),
            QStringLiteral("CIDR")});
    }
    int run(const QCommandLineParser &parser, Context &context) const override
    {
        if (parser.isSet(QStringLiteral("confirm")))
            return confirmFromElsewhere(context);
        context.protocolErrors = applycli::answersOnStdin(parser);
        BackendId backend = BackendId::Invalid;
        if (!applycli::backendOption(parser, context, &backend))
            return ExitBadInput;
        int confirmWithin = 0;
        if (parser.isSet(QStringLiteral("confirm-within"))) {
            bool ok = false;
            confirmWithin = parser.value(QStringLiteral("confirm-within")).toInt(&ok);
            if (!ok || confirmWithin < 0 || confirmWithin > 3600)
                return badInput(context,
                    Tr::tr("--confirm-within %1: a number of seconds from 0 to 3600")
                        .arg(parser.value(QStringLiteral("confirm-within"))));
        }
        ApplySettings settings;
        settings.backend = backend;
        settings.zone = parser.value(QStringLiteral("zone"));
        settings.interfaceName = parser.value(QStringLiteral("interface"));
        settings.lan = parser.value(QStringLiteral("lan"));
        settings.language = context.language;
        settings.failAfterStep = applycli::testFailStep();
        // The same checks as the exports: a zone name and LAN ranges that no firewall would misread.
        ExportContext check;
        if (!settings.zone.isEmpty())
            check.settings.insert(exportsetting::zone(), settings.zone);
        if (!settings.lan.isEmpty())
            check.settings.insert(exportsetting::lan(), settings.lan);
        QList<ExportProblem> problems;
        if (!checkExportSettings(check, problems)) {
            for (const ExportProblem &p : problems)
                badInput(context, p.what);
            return ExitBadInput;
        }
        Plan plan;
        if (!resolveSelection(parser, context, plan))
            return ExitBadInput;

        SystemHost host;
        const int may = applycli::checkMayChange(parser, context, host, backend);
        if (may != ExitOk)
            return may;
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
        // Held until the end, through the confirmation window: `apply --confirm` needs no lock.
        MachineLock lock(machineLockPath());
        if (!dryRun) {
            const int locked = applycli::takeMachineLock(parser, context, lock, QStringLiteral("apply"));
            if (locked != ExitOk)
                return locked;
        }
        const FirewallState state = detectFirewall(host, backend);
        const QStringList found = describeFirewall(state);
        for (const QString &line : found)
            context.out << line << QLatin1Char('\n');
        context.out << QLatin1Char('\n') << Qt::flush;
        // For the wizard: whether detection could look at everything (the nftables ruleset needs root).
        applycli::protocolLine(parser, context, applyprotocol::detected(state.governing, state.privileged));
        const PreparedChange change = prepareApply(host, state, plan, settings);
        context.out << previewText(change) << Qt::flush;
        const QString target = QStringLiteral("%1/%2").arg(plan.selection.product, plan.selection.role);
        if (!change.ok()) {
            for (const QString &p : change.problems)
                badInput(context, p);
            return ExitBadInput;
        }
        if (!change.nothingToDo.isEmpty()) {
            log::toFile(
                log::Level::Info, QStringLiteral("apply %1: nothing to do: %2").arg(target, change.nothingToDo));
            applycli::machineResult(parser, context, applyprotocol::Result::NothingToDo);
            return ExitOk;
        }
        if (dryRun) {
            context.out << Tr::tr("Dry run: nothing was changed.") << Qt::endl;
            return ExitOk;
        }
        // For the wizard (--answers-on-stdin): the back end and the number of rules, with the question.
        const QString marker = applycli::answersOnStdin(parser)
            ? applyprotocol::confirmApply(change.backend, int(change.entry.rules.size()))
            : QString();
        if (!parser.isSet(QStringLiteral("yes"))
            && !applycli::askYes(context, Tr::tr("Apply these changes?"), marker)) {
            context.out << Tr::tr("Nothing was changed.") << Qt::endl;
            log::toFile(log::Level::Info, QStringLiteral("apply %1: declined").arg(target));
            applycli::machineResult(parser, context, applyprotocol::Result::Declined);
            return ExitOk;
        }
        log::write(log::Level::Info,
            QStringLiteral("apply %1 with %2 by %3").arg(target, backendIdString(change.backend), change.entry.user));
        ChangeOutcome outcome = runChange(host, change, settings.failAfterStep);
        if (!outcome.ok) {
            const QString what
                = Tr::tr("apply failed at the step \"%1\": %2").arg(outcome.failedDescription, outcome.error);
            printError(context, what);
            if (outcome.rolledBack) {
                context.err << Tr::tr("The steps before it were undone: the firewall is as it was.") << Qt::endl;
                log::toFile(log::Level::Error,
                    QStringLiteral("apply %1 failed at %2 (%3); rolled back")
                        .arg(target, outcome.failedStep, outcome.error));
                applycli::machineResult(parser, context, applyprotocol::Result::Failed);
            } else {
                context.err << Tr::tr("Undoing failed too: %1. The backup taken before is %2.")
                                   .arg(outcome.rollbackErrors.join(QStringLiteral("; ")), change.entry.backupPath)
                            << Qt::endl;
                log::toFile(log::Level::Error,
                    QStringLiteral("apply %1 failed at %2 (%3); rollback failed: %4")
                        .arg(target, outcome.failedStep, outcome.error,
                            outcome.rollbackErrors.join(QStringLiteral("; "))));
                applycli::machineResult(parser, context, applyprotocol::Result::FailedUndoFailed);
            }
            return ExitApplyFailed;
        }
        log::write(log::Level::Info,
            QStringLiteral("applied %1 with %2; backup %3")
                .arg(target, backendIdString(change.backend), change.entry.backupPath));
        if (confirmWithin > 0)
            return confirmOrRollBack(parser, context, host, outcome, confirmWithin);
        context.out << Tr::tr("Applied:") << QLatin1Char('\n') << describeEntry(change.entry) << Qt::endl;
        applycli::machineResult(parser, context, applyprotocol::Result::Applied);
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeApplyCommand()
{
    return std::make_unique<ApplyCommand>();
}

} // namespace fw::cli
