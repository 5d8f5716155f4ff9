# Mock scoped to its block, -ParameterFilter, Should -Invoke -Times/-Exactly/-Scope, Should -Not -Invoke.
$env:LICENSELAB_PESTER_FIXED_TIME = '1'
Invoke-Pester -Path "$PSScriptRoot/files/mocks.Tests.ps1" -Output Detailed
'Mock proxies left behind: ' + @(Get-Command PesterMock_* -ErrorAction SilentlyContinue).Count
'Aliases left behind: ' + @(Get-Alias Send-Notice, Get-Recipient -ErrorAction SilentlyContinue).Count
