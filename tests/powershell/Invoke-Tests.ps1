# Loads Pester from the given path and runs every *.Tests.ps1 of this folder; the exit code is 0 only if every test
# passed (a failure in discovery or in a BeforeAll fails too). Started by run-pester.
param([Parameter(Mandatory = $true)] [string] $PesterPath)
$ErrorActionPreference = 'Stop'
Import-Module $PesterPath -Force
$config = New-PesterConfiguration
$config.Run.Path = $PSScriptRoot
$config.Run.PassThru = $true
$config.Output.Verbosity = 'Normal'
$config.Output.RenderMode = 'Plaintext'
$result = Invoke-Pester -Configuration $config
# The scripts generated at discovery (Export.Tests.ps1), also where a failed discovery skipped AfterAll.
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue -LiteralPath (Join-Path ([System.IO.Path]::GetTempPath()) "fwwizard-pester-$PID"),
    (Join-Path ([System.IO.Path]::GetTempPath()) "fwwizard-pester-run-$PID")
"Pester {0}: {1} passed, {2} failed, {3} skipped, {4} not run; result {5}" -f (Get-Module Pester).Version,
    $result.PassedCount, $result.FailedCount, $result.SkippedCount, $result.NotRunCount, $result.Result
if ($result.Result -ne 'Passed' -or $result.FailedCount -gt 0 -or $result.PassedCount -eq 0) { exit 1 }
exit 0
