# Mock -Verifiable with Should -InvokeVerifiable, and Should -Invoke -ExclusiveFilter.
$env:LICENSELAB_PESTER_FIXED_TIME = '1'
Invoke-Pester -Path "$PSScriptRoot/files/verifiable.Tests.ps1" -Output Detailed
