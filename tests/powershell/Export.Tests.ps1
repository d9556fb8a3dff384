# Pester tests of the PowerShell export (model/export/PowerShellExporter.cpp): every script the program writes for the
# built-in catalog (every product, role, deployment, version and option combination), for the hostile catalog and in
# German and Spanish is parsed as Windows PowerShell 5.1 must parse it and run under pwsh against the NetSecurity
# stand-in (NetSecurity/, a test double of Windows' module). Run by run-pester (ctest: pester_export).

BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'Support.ps1')
    $script:work = Join-Path ([System.IO.Path]::GetTempPath()) "fwwizard-pester-$PID"
    New-Item -ItemType Directory -Force -Path (Join-Path $script:work 'scripts') | Out-Null
    $folder = Join-Path $script:work 'scripts'
    $cases = @(Get-ExportCases $folder | Where-Object { $_ })
    $extra = @(Get-ExtraCases $folder (Join-Path $env:FW_SOURCE_DIR 'tests/export/data/hostile'))
    $script:allCases = @($cases + $extra)
    # The program search, for the selections whose programs the script looks for (bare names, not full paths).
    $script:withPrograms = @($script:allCases | Where-Object {
            $named = @((Get-Content -Raw -LiteralPath $_.PlanPath | ConvertFrom-Json).rules | Where-Object { $_.program })
            $named.Count -gt 0 -and @($named | Where-Object { $_.program.Contains('\') }).Count -eq 0 })
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'Support.ps1')
    Import-Module (Join-Path $PSScriptRoot 'NetSecurity') -Force
    $script:root = Join-Path ([System.IO.Path]::GetTempPath()) "fwwizard-pester-run-$PID"
    $script:savedEnv = @{ ProgramFiles = $env:ProgramFiles; 'ProgramFiles(x86)' = ${env:ProgramFiles(x86)};
        ProgramW6432 = $env:ProgramW6432 }

    function Initialize-Case($Case) {
        # A fresh temp folder with Program Files trees holding every program of the plan, the copy of the script
        # that runs here, and the stand-in firewall seeded with foreign rules.
        $dir = Join-Path $script:root ([guid]::NewGuid().ToString('n'))
        $pf = Join-Path $dir 'Program Files'
        $pf86 = Join-Path $dir 'Program Files (x86)'
        New-Item -ItemType Directory -Force -Path $pf, $pf86 | Out-Null
        $env:ProgramFiles = $pf
        ${env:ProgramFiles(x86)} = $pf86
        $env:ProgramW6432 = $null
        $plan = Get-Content -Raw -Encoding UTF8 -LiteralPath $Case.PlanPath | ConvertFrom-Json
        $programs = @($plan.rules | Where-Object { $_.program } | ForEach-Object { $_.program } | Select-Object -Unique)
        $paths = New-ProgramFiles $pf86 $programs
        $global:FwTestElevated = $true
        Reset-StandInFirewall -Rule (Get-ForeignRules)
        [pscustomobject]@{
            Dir      = $dir
            Pf       = $pf
            Pf86     = $pf86
            Plan     = $plan
            Programs = $programs
            Paths    = $paths
            Script   = Use-ScriptCopy $Case.ScriptPath $dir
            Group    = "Firewall Setup Wizard: $($plan.product) $($plan.role)"
        }
    }

    function Get-ForeignTable {
        $group = $null
        ConvertTo-Table (Get-StandInFirewallRule | Where-Object { $_.Name -notlike 'FirewallWizard-*-*-*' -or
                $_.Name -eq 'FirewallWizard-foreign' } | ForEach-Object { $_.Name + ' ' + $_.Group })
    }
}

AfterAll {
    foreach ($k in $script:savedEnv.Keys) { [Environment]::SetEnvironmentVariable($k, $script:savedEnv[$k]) }
    Remove-Item -Recurse -Force -LiteralPath $script:root -ErrorAction SilentlyContinue
    Remove-Item -Recurse -Force -LiteralPath (Join-Path ([System.IO.Path]::GetTempPath()) "fwwizard-pester-$PID") -ErrorAction SilentlyContinue
}

Describe 'The selections' {
    It 'cover both built-in products, both roles, every version and deployment' -TestCases @(
        @{ Labels = @($allCases | ForEach-Object { $_.Label }) }) {
        $labels = $Labels
        $labels | Should -Contain 'palisade server 6'
        $labels | Should -Contain 'palisade client 8'
        $labels | Should -Contain 'timesensor-legal server classic'
        $labels | Should -Contain 'timesensor-legal client 365 name'
        $labels.Count | Should -BeGreaterThan 20
    }
}

Describe 'PowerShell export <Label>' -ForEach $allCases {
    It 'is UTF-8 with a byte order mark, which Windows PowerShell 5.1 needs to read non-ASCII text' {
        $bytes = [System.IO.File]::ReadAllBytes($ScriptPath)
        $bytes[0..2] | Should -Be @(0xEF, 0xBB, 0xBF)
        { (New-Object System.Text.UTF8Encoding($false, $true)).GetString($bytes) } | Should -Not -Throw
    }

    It 'parses without errors' {
        $parsed = Get-ScriptAst $ScriptPath
        ($parsed.Errors | ForEach-Object { "line $($_.Extent.StartLineNumber): $($_.Message)" }) | Should -BeNullOrEmpty
    }

    It 'uses nothing that Windows PowerShell 5.1 lacks' {
        Get-NewerThan51Syntax (Get-ScriptAst $ScriptPath) | Should -BeNullOrEmpty
        Get-UnknownCommands (Get-ScriptAst $ScriptPath) | Should -BeNullOrEmpty
    }

    It 'creates exactly the rules of the plan, and nothing else changes' {
        $c = Initialize-Case @{ ScriptPath = $ScriptPath; PlanPath = $PlanPath }
        $foreign = Get-ForeignTable
        & $c.Script 6>$null | Out-Null
        ConvertTo-Table (Get-ActualRules $c.Group) | Should -Be (ConvertTo-Table (Get-ExpectedRules $c.Plan $c.Paths))
        @(Get-ActualRules $c.Group).Count | Should -Be @($c.Plan.rules).Count
        Get-ForeignTable | Should -Be $foreign
    }

    It 'changes nothing when run a second time' {
        $c = Initialize-Case @{ ScriptPath = $ScriptPath; PlanPath = $PlanPath }
        & $c.Script 6>$null | Out-Null
        $first = ConvertTo-Table (Get-StandInFirewallRule)
        & $c.Script 6>$null | Out-Null
        ConvertTo-Table (Get-StandInFirewallRule) | Should -Be $first
    }

    It 'is undone by the command in its header, which removes its group and nothing else' {
        $c = Initialize-Case @{ ScriptPath = $ScriptPath; PlanPath = $PlanPath }
        $before = ConvertTo-Table (Get-StandInFirewallRule)
        & $c.Script 6>$null | Out-Null
        $undo = Get-UndoCommand $ScriptPath
        $undo | Should -Be ("Remove-NetFirewallRule -Group '" + $c.Group.Replace("'", "''") + "'")
        Invoke-Expression $undo
        ConvertTo-Table (Get-StandInFirewallRule) | Should -Be $before
    }

    It 'changes nothing with -WhatIf' {
        $c = Initialize-Case @{ ScriptPath = $ScriptPath; PlanPath = $PlanPath }
        & $c.Script 6>$null | Out-Null
        Reset-StandInFirewall -Rule (Get-ForeignRules)
        $before = ConvertTo-Table (Get-StandInFirewallRule)
        & $c.Script -WhatIf 6>$null | Out-Null
        ConvertTo-Table (Get-StandInFirewallRule) | Should -Be $before
        # ... also where an earlier run's rules are there to be replaced.
        & $c.Script 6>$null | Out-Null
        $applied = ConvertTo-Table (Get-StandInFirewallRule)
        & $c.Script -WhatIf 6>$null | Out-Null
        ConvertTo-Table (Get-StandInFirewallRule) | Should -Be $applied
    }

    It 'refuses without administrator rights and changes nothing' {
        $c = Initialize-Case @{ ScriptPath = $ScriptPath; PlanPath = $PlanPath }
        $before = ConvertTo-Table (Get-StandInFirewallRule)
        $global:FwTestElevated = $false
        # The message is in the export's language; the English one is checked word for word.
        $message = if ($Label -match ' (de|es)$') { '*' } else { '*must run as administrator*' }
        { & $c.Script 6>$null | Out-Null } | Should -Throw $message
        ConvertTo-Table (Get-StandInFirewallRule) | Should -Be $before
        # -WhatIf needs no rights.
        { & $c.Script -WhatIf 6>$null | Out-Null } | Should -Not -Throw
    }
}

Describe 'Program search of <Label>' -ForEach $withPrograms {
    It 'stops before any change when a program is missing, naming it and where it looked' {
        $c = Initialize-Case @{ ScriptPath = $ScriptPath; PlanPath = $PlanPath }
        $missing = $c.Programs[-1]
        Remove-Item -LiteralPath $c.Paths[$missing]
        $before = ConvertTo-Table (Get-StandInFirewallRule)
        { & $c.Script 6>$null | Out-Null } | Should -Throw ("*$([WildcardPattern]::Escape($missing))*$([WildcardPattern]::Escape($c.Pf86))*")
        ConvertTo-Table (Get-StandInFirewallRule) | Should -Be $before
    }

    It 'finds a program in Program Files (64-bit) as well' {
        $c = Initialize-Case @{ ScriptPath = $ScriptPath; PlanPath = $PlanPath }
        Remove-Item -Recurse -LiteralPath (Join-Path $c.Pf86 'Vendor')
        $paths = New-ProgramFiles $c.Pf $c.Programs 'Other Vendor'
        & $c.Script 6>$null | Out-Null
        ConvertTo-Table (Get-ActualRules $c.Group) | Should -Be (ConvertTo-Table (Get-ExpectedRules $c.Plan $paths))
    }

    It 'stops when a program is installed twice, naming both copies, and changes nothing' {
        $c = Initialize-Case @{ ScriptPath = $ScriptPath; PlanPath = $PlanPath }
        $twice = $c.Programs[0]
        $second = (New-ProgramFiles $c.Pf @($twice) 'Vendor 2')[$twice]
        $before = ConvertTo-Table (Get-StandInFirewallRule)
        $message = $null
        try { & $c.Script 6>$null | Out-Null } catch { $message = "$_" }
        $message | Should -BeLike "*$([WildcardPattern]::Escape($c.Paths[$twice]))*"
        $message | Should -BeLike "*$([WildcardPattern]::Escape($second))*"
        ConvertTo-Table (Get-StandInFirewallRule) | Should -Be $before
        # The admin picks one with -ProgramPath.
        & $c.Script -ProgramPath @{ $twice = $second } 6>$null | Out-Null
        $paths = $c.Paths.Clone()
        $paths[$twice] = $second
        ConvertTo-Table (Get-ActualRules $c.Group) | Should -Be (ConvertTo-Table (Get-ExpectedRules $c.Plan $paths))
    }

    It 'prefers -SearchPath over Program Files' {
        $c = Initialize-Case @{ ScriptPath = $ScriptPath; PlanPath = $PlanPath }
        $own = Join-Path $c.Dir 'own folder'
        $paths = New-ProgramFiles $own $c.Programs 'Vendor'
        & $c.Script -SearchPath $own 6>$null | Out-Null
        ConvertTo-Table (Get-ActualRules $c.Group) | Should -Be (ConvertTo-Table (Get-ExpectedRules $c.Plan $paths))
    }

    It 'stops when -ProgramPath names a file that does not exist' {
        $c = Initialize-Case @{ ScriptPath = $ScriptPath; PlanPath = $PlanPath }
        $before = ConvertTo-Table (Get-StandInFirewallRule)
        $nothing = Join-Path $c.Dir 'nothing.exe'
        { & $c.Script -ProgramPath @{ $c.Programs[0] = $nothing } 6>$null | Out-Null } |
            Should -Throw "*$([WildcardPattern]::Escape($nothing))*"
        ConvertTo-Table (Get-StandInFirewallRule) | Should -Be $before
    }
}
