# Seed section: "Conflicting service plans" (MutuallyExclusiveViolation).
# Hugo holds Office 365 E1 directly and is a member of "E3 Users": E1 and E3 both carry
# SharePoint and Exchange plans that cannot be held together (Plan 1 vs Plan 2).
Reset-LabTenant
Connect-MgGraph -NoWelcome
$e3Users = '9c3e5d20-2b4a-4c6d-8e7f-000000000001'
$hugo = 'hugoi@contoso.onmicrosoft.com'

Write-Host '== 1. The direct path fails at once'
Write-Host 'Giving Sven (who also has E1 directly) E3 directly is refused immediately:'
try {
    Set-MsolUserLicense -UserPrincipalName svent@contoso.onmicrosoft.com -AddLicenses 'contoso:ENTERPRISEPACK' -ErrorAction Stop
} catch {
    Write-Host "  error: $($_.Exception.Message)"
    Write-Host "  code:  $($_.Exception.ErrorCode)"
}

Write-Host '== 2. The group path failed silently for Hugo'
Write-Host 'His licenses: only E1; the E3 from the group is not applied.'
(Get-MsolUser -UserPrincipalName $hugo).Licenses | Format-Table AccountSkuId, GroupsAssigningLicense
(Get-MsolUser -UserPrincipalName $hugo).IndirectLicenseErrors | Format-Table ReferencedObjectId, Error
(Get-MgUser -UserId $hugo -Property LicenseAssignmentStates).LicenseAssignmentStates | Format-Table SkuId, AssignedByGroup, State, Error
Write-Host 'The group lists him among its members in error:'
Get-MsolGroupMember -GroupObjectId $e3Users -All | Get-MsolUser -ObjectId { $_.ObjectId } |
    Where-Object { $_.IndirectLicenseErrors.ReferencedObjectId -eq $e3Users } |
    Format-Table DisplayName, @{ Name = 'Error'; Expression = { ($_.IndirectLicenseErrors | Where-Object ReferencedObjectId -eq $e3Users).Error } }

Write-Host '== 3. Three ways out (each tried on a fresh tenant)'
Write-Host '-- a. Remove the direct E1 license; E3 from the group covers the same services.'
Set-MsolUserLicense -UserPrincipalName $hugo -RemoveLicenses 'contoso:STANDARDPACK'
Invoke-MgLicenseUser -UserId $hugo | Out-Null
$u = Get-MsolUser -UserPrincipalName $hugo
Write-Host "  licenses: $($u.Licenses.AccountSkuId -join ', '); errors: $(@($u.IndirectLicenseErrors).Count)"

Reset-LabTenant
Write-Host '-- b. Keep E1 but disable its conflicting plans (Exchange Plan 1, SharePoint Plan 1).'
$options = New-MsolLicenseOptions -AccountSkuId 'contoso:STANDARDPACK' -DisabledPlans EXCHANGE_S_STANDARD, SHAREPOINTSTANDARD
Set-MsolUserLicense -UserPrincipalName $hugo -LicenseOptions $options
Invoke-LabGroupReprocess -GroupObjectId $e3Users
$u = Get-MsolUser -UserPrincipalName $hugo
Write-Host "  licenses: $($u.Licenses.AccountSkuId -join ', '); errors: $(@($u.IndirectLicenseErrors).Count)"

Reset-LabTenant
Write-Host '-- c. Take Hugo out of the group (or put him in a group with a compatible product).'
Remove-MsolGroupMember -GroupObjectId $e3Users -GroupMemberObjectId (Get-MsolUser -UserPrincipalName $hugo).ObjectId
$u = Get-MsolUser -UserPrincipalName $hugo
Write-Host "  licenses: $($u.Licenses.AccountSkuId -join ', '); errors: $(@($u.IndirectLicenseErrors).Count)"
Write-Host 'Notice: a and b need the user (Invoke-MgLicenseUser) or the group (Invoke-LabGroupReprocess) to be processed again; in c the membership change itself is processed.'
