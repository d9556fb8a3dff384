#pragma once

// What apply and revert share on the command line: the back end option, the refusal without root, and the
// confirmation rule (--yes, or a y/N question on a terminal).
#include "Cli.h"
#include "apply/Applier.h"
#include "apply/ApplyTypes.h"
#include "apply/Host.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace fw::cli::applycli {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("fw::cli::ApplyCli", text);
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
        tr("The firewall to use: %1 (default: the one detected).").arg(backendIds().join(QStringLiteral(", "))),
        QStringLiteral("B")});
    parser.addOption(
        {QStringLiteral("dry-run"), tr("Show the detected firewall and the exact changes; change nothing.")});
    parser.addOption({QStringLiteral("yes"), tr("Change the firewall without asking (after reviewing --dry-run).")});
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
        tr("--backend %1: one of %2")
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
            tr("the %1 back end changes only a firewall on its own system; here, review it with "
               "--dry-run or export it")
                .arg(backendIdString(backend)));
    if (!host.isPrivileged())
        return badInput(context,
            tr("needs root: run it with sudo or pkexec (or review it first with --dry-run, which "
               "needs no rights)"));
    if (!parser.isSet(QStringLiteral("yes")) && !stdinIsTerminal())
        return badInput(context,
            tr("nothing is changed without your explicit yes: review the changes with --dry-run, "
               "then run it again with --yes"));
    return ExitOk;
}

/// Asks "question [y/N]" on the terminal; true only for y or yes.
inline bool askYes(Context &context, const QString &question)
{
    context.out << question << QStringLiteral(" [y/N] ") << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == tr("y") || answer == tr("yes");
}

/// The test hook FW_TEST_FAIL_STEP: the id of a step that reports a failure right after it ran (see ApplySettings).
inline QString testFailStep()
{
    return qEnvironmentVariable("FW_TEST_FAIL_STEP");
}

} // namespace fw::cli::applycli
