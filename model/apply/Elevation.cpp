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
