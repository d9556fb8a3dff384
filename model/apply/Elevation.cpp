#include "Elevation.h"

#include "export/Quoting.h"

#include <QCoreApplication>

namespace fw::elevation {

QStringList pkexecApply(
    const QString &program, const QString &planFile, BackendId backend, int confirmWithin, const QStringList &extra)
{
    QStringList command {
        QStringLiteral("pkexec"), program, QStringLiteral("apply"), QStringLiteral("--plan-file"), planFile};
    if (backend != BackendId::Invalid)
        command << QStringLiteral("--backend") << backendIdString(backend);
    command << QStringLiteral("--yes") << QStringLiteral("--confirm-within") << QString::number(confirmWithin);
    return command + extra;
}

QStringList pkexecRevert(const QString &program, BackendId backend, const QStringList &extra)
{
    QStringList command {QStringLiteral("pkexec"), program, QStringLiteral("revert")};
    if (backend != BackendId::Invalid)
        command << QStringLiteral("--backend") << backendIdString(backend);
    command << QStringLiteral("--yes");
    return command + extra;
}

QString windowsArgument(const QString &argument)
{
    const bool needsQuotes = argument.isEmpty() || argument.contains(QLatin1Char(' '))
        || argument.contains(QLatin1Char('\t')) || argument.contains(QLatin1Char('"'));
    if (!needsQuotes)
        return argument;
    QString quoted = QStringLiteral("\"");
    int backslashes = 0;
    for (QChar c : argument) {
        if (c == QLatin1Char('\\')) {
            ++backslashes;
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted += QString(backslashes * 2 + 1, QLatin1Char('\\'));
            quoted += c;
        } else {
            quoted += QString(backslashes, QLatin1Char('\\'));
            quoted += c;
        }
        backslashes = 0;
    }
    // Backslashes right before the closing quote would escape it.
    quoted += QString(backslashes * 2, QLatin1Char('\\'));
    quoted += QLatin1Char('"');
    return quoted;
}

ShellExecuteCommand runasPowerShell(const QString &scriptPath)
{
    const QStringList args {QStringLiteral("-NoProfile"), QStringLiteral("-ExecutionPolicy"), QStringLiteral("Bypass"),
        QStringLiteral("-File"), scriptPath};
    QStringList quoted;
    for (const QString &a : args)
        quoted << windowsArgument(a);
    return {QStringLiteral("runas"), QStringLiteral("powershell.exe"), quoted.join(QLatin1Char(' '))};
}

QString explanation(const QStringList &command)
{
    QStringList words;
    for (const QString &w : command)
        words << quoting::shellString(w);
    return QCoreApplication::translate("fw::elevation",
        "Changing the firewall needs administrator rights. The wizard itself keeps "
        "running without them; only this one command runs as administrator, and your "
        "system now asks for the password:\n%1")
        .arg(words.join(QLatin1Char(' ')));
}

} // namespace fw::elevation
