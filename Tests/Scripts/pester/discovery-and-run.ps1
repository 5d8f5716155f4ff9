# Discovery then Run, setup and teardown scoped to their blocks, data-driven tests, -Skip.
$env:LICENSELAB_PESTER_FIXED_TIME = '1'
Invoke-Pester -Path "$PSScriptRoot/files/scoping.Tests.ps1" -Output Detailed
