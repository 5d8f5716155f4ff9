# -CI: the summary line, a failed block and a failed container, testResults.xml, and the exit
# code (failed tests + failed blocks + failed containers).
$env:LICENSELAB_PESTER_FIXED_TIME = '1'
$work = Join-Path ([System.IO.Path]::GetTempPath()) "licenselab-pester-ci"
$null = New-Item -ItemType Directory -Path $work -Force
Push-Location $work
& "$PSScriptRoot/files/run-ci.ps1" -Path "$PSScriptRoot/files/summary.Tests.ps1", "$PSScriptRoot/files/broken.Tests.ps1"
"exit code: $LASTEXITCODE"
"testResults.xml written: $(Test-Path testResults.xml)"
(Get-Content testResults.xml -TotalCount 2)[1] -replace ' date="[^"]*" time="[^"]*"', ''
Pop-Location
Remove-Item -Path $work -Recurse -Force

'-- -PassThru result object'
$r = Invoke-Pester -Path "$PSScriptRoot/files/summary.Tests.ps1" -Output None -PassThru
$r.PSObject.TypeNames[0]
"Result=$($r.Result) Total=$($r.TotalCount) Passed=$($r.PassedCount) Failed=$($r.FailedCount) Skipped=$($r.SkippedCount) NotRun=$($r.NotRunCount) FailedBlocks=$($r.FailedBlocksCount)"
$r.Failed | ForEach-Object { "$($_.ExpandedPath): $($_.ErrorRecord[0].Exception.Message)" }
$r.FailedBlocks | ForEach-Object { "block $($_.ExpandedPath) failed: $($_.ErrorRecord[0].Exception.Message)" }
$r.Tests | ForEach-Object { '{0,-28} {1}' -f $_.ExpandedPath, $_.Result }
