# $TestDrive and the TestDrive: drive; InModuleScope and Mock -ModuleName on a script module.
$env:LICENSELAB_PESTER_FIXED_TIME = '1'
Invoke-Pester -Path "$PSScriptRoot/files/testdrive-and-modules.Tests.ps1" -Output Detailed
