#pragma once

#include "Backend.h"

namespace fw {

/// The Windows Firewall back end, and the parts of it that other code uses too.
namespace windows {

/// The back end that applies a plan to the Windows Firewall by running the PowerShell export (New-NetFirewallRule with
/// one -Group per product and role, which replaces its own rules when run again); reverts with Remove-NetFirewallRule
/// -Group. The backup is `netsh advfirewall export`. The commands are built and tested everywhere; they run only on
/// Windows.
const Backend &backend();

/// The program that runs the scripts.
inline QString powershell()
{
    return QStringLiteral("powershell.exe");
}
/// powershell.exe's arguments to run the script at @p scriptPath.
QStringList runScriptArguments(const QString &scriptPath);
/// powershell.exe's arguments to remove every rule of @p group.
QStringList removeGroupArguments(const QString &group);
/// powershell.exe's arguments to print how many rules @p group holds.
QStringList countGroupArguments(const QString &group);
/// netsh's arguments to save the whole firewall policy to @p path (.wfw), or to load it from there.
QStringList exportPolicyArguments(const QString &path);
QStringList importPolicyArguments(const QString &path);

} // namespace windows

} // namespace fw
