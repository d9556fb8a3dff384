# TEST DOUBLE. This is not Microsoft's NetSecurity module: it is a stand-in for it, for tests on machines without
# Windows (see NetSecurity.psm1). Nothing outside tests/powershell may load or depend on it.
@{
    RootModule        = 'NetSecurity.psm1'
    ModuleVersion     = '2.0.0'
    GUID              = '6d1f6b52-64d0-4c55-9d53-3f0f5cbb6f9e'
    Description       = 'Test double of the Windows NetSecurity module (firewall rules in memory), for the Pester tests of Firewall Setup Wizard'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('New-NetFirewallRule', 'Get-NetFirewallRule', 'Remove-NetFirewallRule',
                          'Reset-StandInFirewall', 'Get-StandInFirewallRule')
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
}
