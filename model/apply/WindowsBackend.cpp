#include "WindowsBackend.h"

#include "StepHelpers.h"
#include "export/ExportText.h"
#include "export/PowerShellExporter.h"
#include "export/Quoting.h"

#include "system/Paths.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QDir>

namespace fw {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::WindowsBackend)
}

const int kTimeoutMs = 300000;

QStringList command(const QString &script)
{
    return {QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"), QStringLiteral("-ExecutionPolicy"),
        QStringLiteral("Bypass"), QStringLiteral("-Command"), script};
}

} // namespace

QStringList windows::runScriptArguments(const QString &scriptPath)
{
    return {QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"), QStringLiteral("-ExecutionPolicy"),
        QStringLiteral("Bypass"), QStringLiteral("-File"), scriptPath};
}

QStringList windows::removeGroupArguments(const QString &group)
{
    return command(
        QStringLiteral("Get-NetFirewallRule -Group %1 -ErrorAction SilentlyContinue | Remove-NetFirewallRule")
            .arg(quoting::powershellString(group)));
}

QStringList windows::countGroupArguments(const QString &group)
{
    return command(QStringLiteral("@(Get-NetFirewallRule -Group %1 -ErrorAction SilentlyContinue).Count")
                       .arg(quoting::powershellString(group)));
}

QStringList windows::exportPolicyArguments(const QString &path)
{
    return {QStringLiteral("advfirewall"), QStringLiteral("export"), QDir::toNativeSeparators(path)};
}

QStringList windows::importPolicyArguments(const QString &path)
{
    return {QStringLiteral("advfirewall"), QStringLiteral("import"), QDir::toNativeSeparators(path)};
}

template<>
PreparedChange BackendOf<BackendId::Windows>::prepareApply(
    Host &host, const FirewallState &state, const Plan &plan, const ApplyContext &context) const
{
    Q_UNUSED(host)
    Q_UNUSED(state)
    PreparedChange change;
    change.backend = id();
    ExportContext exportContext;
    exportContext.language = context.settings.language;
    exportContext.generatedAt = context.now;
    const ExportResult script = PowerShellExporter().render(plan, exportContext);
    if (!script.ok()) {
        for (const ExportProblem &p : script.problems)
            change.problems << p.what;
        return change;
    }
    const QString group = exportGroupName(plan);
    const QString folder = context.settings.stateDir.isEmpty() ? paths::stateDir() : context.settings.stateDir;
    const QString scriptPath = folder + QStringLiteral("/scripts/") + exportBaseName(plan) + QStringLiteral(".ps1");
    const QString backup = context.backupPath + QStringLiteral(".wfw");
    change.entry.backupPath = backup;
    Step save = steps::command(QStringLiteral("backup"), Tr::tr("Save the whole firewall policy to %1").arg(backup),
        QStringLiteral("netsh"), windows::exportPolicyArguments(backup));
    // The record keeps the saved policy's checksum, so that only this file is ever loaded back.
    save.run = [run = save.run, backup, digest = context.backupDigest](Host &h, QString *error) {
        QByteArray saved;
        if (!run(h, error))
            return false;
        if (!h.readFile(backup, &saved) || saved.isEmpty()) {
            *error = Tr::tr("the backup %1 was not written").arg(backup);
            return false;
        }
        *digest = steps::sha256(saved);
        return true;
    };
    change.steps << save;
    Step write = steps::writeFile(
        QStringLiteral("script"), Tr::tr("Write the PowerShell script %1").arg(scriptPath), scriptPath, script.data);
    write.preview = Tr::tr("write the PowerShell export to %1").arg(scriptPath);
    change.steps << write;
    // The script replaces its group's rules by itself; undoing it exactly means the policy as saved just before.
    change.steps << steps::command(QStringLiteral("script-run"),
        Tr::tr("Run the script: it replaces the rules of the group \"%1\"").arg(group), windows::powershell(),
        windows::runScriptArguments(scriptPath), QStringLiteral("netsh"), windows::importPolicyArguments(backup),
        kTimeoutMs);
    // The script creates one rule per plan rule, program rules included.
    const int expected = int(plan.rules.size());
    Step verify;
    verify.id = QStringLiteral("verify");
    verify.description = Tr::tr("Count the rules of the group \"%1\"").arg(group);
    verify.preview = steps::commandLine(windows::powershell(), windows::countGroupArguments(group));
    verify.run = [group, expected](Host &h, QString *error) {
        const RunResult r = h.run(windows::powershell(), windows::countGroupArguments(group), {}, kTimeoutMs);
        if (!r.ok() || r.out.trimmed().toInt() != expected) {
            *error = Tr::tr("the group \"%1\" holds %2 rules, expected %3")
                         .arg(group, QString::fromUtf8(r.out.trimmed()))
                         .arg(expected);
            return false;
        }
        return true;
    };
    change.steps << verify;
    QJsonObject objects;
    objects.insert(QStringLiteral("group"), group);
    objects.insert(QStringLiteral("script"), scriptPath);
    change.entry.objects = objects;
    return change;
}

template<>
PreparedChange BackendOf<BackendId::Windows>::prepareRevert(
    Host &host, const FirewallState &state, const QList<AppliedEntry> &entries) const
{
    Q_UNUSED(host)
    Q_UNUSED(state)
    PreparedChange change;
    change.backend = id();
    for (const AppliedEntry &e : entries) {
        const QString group = e.objects.value(QStringLiteral("group")).toString();
        const QString script = e.objects.value(QStringLiteral("script")).toString();
        change.steps << steps::command(QStringLiteral("remove-group"),
            Tr::tr("Remove every rule of the group \"%1\"").arg(group), windows::powershell(),
            windows::removeGroupArguments(group), script.isEmpty() ? QString() : windows::powershell(),
            windows::runScriptArguments(script), kTimeoutMs);
        change.revertedTargets << e.product + QLatin1Char('/') + e.role;
    }
    return change;
}

template<>
PreparedChange BackendOf<BackendId::Windows>::prepareRestore(
    Host &host, const FirewallState &state, const AppliedEntry &entry) const
{
    Q_UNUSED(state)
    // The backup's bytes are checked here; netsh loads it from its file.
    return steps::restoreBackup(host, id(), entry, [&entry](const QByteArray &) {
        return steps::command(QStringLiteral("restore"),
            Tr::tr("Load the saved firewall policy %1").arg(entry.backupPath), QStringLiteral("netsh"),
            windows::importPolicyArguments(entry.backupPath));
    });
}

template<>
QString BackendOf<BackendId::Windows>::checkEntry(const AppliedEntry &entry) const
{
    const QString group = entry.objects.value(QStringLiteral("group")).toString();
    const QString script = entry.objects.value(QStringLiteral("script")).toString();
    if (!group.isEmpty() && group != QStringLiteral("Firewall Setup Wizard: %1 %2").arg(entry.product, entry.role))
        return Tr::tr("the rule group \"%1\" is not this program's").arg(group);
    if (!script.isEmpty()
        && !script.endsWith(QStringLiteral("/scripts/fwwizard-%1-%2.ps1").arg(entry.product, entry.role)))
        return Tr::tr("the script %1 is not this program's").arg(script);
    return QString();
}

template<>
QList<AppliedEntry> BackendOf<BackendId::Windows>::findUnrecorded(
    Host &host, const FirewallState &state, QStringList *notes) const
{
    Q_UNUSED(host)
    Q_UNUSED(state)
    Q_UNUSED(notes)
    // Windows Firewall runs the Windows build only, which is not tested here: revert relies on the record there.
    return {};
}

const Backend &windows::backend()
{
    static const BackendOf<BackendId::Windows> backend;
    return backend;
}

} // namespace fw
