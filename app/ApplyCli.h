#pragma once

// What apply and revert share on the command line: the back end option, the refusal without root, and the
// confirmation rule (--yes, or a y/N question on a terminal).
#include "Cli.h"
#include "Logging.h"
#include "apply/Applier.h"
#include "apply/ApplyProtocol.h"
#include "apply/ApplyTypes.h"
#include "apply/Host.h"
#include "apply/MachineLock.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <cerrno>
#include <unistd.h>
#endif

namespace fw::cli::applycli {

namespace Tr {
FW_TR_CONTEXT(fw::cli::ApplyCli)
}

/// Whether standard input is a terminal, where a y/N question can be asked.
inline bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

inline void addBackendOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("backend"),
        Tr::tr("The firewall to use: %1 (default: the one detected).").arg(backendIds().join(QStringLiteral(", "))),
        QStringLiteral("B")});
    parser.addOption(
        {QStringLiteral("dry-run"), Tr::tr("Show the detected firewall and the exact changes; change nothing.")});
    parser.addOption(
        {QStringLiteral("yes"), Tr::tr("Change the firewall without asking (after reviewing --dry-run).")});
    parser.addOption({QStringLiteral("answers-on-stdin"),
        Tr::tr(
            "For programs such as the wizard: read the answers (yes or no, one a line) from standard input also when "
            "it is no terminal; end of input is a no. Standard error gets the protocol lines that begin with "
            "\"@fw1 \" (README: \"Applying on this machine\"): \"@fw1 detected BACKEND full|partial\", "
            "\"@fw1 confirm-apply BACKEND RULES\" (or \"@fw1 confirm-revert\") when an answer is awaited, "
            "\"@fw1 error MESSAGE\" and \"@fw1 result WORD\" at the end.")});
}

/// Whether --answers-on-stdin asks for the machine-friendly questions.
inline bool answersOnStdin(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("answers-on-stdin"));
}

/// Reads --backend; false after printing a message when it names no back end.
inline bool backendOption(const QCommandLineParser &parser, Context &context, BackendId *backend)
{
    *backend = BackendId::Invalid;
    if (!parser.isSet(QStringLiteral("backend")))
        return true;
    *backend = backendFromString(parser.value(QStringLiteral("backend")));
    if (*backend != BackendId::Invalid)
        return true;
    badInput(context,
        Tr::tr("--backend %1: one of %2")
            .arg(parser.value(QStringLiteral("backend")), backendIds().join(QStringLiteral(", "))));
    return false;
}

/// Refuses a change without root or on the wrong system, and one that nobody confirmed; returns ExitOk to go on.
inline int checkMayChange(const QCommandLineParser &parser, Context &context, Host &host, BackendId backend)
{
    if (parser.isSet(QStringLiteral("dry-run")))
        return ExitOk;
    if (backend != BackendId::Invalid && !backendRunsHere(backend))
        return badInput(context,
            Tr::tr("the %1 back end changes only a firewall on its own system; here, review it with "
                   "--dry-run or export it")
                .arg(backendIdString(backend)));
    if (!host.isPrivileged())
        return badInput(context,
            Tr::tr("needs root: run it with sudo or pkexec (or review it first with --dry-run, which "
                   "needs no rights)"));
    if (!parser.isSet(QStringLiteral("yes")) && !answersOnStdin(parser) && !stdinIsTerminal())
        return badInput(context,
            Tr::tr("nothing is changed without your explicit yes: review the changes with --dry-run, "
                   "then run it again with --yes"));
    return ExitOk;
}

/// With --answers-on-stdin, the protocol line @p line (an applyprotocol::… line) on standard error.
inline void protocolLine(const QCommandLineParser &parser, Context &context, const QString &line)
{
    if (answersOnStdin(parser))
        context.err << line << Qt::endl;
}

/// With --answers-on-stdin, the protocol line "@fw1 result WORD [BACKEND]": how the command ended, for the program
/// that runs it (e.g. "result kept", "result failed", "result reverted nftables").
inline void machineResult(const QCommandLineParser &parser, Context &context, applyprotocol::Result result,
    BackendId backend = BackendId::Invalid)
{
    protocolLine(parser, context, applyprotocol::result(result, backend));
}

/// How long apply and revert wait for another one to finish before they give up.
constexpr int kLockWaitMs = 5000;

/// Takes the machine's lock for @p command (apply, revert) before looking at the firewall, so that no other apply or
/// revert changes it between detection and the end (the confirmation window included). Where another holds it past
/// kLockWaitMs: a message naming it, "result locked", and ExitApplyFailed (3: nothing was changed); else ExitOk.
inline int takeMachineLock(
    const QCommandLineParser &parser, Context &context, MachineLock &lock, const QString &command)
{
    QString error;
    if (lock.acquire(command, kLockWaitMs, &error))
        return ExitOk;
    printError(context, error);
    log::toFile(log::Level::Warn, QStringLiteral("%1 refused: %2").arg(command, error));
    machineResult(parser, context, applyprotocol::Result::Locked);
    return ExitApplyFailed;
}

/// One line from standard input, read byte by byte so that nothing after it is taken from the pipe (the confirm
/// window reads the next answer with read(2)); false at the end of input.
inline bool readAnswerLine(QString *line)
{
#ifdef Q_OS_UNIX
    QByteArray bytes;
    char c = 0;
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        if (c == '\n') {
            *line = QString::fromLocal8Bit(bytes);
            return true;
        }
        bytes.append(c);
    }
    *line = QString::fromLocal8Bit(bytes);
    return !bytes.isEmpty();
#else
    QTextStream in(stdin);
    *line = in.readLine();
    return !line->isNull();
#endif
}

/// Asks "question [y/N]" on the terminal; true only for y or yes. With @p marker (--answers-on-stdin: a protocol
/// line), the question ends its line and standard error gets @p marker, for a program that answers on stdin.
inline bool askYes(Context &context, const QString &question, const QString &marker = QString())
{
    if (marker.isEmpty())
        context.out << question << QStringLiteral(" [y/N] ") << Qt::flush;
    else
        context.out << question << Qt::endl;
    if (!marker.isEmpty())
        context.err << marker << Qt::endl;
    QString line;
    if (!readAnswerLine(&line))
        return false;
    const QString answer = line.trimmed().toLower();
    return applyprotocol::isYes(answer) || answer == Tr::tr("y") || answer == Tr::tr("yes");
}

/// The test hook: the id of a step that reports a failure right after it ran (see ApplySettings), from the
/// environment variable FW_TEST_FAIL_STEP. Only the test build (firewall-wizard-testhooks, TestHooks.cpp compiled
/// with FW_TEST_HOOKS) reads it; in the installed program it is always empty.
QString testFailStep();

} // namespace fw::cli::applycli
