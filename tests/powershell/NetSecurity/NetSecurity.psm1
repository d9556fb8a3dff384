# TEST DOUBLE of Windows' NetSecurity module (New-, Get-, Remove-NetFirewallRule), for the Pester tests in
# tests/powershell. The real module is a CDXML module that ships with Windows and talks to the Windows Firewall through
# CIM; neither exists on Linux, so the exported scripts run here against this stand-in, which holds the rules in
# memory (and, where $env:FW_STANDIN_FIREWALL_STATE names a file, in that JSON file, so that several pwsh processes
# share one firewall). Nothing outside tests/powershell may load or depend on it; production code never does.
#
# Faithful where the exported scripts could go wrong: the parameter names, types, aliases, parameter sets, accepted
# values, mandatory flags and defaults are those of Microsoft's reference pages:
#   New-NetFirewallRule     https://learn.microsoft.com/powershell/module/netsecurity/new-netfirewallrule
#   Get-NetFirewallRule     https://learn.microsoft.com/powershell/module/netsecurity/get-netfirewallrule
#   Remove-NetFirewallRule  https://learn.microsoft.com/powershell/module/netsecurity/remove-netfirewallrule
# (MicrosoftDocs/windows-powershell-docs, docset/winserver2025-ps/netsecurity/*.md). Like the real CDXML functions
# these are advanced functions in a script module, so the caller's $WhatIfPreference and $ErrorActionPreference do
# NOT reach them (a script must pass -WhatIf / -ErrorAction itself); errors are non-terminating, as CIM's are.
# Known differences: the rule objects are PSCustomObjects, not CimInstances (CIM is not available on Linux), so
# -InputObject takes [psobject[]]; the filter cmdlets (Get-NetFirewallPortFilter, ...) and -PolicyStore/-CimSession
# are not modelled. The exported scripts call none of them.

Set-StrictMode -Version 3.0

$script:Rules = @()

$script:AddressKeywords = @('Any', 'LocalSubnet', 'DNS', 'DHCP', 'WINS', 'DefaultGateway', 'Internet', 'Intranet',
    'IntranetRemoteAccess', 'PlayToDevice')
$script:PortKeywords = @('Any', 'RPC', 'RPCEPMap', 'RPC-EPMap', 'Teredo', 'IPHTTPS', 'IPHTTPSIn', 'IPHTTPSOut',
    'PlayToDiscovery', 'mDNS')
$script:RuleKeys = @('Name', 'DisplayName', 'Description', 'Group', 'Enabled', 'Profile', 'Direction', 'Action',
    'Protocol', 'LocalPort', 'RemotePort', 'LocalAddress', 'RemoteAddress', 'Program', 'Service', 'Other')

function Read-State {
    if (-not $env:FW_STANDIN_FIREWALL_STATE) { return }
    $script:Rules = @()
    if (-not (Test-Path -LiteralPath $env:FW_STANDIN_FIREWALL_STATE)) { return }
    $text = [System.IO.File]::ReadAllText($env:FW_STANDIN_FIREWALL_STATE)
    if (-not $text.Trim()) { return }
    foreach ($r in @(ConvertFrom-Json -InputObject $text)) {
        $rule = [ordered]@{}
        foreach ($k in $script:RuleKeys) {
            $v = $r.$k
            if ($k -in 'Profile', 'LocalPort', 'RemotePort', 'LocalAddress', 'RemoteAddress') { $v = @($v) }
            if ($k -eq 'Other') {
                $h = @{}
                if ($v) { foreach ($p in $v.PSObject.Properties) { $h[$p.Name] = $p.Value } }
                $v = $h
            }
            $rule[$k] = $v
        }
        $script:Rules += @($rule)
    }
}

function Save-State {
    if (-not $env:FW_STANDIN_FIREWALL_STATE) { return }
    $json = ConvertTo-Json -InputObject @($script:Rules) -Depth 6
    [System.IO.File]::WriteAllText($env:FW_STANDIN_FIREWALL_STATE, $json)
}

function ConvertTo-RuleObject($Rule) {
    # What Get-NetFirewallRule prints: the rule's own properties. The conditions (ports, addresses, program) are
    # separate filter objects in Windows (Get-NetFirewallPortFilter, ...), so they are not on this object either.
    $o = [pscustomobject]@{
        Name              = $Rule.Name
        ID                = $Rule.Name
        DisplayName       = $Rule.DisplayName
        Description       = $Rule.Description
        Group             = $Rule.Group
        DisplayGroup      = $Rule.Group
        Enabled           = $Rule.Enabled
        Profile           = ($Rule.Profile -join ', ')
        Direction         = $Rule.Direction
        Action            = $Rule.Action
        PrimaryStatus     = 'OK'
        PolicyStoreSource = 'PersistentStore'
    }
    $o.PSObject.TypeNames.Insert(0, 'Microsoft.Management.Infrastructure.CimInstance#root/StandardCimv2/MSFT_NetFirewallRule')
    $o
}

function Test-WildcardMatch([string] $Value, [string[]] $Patterns) {
    foreach ($p in $Patterns) {
        if ([System.Management.Automation.WildcardPattern]::new($p, 'IgnoreCase').IsMatch([string] $Value)) { return $true }
    }
    return $false
}

function Select-Rule([hashtable] $Bound) {
    # The query parameters of Get- and Remove-NetFirewallRule: every given one must match (wildcards where the
    # reference page says "Wildcard characters are accepted"). A value that matches no rule and has no wildcard is
    # an ObjectNotFound error, as with CDXML's query parameters.
    $matching = @($script:Rules)
    foreach ($key in 'Name', 'DisplayName', 'Description', 'Group', 'DisplayGroup', 'Direction', 'Enabled', 'Action') {
        if (-not $Bound.ContainsKey($key)) { continue }
        $property = if ($key -eq 'DisplayGroup') { 'Group' } else { $key }
        $values = @($Bound[$key] | ForEach-Object { [string] $_ })
        foreach ($v in $values) {
            $hit = @($matching | Where-Object { Test-WildcardMatch $_.$property @($v) })
            if ($hit.Count -eq 0 -and -not [System.Management.Automation.WildcardPattern]::ContainsWildcardCharacters($v)) {
                $cimProperty = @{ Name = 'InstanceID'; Group = 'RuleGroup' }[$key]
                if (-not $cimProperty) { $cimProperty = $key }
                Write-Error -Category ObjectNotFound -TargetObject $v -Message ("No MSFT_NetFirewallRule objects found " +
                    "with property '$cimProperty' equal to '$v'.  Verify the value of the property and retry.")
            }
        }
        $matching = @($matching | Where-Object { Test-WildcardMatch $_.$property $values })
    }
    $matching
}

function Test-PortValue([string] $Value) {
    if ($Value -match '^\d+$') { return [int64] $Value -le 65535 }
    if ($Value -match '^(\d+)-(\d+)$') { return [int64] $Matches[1] -le [int64] $Matches[2] -and [int64] $Matches[2] -le 65535 }
    return $Value -in $script:PortKeywords
}

function Test-AddressValue([string] $Value) {
    $keyword = $Value -replace '[46]$', ''
    if ($keyword -in $script:AddressKeywords) { return $true }
    $ip = $null
    $parts = $Value -split '-'
    if ($parts.Count -eq 2) {
        return [System.Net.IPAddress]::TryParse($parts[0], [ref] $ip) -and [System.Net.IPAddress]::TryParse($parts[1], [ref] $ip)
    }
    $net = $Value -split '/'
    if ($net.Count -gt 2 -or -not [System.Net.IPAddress]::TryParse($net[0], [ref] $ip)) { return $false }
    if ($net.Count -eq 1) { return $true }
    $max = if ($ip.AddressFamily -eq 'InterNetworkV6') { 128 } else { 32 }
    if ($net[1] -match '^\d+$') { return [int] $net[1] -le $max }
    $mask = $null
    return $max -eq 32 -and [System.Net.IPAddress]::TryParse($net[1], [ref] $mask)
}

function New-NetFirewallRule {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [string] $PolicyStore,
        [string] $GPOSession,
        [Alias('ID')] [string] $Name,
        [Parameter(Mandatory = $true)] [string] $DisplayName,
        [string] $Description,
        [string] $Group,
        [ValidateSet('True', 'False')] [string] $Enabled = 'True',
        [ValidateSet('Any', 'Domain', 'Private', 'Public', 'NotApplicable')] [string[]] $Profile = @('Any'),
        [string[]] $Platform,
        [ValidateSet('Inbound', 'Outbound')] [string] $Direction = 'Inbound',
        [ValidateSet('NotConfigured', 'Allow', 'Block')] [string] $Action = 'Allow',
        [ValidateSet('Block', 'Allow', 'DeferToUser', 'DeferToApp')] [string] $EdgeTraversalPolicy,
        [Alias('LSM')] [bool] $LooseSourceMapping,
        [bool] $LocalOnlyMapping,
        [string] $Owner,
        [string[]] $LocalAddress,
        [string[]] $RemoteAddress,
        [string] $Protocol,
        [string[]] $LocalPort,
        [string[]] $RemotePort,
        [string[]] $IcmpType,
        [Alias('DynamicTransport')]
        [ValidateSet('Any', 'ProximityApps', 'ProximitySharing', 'WifiDirectPrinting', 'WifiDirectDisplay', 'WifiDirectDevices')]
        [string] $DynamicTarget,
        [string] $Program,
        [string] $Package,
        [string] $Service,
        [string[]] $InterfaceAlias,
        [ValidateSet('Any', 'Wired', 'Wireless', 'RemoteAccess')] [string] $InterfaceType,
        [string] $LocalUser,
        [string] $RemoteUser,
        [string] $RemoteMachine,
        [ValidateSet('NotRequired', 'Required', 'NoEncap')] [string] $Authentication,
        [ValidateSet('NotRequired', 'Required', 'Dynamic')] [string] $Encryption,
        [bool] $OverrideBlockRules,
        [string[]] $RemoteDynamicKeywordAddresses,
        [Alias('Session')] [object[]] $CimSession,
        [int] $ThrottleLimit,
        [switch] $AsJob
    )
    $other = @{}
    $modelled = $script:RuleKeys + @('WhatIf', 'Confirm', 'Verbose', 'Debug', 'ErrorAction', 'WarningAction',
        'InformationAction', 'ErrorVariable', 'WarningVariable', 'InformationVariable', 'OutVariable', 'OutBuffer',
        'PipelineVariable', 'ProgressAction')
    foreach ($k in $PSBoundParameters.Keys) { if ($k -notin $modelled) { $other[$k] = $PSBoundParameters[$k] } }
    $rule = [ordered]@{
        Name          = $Name
        DisplayName   = $DisplayName
        Description   = $Description
        Group         = $Group
        Enabled       = $Enabled
        Profile       = @($Profile)
        Direction     = $Direction
        Action        = $Action
        Protocol      = if ($Protocol) { $Protocol } else { 'Any' }
        LocalPort     = if ($LocalPort) { @($LocalPort) } else { @('Any') }
        RemotePort    = if ($RemotePort) { @($RemotePort) } else { @('Any') }
        LocalAddress  = if ($LocalAddress) { @($LocalAddress) } else { @('Any') }
        RemoteAddress = if ($RemoteAddress) { @($RemoteAddress) } else { @('Any') }
        Program       = if ($Program) { $Program } else { 'Any' }
        Service       = if ($Service) { $Service } else { 'Any' }
        Other         = $other
    }
    if (-not $Name) { $Name = '{' + [guid]::NewGuid().ToString() + '}'; $rule.Name = $Name }
    if ($PSCmdlet.ShouldProcess("Name: $Name DisplayName: $DisplayName", 'Create')) {
        # The checks of the firewall service (CIM): they happen only when the rule is created, not with -WhatIf.
        Read-State
        # Protocol: a number 0-255 or TCP, UDP, ICMPv4, ICMPv6 (Any is the default).
        if ($PSBoundParameters.ContainsKey('Protocol')) {
            $known = $Protocol -in 'TCP', 'UDP', 'ICMPv4', 'ICMPv6', 'Any'
            if (-not $known -and -not ($Protocol -match '^\d+$' -and [int] $Protocol -le 255)) {
                Write-Error -Category InvalidArgument -TargetObject $Protocol -Message "The protocol '$Protocol' is not valid: a number 0-255, or TCP, UDP, ICMPv4, ICMPv6."
                return
            }
        }
        foreach ($p in @($LocalPort) + @($RemotePort) | Where-Object { $_ }) {
            if (-not (Test-PortValue $p)) {
                Write-Error -Category InvalidArgument -TargetObject $p -Message "The port '$p' is not valid: a port 0-65535, a range such as 5000-5010, or a keyword."
                return
            }
            # "If a port number is identified by using numeric values (80, 443, 8080, etc.), then this parameter must
            # be set to TCP or UDP."
            if ($p -match '^\d' -and $Protocol -notin 'TCP', 'UDP', '6', '17') {
                Write-Error -Category InvalidArgument -TargetObject $p -Message "The port '$p' needs -Protocol TCP or UDP."
                return
            }
        }
        foreach ($a in @($LocalAddress) + @($RemoteAddress) | Where-Object { $_ }) {
            if (-not (Test-AddressValue $a)) {
                Write-Error -Category InvalidArgument -TargetObject $a -Message "The address '$a' is not valid: an IPv4 or IPv6 address, subnet, range, or a keyword (host names are not allowed)."
                return
            }
        }
        if (@($script:Rules | Where-Object { $_.Name -eq $Name }).Count -gt 0) {
            # What Windows answers when a rule of that name already exists.
            Write-Error -Category ResourceExists -TargetObject $Name -Message 'Cannot create a file when that file already exists.'
            return
        }
        $script:Rules += @($rule)
        Save-State
        ConvertTo-RuleObject $rule
    }
}

# Get- and Remove-NetFirewallRule choose rules by the same parameter sets (GetAll, ByName, ByDisplayName, ByQuery), and
# both take the CIM session parameters of every CDXML function, as their reference pages give them. Those parameters
# are written once here; each function below is defined from its text with <RuleQueryParameters> and <CimParameters>
# put into its param() block.
$script:SharedParameters = @{
    RuleQueryParameters = @'
        [Parameter(ParameterSetName = 'GetAll')] [switch] $All,
        [Parameter(ParameterSetName = 'ByName', Mandatory = $true, Position = 0)] [Alias('ID')] [string[]] $Name,
        [Parameter(ParameterSetName = 'ByDisplayName', Mandatory = $true)] [string[]] $DisplayName,
        [Parameter(ParameterSetName = 'ByQuery')] [string[]] $Description,
        [Parameter(ParameterSetName = 'ByQuery')] [string[]] $DisplayGroup,
        [Parameter(ParameterSetName = 'ByQuery')] [string[]] $Group,
        [Parameter(ParameterSetName = 'ByQuery')] [ValidateSet('True', 'False')] [string[]] $Enabled,
        [Parameter(ParameterSetName = 'ByQuery')] [ValidateSet('Inbound', 'Outbound')] [string[]] $Direction,
        [Parameter(ParameterSetName = 'ByQuery')] [ValidateSet('NotConfigured', 'Allow', 'Block')] [string[]] $Action,
'@
    CimParameters       = @'
        [string] $PolicyStore,
        [switch] $TracePolicyStore,
        [Alias('Session')] [object[]] $CimSession,
        [int] $ThrottleLimit,
        [switch] $AsJob
'@
}

$ruleFunctions = @(
    @'
function Get-NetFirewallRule {
    [CmdletBinding(DefaultParameterSetName = 'GetAll')]
    param(
<RuleQueryParameters>
<CimParameters>
    )
    Read-State
    foreach ($r in @(Select-Rule $PSBoundParameters)) { ConvertTo-RuleObject $r }
}
'@
    @'
function Remove-NetFirewallRule {
    [CmdletBinding(DefaultParameterSetName = 'GetAll', SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
<RuleQueryParameters>
        [Parameter(ParameterSetName = 'InputObject (cdxml)', Mandatory = $true, ValueFromPipeline = $true)]
        [psobject[]] $InputObject,
<CimParameters>,
        [switch] $PassThru
    )
    process {
        Read-State
        if ($PSCmdlet.ParameterSetName -eq 'InputObject (cdxml)') {
            $names = @($InputObject | ForEach-Object { $_.Name })
            $targets = @($script:Rules | Where-Object { $_.Name -in $names })
        } else {
            # Without any parameter this is the GetAll set: every rule (Microsoft's example 1).
            $targets = @(Select-Rule $PSBoundParameters)
        }
        foreach ($r in $targets) {
            if ($PSCmdlet.ShouldProcess("Name: $($r.Name) DisplayName: $($r.DisplayName)", 'Delete')) {
                $script:Rules = @($script:Rules | Where-Object { $_.Name -ne $r.Name })
                if ($PassThru) { ConvertTo-RuleObject $r }
            }
        }
        Save-State
    }
}
'@
)
foreach ($definition in $ruleFunctions) {
    foreach ($placeholder in $script:SharedParameters.Keys) {
        $definition = $definition.Replace("<$placeholder>", $script:SharedParameters[$placeholder])
    }
    . ([scriptblock]::Create($definition))
}
Remove-Variable ruleFunctions, definition, placeholder

# --- Test-only helpers: not part of NetSecurity. ---

<#
.SYNOPSIS
Test only: empties the stand-in firewall, then adds -Rule (hashtables as New-NetFirewallRule's parameters).
#>
function Reset-StandInFirewall {
    [CmdletBinding()]
    param([hashtable[]] $Rule = @())
    $script:Rules = @()
    Save-State
    foreach ($r in $Rule) { New-NetFirewallRule @r -ErrorAction Stop | Out-Null }
}

<#
.SYNOPSIS
Test only: every stored rule with all its conditions (ports, addresses, program), sorted by name.
#>
function Get-StandInFirewallRule {
    [CmdletBinding()]
    param()
    Read-State
    foreach ($r in @($script:Rules | Sort-Object { $_.Name })) { [pscustomobject] $r }
}
