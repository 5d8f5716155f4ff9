# A licensing script tested with Pester against the lab: real seats and real service errors, the
# CSV and the mail mocked; each test file starts from the same tenant, and the tenant is back to
# where it was once Invoke-Pester is done.
$env:LICENSELAB_PESTER_FIXED_TIME = '1'
Invoke-Pester -Path "$PSScriptRoot/files/Invoke-LicenseCleanup.Tests.ps1", "$PSScriptRoot/files/Seats.Tests.ps1" -Output Detailed
Connect-MgGraph -NoWelcome
"STANDARDPACK seats in use after the run: $((Get-MgSubscribedSku | Where-Object SkuPartNumber -eq 'STANDARDPACK').ConsumedUnits)"
"Set-MgUserLicense is a $((Get-Command Set-MgUserLicense).CommandType) again"
