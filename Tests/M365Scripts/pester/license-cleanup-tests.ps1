# A licensing script tested with Pester against the lab: real seats and real service errors, the
# CSV and the mail mocked; each test file starts from the same tenant, and the tenant is back to
# where it was once Invoke-Pester is done.
$env:LICENSELAB_PESTER_FIXED_TIME = '1'
# the worked example of docs/testing-scripts.md, as the docs show it. This harness has no tenant
# checkpoints (a shell's store has), so Seats.Tests.ps1's "starts from the same tenant" fails here;
# Scripts/pester-e2e checks in the shell that each file starts from the same tenant.
$example = "$PSScriptRoot/../../../docs/examples/license-cleanup/Invoke-LicenseCleanup.Tests.ps1"
Invoke-Pester -Path $example, "$PSScriptRoot/files/SeatCount.Tests.ps1", "$PSScriptRoot/files/Seats.Tests.ps1" -Output Detailed
Connect-MgGraph -NoWelcome
"STANDARDPACK seats in use after the run: $((Get-MgSubscribedSku | Where-Object SkuPartNumber -eq 'STANDARDPACK').ConsumedUnits)"
"Set-MgUserLicense is a $((Get-Command Set-MgUserLicense).CommandType) again"
