# Seed section: "Usage location isn't allowed" (ProhibitedInUsageLocationViolation), and users
# without a usage location, who inherit the directory's location for group assignment.
Reset-LabTenant
Connect-MgGraph -NoWelcome
$e3Users = '9c3e5d20-2b4a-4c6d-8e7f-000000000001'
$vikram = 'vikramx@contoso.onmicrosoft.com'

Write-Host '== 1. The direct path fails at once'
Write-Host 'Vikram''s usage location is IR, where these plans are not offered:'
try {
    Set-MsolUserLicense -UserPrincipalName $vikram -AddLicenses 'contoso:POWER_BI_PRO' -ErrorAction Stop
} catch {
    Write-Host "  error: $($_.Exception.Message)"
    Write-Host "  code:  $($_.Exception.ErrorCode)"
}
Write-Host 'A user with no usage location cannot be licensed directly at all:'
try {
    Set-MsolUserLicense -UserPrincipalName umaw@contoso.onmicrosoft.com -AddLicenses 'contoso:STANDARDPACK' -ErrorAction Stop
} catch {
    Write-Host "  error: $($_.Exception.Message)"
}

Write-Host '== 2. The group path failed silently for Vikram'
(Get-MsolUser -UserPrincipalName $vikram).IndirectLicenseErrors | Format-Table ReferencedObjectId, Error
(Get-MgUser -UserId $vikram -Property LicenseAssignmentStates).LicenseAssignmentStates | Format-Table AssignedByGroup, State, Error

Write-Host '== 3. Gwen has no usage location, yet the group licensed her'
Write-Host 'Group licensing uses the directory''s country instead; notice her own property stays empty:'
Get-MsolCompanyInformation | Format-Table DisplayName, CountryLetterCode
Get-MsolUser -UserPrincipalName gwenh@contoso.onmicrosoft.com | Format-Table DisplayName, UsageLocation, IsLicensed

Write-Host '== 4. Fix: correct the usage location, then reprocess'
Set-MsolUser -UserPrincipalName $vikram -UsageLocation DE
Write-Host "  after the change, before reprocessing: licensed? $((Get-MsolUser -UserPrincipalName $vikram).IsLicensed)"
Invoke-LabGroupReprocess -GroupObjectId $e3Users
$u = Get-MsolUser -UserPrincipalName $vikram
Write-Host "  after reprocessing: licensed? $($u.IsLicensed); errors: $(@($u.IndirectLicenseErrors).Count)"
