# Helpers of the Pester tests (dot-sourced by Export.Tests.ps1, at discovery and at run time).
# The exported scripts are generated with the built program (FW_BINARY) for every built-in selection, the hostile
# catalog and the German and Spanish texts, and run against the NetSecurity stand-in (NetSecurity/, a test double).

Set-StrictMode -Version 3.0

function Invoke-Wizard {
    # Runs firewall-wizard with LC_ALL=C (its output is read here); returns stdout, throws with stderr on failure.
    param([Parameter(Mandatory = $true)] [string[]] $Arguments)
    $old = $env:LC_ALL
    $env:LC_ALL = 'C.UTF-8'
    try {
        $out = & $env:FW_BINARY @Arguments 2>&1
        $code = $LASTEXITCODE
    } finally {
        $env:LC_ALL = $old
    }
    $text = ($out | ForEach-Object { "$_" }) -join "`n"
    if ($code -ne 0) { throw "firewall-wizard $($Arguments -join ' ') exited with $code`: $text" }
    $text
}

function Get-OptionSubsets([string[]] $Options) {
    # Every subset of the options, the empty one first.
    $n = $Options.Count
    for ($mask = 0; $mask -lt [math]::Pow(2, $n); $mask++) {
        , @(for ($i = 0; $i -lt $n; $i++) { if ($mask -band (1 -shl $i)) { $Options[$i] } })
    }
}

function New-ExportCase {
    # Exports the PowerShell script and the plan (JSON) for one selection into $Folder; returns the test case, or
    # $null where the program says that the selection does not exist (an option another role has).
    param([string] $Folder, [string] $Label, [string[]] $Selection)
    $safe = ($Label -replace '[^A-Za-z0-9_.-]', '_')
    $script = Join-Path $Folder "$safe.ps1"
    $planFile = Join-Path $Folder "$safe.json"
    try {
        Invoke-Wizard (@('export') + $Selection + @('--format', 'powershell', '-o', $script)) | Out-Null
    } catch {
        if ("$_" -match 'does not apply') { return }
        throw
    }
    $lang = @('--lang', 'en')
    $i = [array]::IndexOf($Selection, '--lang')
    if ($i -ge 0) { $lang = @() }
    [System.IO.File]::WriteAllText($planFile, (Invoke-Wizard (@('plan') + $Selection + $lang + @('--json'))))
    @{ Label = $Label; ScriptPath = $script; PlanPath = $planFile; Selection = ($Selection -join ' ') }
}

function Get-ExportCases([string] $Folder) {
    # Every built-in product x role x deployment x version x option subset; a client's server once as an address and
    # once as a host name; with every option, once more with every other value set.
    $products = @((ConvertFrom-Json (Invoke-Wizard @('products', '--json'))).products | Where-Object { $_.builtIn })
    if ($products.Count -lt 2) { throw "products --json lists $($products.Count) built-in products" }
    foreach ($p in $products) {
        $deployments = @($p.deployments); if ($deployments.Count -eq 0) { $deployments = @('') }
        $versions = @($p.versions); if ($versions.Count -eq 0) { $versions = @('') }
        $options = @($p.options | ForEach-Object { $_.id })
        foreach ($role in $p.roles) {
            foreach ($d in $deployments) {
                foreach ($v in $versions) {
                    foreach ($subset in Get-OptionSubsets $options) {
                        $sel = @('--product', $p.id, '--role', $role)
                        if ($d) { $sel += @('--deployment', $d) }
                        if ($v) { $sel += @('--version', $v) }
                        foreach ($o in $subset) { $sel += @('--with', $o) }
                        $label = "$($p.id) $role $d $v $($subset -join '+')".Trim() -replace '\s+', ' '
                        if ($role -eq 'client') {
                            New-ExportCase $Folder "$label name" ($sel + @('--set', 'server=lic01.example.com'))
                            $sel += @('--set', 'server=192.0.2.10')
                        }
                        $case = New-ExportCase $Folder $label $sel
                        if (-not $case) { continue }
                        $case
                        if ($subset.Count -ne $options.Count) { continue }
                        # Every other value that this selection takes, set: ports to 27011, hosts to an address.
                        $more = @()
                        foreach ($value in @($p.values | Where-Object { $_.id -ne 'server' -and $_.type -in 'port', 'host' })) {
                            $set = @('--set', "$($value.id)=$(if ($value.type -eq 'port') { '27011' } else { '192.0.2.25' })")
                            try { Invoke-Wizard (@('plan') + $sel + $more + $set) | Out-Null; $more += $set } catch { }
                        }
                        if ($more.Count -gt 0) { New-ExportCase $Folder "$label values" ($sel + $more) }
                    }
                }
            }
        }
    }
}

function Get-ExtraCases([string] $Folder, [string] $HostileCatalog) {
    # The hostile catalog (quotes, backticks, $(), curly quotes, line breaks, %, non-ASCII in every text) and the
    # German and Spanish texts.
    foreach ($lang in 'en', 'de', 'es') {
        foreach ($role in 'server', 'client') {
            $sel = @('--catalog', $HostileCatalog, '--lang', $lang, '--product', 'hostile-app', '--role', $role)
            $sel += if ($role -eq 'server') { @('--with', 'extra') } else { @('--set', 'server=192.0.2.10') }
            New-ExportCase $Folder "hostile $role $lang" $sel
        }
        if ($lang -ne 'en') {
            New-ExportCase $Folder "palisade server 8 online-activation $lang" @('--lang', $lang, '--product', 'palisade',
                '--role', 'server', '--version', '8', '--with', 'online-activation')
            New-ExportCase $Folder "timesensor-legal client 365 $lang" @('--lang', $lang, '--product', 'timesensor-legal',
                '--role', 'client', '--deployment', '365', '--set', 'server=192.0.2.10')
        }
    }
}

# --- Checks on the script's text and syntax tree ---

function Get-ScriptAst([string] $Path) {
    $tokens = $null
    $errors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseFile($Path, [ref] $tokens, [ref] $errors)
    [pscustomobject]@{ Ast = $ast; Tokens = $tokens; Errors = @($errors) }
}

function Get-NewerThan51Syntax($Parsed) {
    # What Windows PowerShell 5.1 cannot parse or run: PowerShell 7's ternary, pipeline chains (&&, ||),
    # null-coalescing (??, ??=), null-conditional member access (?. ?[]), clean blocks and ForEach-Object -Parallel.
    $found = New-Object System.Collections.Generic.List[string]
    $asts = $Parsed.Ast.FindAll({ $true }, $true)
    foreach ($a in $asts) {
        $type = $a.GetType().Name
        if ($type -in 'TernaryExpressionAst', 'PipelineChainAst') { $found.Add("$type at line $($a.Extent.StartLineNumber)") }
        if ($type -eq 'BinaryExpressionAst' -and "$($a.Operator)" -eq 'QuestionQuestion') {
            $found.Add("?? at line $($a.Extent.StartLineNumber)")
        }
        if ($type -eq 'AssignmentStatementAst' -and "$($a.Operator)" -eq 'QuestionQuestionEquals') {
            $found.Add("??= at line $($a.Extent.StartLineNumber)")
        }
        if ($type -in 'MemberExpressionAst', 'InvokeMemberExpressionAst', 'IndexExpressionAst' -and
            $a.PSObject.Properties['NullConditional'] -and $a.NullConditional) {
            $found.Add("null-conditional access at line $($a.Extent.StartLineNumber)")
        }
        if ($type -eq 'ScriptBlockAst' -and $a.PSObject.Properties['CleanBlock'] -and $a.CleanBlock) {
            $found.Add("clean block at line $($a.Extent.StartLineNumber)")
        }
        if ($type -eq 'CommandAst') {
            $name = $a.GetCommandName()
            if ($name -in 'ForEach-Object', '%', 'foreach') {
                foreach ($e in $a.CommandElements) {
                    if ($e -is [System.Management.Automation.Language.CommandParameterAst] -and
                        'Parallel' -like "$($e.ParameterName)*") {
                        $found.Add("ForEach-Object -Parallel at line $($a.Extent.StartLineNumber)")
                    }
                }
            }
        }
    }
    foreach ($t in $Parsed.Tokens) {
        if ("$($t.Kind)" -in 'QuestionQuestion', 'QuestionQuestionEquals', 'AndAnd', 'OrOr', 'QuestionDot',
            'QuestionLBracket') {
            $found.Add("token $($t.Kind) at line $($t.Extent.StartLineNumber)")
        }
    }
    @($found | Select-Object -Unique)
}

function Get-UnknownCommands($Parsed) {
    # Commands that the scripts may call: Windows PowerShell 5.1's own and the NetSecurity module's. Anything else
    # would be a command that a Windows admin's machine may not have.
    $allowed = @('New-NetFirewallRule', 'Get-NetFirewallRule', 'Remove-NetFirewallRule', 'New-Object', 'Test-Path',
        'Get-ChildItem', 'Where-Object', 'Select-Object', 'ForEach-Object', 'Sort-Object', 'Format-Table', 'Write-Host',
        'Out-Null', 'Set-StrictMode', 'Find-Program')
    $names = $Parsed.Ast.FindAll({ param($a) $a -is [System.Management.Automation.Language.CommandAst] }, $true) |
        ForEach-Object { $_.GetCommandName() }
    @($names | Where-Object { $_ -and $_ -notin $allowed } | Select-Object -Unique)
}

function Get-UndoCommand([string] $Path) {
    # The command after "Undo:" (or its translation) in the header: the only header line that names
    # Remove-NetFirewallRule.
    $line = @(Get-Content -LiteralPath $Path -Encoding UTF8 | Where-Object { $_ -match '^#[^:]*:\s+Remove-NetFirewallRule ' })
    if ($line.Count -ne 1) { throw "$Path has $($line.Count) undo lines in its header" }
    $line[0] -replace '^#[^:]*:\s+', ''
}

# --- Running a script here ---

# Windows' identity API ([Security.Principal.WindowsIdentity]::GetCurrent()) does not exist on Linux, and a .NET type
# cannot be replaced from PowerShell. This one line of the admin check is therefore the only text changed in the
# copy that runs here; the check itself (its if and throw) runs as written. Use-ScriptCopy fails if the line is
# missing, so a change of the admin check makes the tests fail instead of passing unnoticed. Whether the stand-in
# principal is an administrator: $global:FwTestElevated (global, because the exported script calls it from its own
# script scope).
$global:FwTestElevated = $true

function Get-StandInPrincipal {
    $p = [pscustomobject]@{ Elevated = $global:FwTestElevated }
    $p | Add-Member -MemberType ScriptMethod -Name IsInRole -Value {
        param($Role)
        if ("$Role" -ne 'Administrator') { throw "unexpected role $Role" }
        $this.Elevated
    }
    $p
}

function Use-ScriptCopy([string] $Path, [string] $Folder) {
    $identityLine = '$principal = New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())'
    $text = [System.IO.File]::ReadAllText($Path)
    $count = ([regex]::Matches($text, [regex]::Escape($identityLine))).Count
    if ($count -ne 1) { throw "the admin check's line occurs $count times in $Path, expected once: $identityLine" }
    $copy = Join-Path $Folder ([System.IO.Path]::GetFileName($Path))
    [System.IO.File]::WriteAllText($copy, $text.Replace($identityLine, '$principal = Get-StandInPrincipal'),
        (New-Object System.Text.UTF8Encoding($true)))
    $copy
}

function New-ProgramFiles([string] $Root, [string[]] $Programs, [string] $Vendor = 'Vendor') {
    # A fake Program Files tree with each program at <root>\<vendor>\bin\<name>; returns name -> path.
    $paths = @{}
    foreach ($p in $Programs) {
        if ($p.Contains('\') -and $p.StartsWith('%')) {
            # A full path from the catalog such as %ProgramFiles%\Vendor\x.exe: the script expands it (here with the
            # fake Program Files) and uses it as it is.
            $expanded = [Environment]::ExpandEnvironmentVariables($p)
            $file = $expanded -replace '\\', '/'
            New-Item -ItemType Directory -Force -Path (Split-Path -Parent $file) | Out-Null
            [System.IO.File]::WriteAllText($file, 'MZ')
            $paths[$p] = $expanded
            continue
        }
        $dir = Join-Path (Join-Path $Root $Vendor) 'bin'
        New-Item -ItemType Directory -Force -Path $dir | Out-Null
        # A catalog program may be a bare name or a Windows path: the file carries its last part.
        $file = Join-Path $dir (($p -split '\\')[-1])
        [System.IO.File]::WriteAllText($file, 'MZ')
        $paths[$p] = $file
    }
    $paths
}

# --- The rules the plan says the script must create ---

function ConvertTo-OneLine([string] $Text) {
    # What the exporter's quoting does to a text: line breaks and control characters become one space.
    $breaks = '[\u0000-\u001F\u007F\u0080-\u009F\u2028\u2029\uFEFF]+'
    (($Text -replace "^$breaks", '') -replace $breaks, ' ').TrimEnd(' ')
}

function Get-ExpectedRules($Plan, [hashtable] $ProgramPaths) {
    foreach ($r in $Plan.rules) {
        $ports = @($r.ports | ForEach-Object { if ($_.from -eq $_.to) { "$($_.from)" } else { "$($_.from)-$($_.to)" } })
        if ($ports.Count -eq 0) { $ports = @('Any') }
        $remote = @('Any')
        if ($r.remote.kind -eq 'lan') { $remote = @('LocalSubnet') }
        if ($r.remote.kind -in 'server', 'hosts' -and @($r.remote.hosts).Count -gt 0) {
            $ip = $null
            $all = @($r.remote.hosts | Where-Object { [System.Net.IPAddress]::TryParse($_, [ref] $ip) })
            if ($all.Count -eq @($r.remote.hosts).Count) {
                $remote = @($r.remote.hosts | ForEach-Object { [System.Net.IPAddress]::Parse($_).ToString() })
            }
        }
        $in = $r.direction -eq 'in'
        [pscustomobject]@{
            Name          = "FirewallWizard-$($Plan.product)-$($Plan.role)-$($r.id)"
            Group         = "Firewall Setup Wizard: $($Plan.product) $($Plan.role)"
            Description   = ConvertTo-OneLine $r.purpose
            Enabled       = 'True'
            Profile       = 'Any'
            Direction     = if ($in) { 'Inbound' } else { 'Outbound' }
            Action        = 'Allow'
            Protocol      = if ($r.protocol -eq 'any') { 'Any' } else { $r.protocol.ToUpperInvariant() }
            LocalPort     = (@(if ($in) { $ports } else { 'Any' }) -join ',')
            RemotePort    = (@(if ($in) { 'Any' } else { $ports }) -join ',')
            LocalAddress  = 'Any'
            RemoteAddress = (@($remote | Sort-Object) -join ',')
            Program       = if ($r.program) { $ProgramPaths[$r.program] } else { 'Any' }
            Service       = 'Any'
            Other         = ''
            DisplayNameEnd = ": $($r.id)"
        }
    }
}

function Get-ActualRules([string] $Group) {
    # The stand-in's rules of one group, in the shape of Get-ExpectedRules.
    foreach ($r in @(Get-StandInFirewallRule | Where-Object { $_.Group -eq $Group })) {
        [pscustomobject]@{
            Name          = $r.Name
            Group         = $r.Group
            Description   = $r.Description
            Enabled       = $r.Enabled
            Profile       = (@($r.Profile) -join ',')
            Direction     = $r.Direction
            Action        = $r.Action
            Protocol      = $r.Protocol
            LocalPort     = (@($r.LocalPort) -join ',')
            RemotePort    = (@($r.RemotePort) -join ',')
            LocalAddress  = (@($r.LocalAddress) -join ',')
            RemoteAddress = (@($r.RemoteAddress | Sort-Object) -join ',')
            Program       = $r.Program
            Service       = $r.Service
            Other         = (@($r.Other.Keys | Sort-Object) -join ',')
            DisplayNameEnd = if ($r.DisplayName -match '(: [^:]+)$') { $Matches[1] } else { $r.DisplayName }
        }
    }
}

function ConvertTo-Table($Rules) {
    # One line per rule, sorted, for comparisons whose failure message shows the difference.
    @($Rules | Sort-Object Name | ForEach-Object {
            $r = $_
            ($r.PSObject.Properties | Sort-Object Name | ForEach-Object { "$($_.Name)=$($_.Value)" }) -join ' | '
        })
}

function Get-ForeignRules {
    # Rules that are not ours, seeded before every run: none of them may change. One has our name prefix but another
    # group, one a similar group name, one a group that a wildcard would catch.
    @(
        @{ Name = 'CoreNet-DHCP-In'; DisplayName = 'Core Networking - DHCP (DHCP-In)'; Group = '@FirewallAPI.dll,-25000';
            Direction = 'Inbound'; Protocol = 'UDP'; LocalPort = '68'; RemotePort = '67'; Program = '%SystemRoot%\system32\svchost.exe' },
        @{ Name = 'Other-App-Out'; DisplayName = 'Other app'; Group = 'Firewall Setup Wizard'; Direction = 'Outbound';
            Protocol = 'TCP'; RemotePort = '443' },
        @{ Name = 'FirewallWizard-foreign'; DisplayName = 'Someone else'; Group = 'Firewall Setup Wizard: palisade server (old)';
            Direction = 'Inbound'; Protocol = 'TCP'; LocalPort = '27000' },
        @{ Name = 'NoGroup-In'; DisplayName = 'No group'; Direction = 'Inbound'; Action = 'Block'; RemoteAddress = 'LocalSubnet' }
    )
}
