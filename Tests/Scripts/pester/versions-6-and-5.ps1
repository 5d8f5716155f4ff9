# One built-in Pester listed as 6.0.0 and 5.7.1: Import-Module loads the highest; 6.0.0 has the
# Should-* commands and no Assert-MockCalled, 5.7.1 the reverse.
$env:LICENSELAB_PESTER_FIXED_TIME = '1'
Get-Module -ListAvailable Pester | ForEach-Object { "available: $($_.Name) $($_.Version)" }
Import-Module Pester
"imported: $((Get-Module Pester).Version)"
"Should-Be: $([bool](Get-Command Should-Be -ErrorAction SilentlyContinue)), Assert-MockCalled: $([bool](Get-Command Assert-MockCalled -ErrorAction SilentlyContinue))"
Invoke-Pester -Path "$PSScriptRoot/files/pester6.Tests.ps1"

Import-Module Pester -RequiredVersion 5.7.1
"imported: $((Get-Module Pester).Version)"
"Should-Be: $([bool](Get-Command Should-Be -ErrorAction SilentlyContinue)), Assert-MockCalled: $([bool](Get-Command Assert-MockCalled -ErrorAction SilentlyContinue))"
Invoke-Pester -Path "$PSScriptRoot/files/assert-mockcalled.Tests.ps1"

Import-Module Pester -RequiredVersion 4.10.1
Import-Module Pester -MinimumVersion 6.0
"imported: $((Get-Module Pester).Version)"
