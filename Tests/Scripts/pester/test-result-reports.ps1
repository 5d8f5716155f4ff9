# The test result files CI systems read: NUnit 2.5 (-CI's default), NUnit 3 and JUnit XML, through
# New-PesterConfiguration's TestResult options and Export-JUnitReport / Export-NUnitReport.
$env:LICENSELAB_PESTER_FIXED_TIME = '1'
$work = Join-Path ([System.IO.Path]::GetTempPath()) 'licenselab-pester-reports'
$null = New-Item -ItemType Directory -Path $work -Force
function Show-Report([string] $Path) {
    # the machine's name, user and folder vary: shown as ...
    (Get-Content $Path) -replace '(hostname|machine-name|user|cwd|os-version)="[^"]*"', '$1="..."'
}

$config = New-PesterConfiguration
$config.Run.Path = "$PSScriptRoot/files/report.Tests.ps1"
$config.Run.PassThru = $true
$config.Output.Verbosity = 'None'
$config.TestResult.Enabled = $true
$config.TestResult.OutputFormat = 'JUnitXml'
$config.TestResult.OutputPath = "$work/junit.xml"
$run = Invoke-Pester -Configuration $config
'-- JUnitXml'
Show-Report "$work/junit.xml"
'-- NUnit 2.5'
$run | Export-NUnitReport -Path "$work/nunit25.xml"
Show-Report "$work/nunit25.xml"
'-- NUnit 3'
$run | Export-NUnitReport -Path "$work/nunit3.xml" -Format NUnit3
Show-Report "$work/nunit3.xml"
Remove-Item -Path $work -Recurse -Force
