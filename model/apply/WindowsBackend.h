#pragma once

#include "Backend.h"

namespace fw {

/// Applies a plan to the Windows Firewall by running the PowerShell export (New-NetFirewallRule with one -Group per
/// product and role, which replaces its own rules when run again); reverts with Remove-NetFirewallRule -Group. The
/// backup is `netsh advfirewall export`. The commands are built and tested everywhere; they run only on Windows.
class WindowsBackend : public Backend
{
public:
    WindowsBackend() : Backend(BackendId::Windows) { }
    PreparedChange prepareApply(
        Host &host, const FirewallState &state, const Plan &plan, const ApplyContext &context) const override;
    PreparedChange prepareRevert(
        Host &host, const FirewallState &state, const QList<AppliedEntry> &entries) const override;
    PreparedChange prepareRestore(Host &host, const FirewallState &state, const AppliedEntry &entry) const override;
    QString checkEntry(const AppliedEntry &entry) const override;
    QList<AppliedEntry> findUnrecorded(Host &host, const FirewallState &state, QStringList *notes) const override;

    /// The program that runs the scripts.
    static QString powershell() { return QStringLiteral("powershell.exe"); }
    /// powershell.exe's arguments to run the script at @p scriptPath.
    static QStringList runScriptArguments(const QString &scriptPath);
    /// powershell.exe's arguments to remove every rule of @p group.
    static QStringList removeGroupArguments(const QString &group);
    /// powershell.exe's arguments to print how many rules @p group holds.
    static QStringList countGroupArguments(const QString &group);
    /// netsh's arguments to save the whole firewall policy to @p path (.wfw), or to load it from there.
    static QStringList exportPolicyArguments(const QString &path);
    static QStringList importPolicyArguments(const QString &path);
};

} // namespace fw
