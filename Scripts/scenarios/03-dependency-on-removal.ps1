# Seed section: "Other products depend on this license" (DependencyViolation).
# Tara holds Workplace Analytics directly; it needs Exchange Online, which she had only from
# E3 through "E3 Users". She was removed from the group: the removal could not be applied.
Reset-LabTenant
Connect-MgGraph -NoWelcome
$e3Users = '9c3e5d20-2b4a-4c6d-8e7f-000000000001'
$tara = 'tarau@contoso.onmicrosoft.com'

Write-Host '== 1. The direct path fails at once'
Write-Host 'Asking for Workplace Analytics without any Exchange plan is refused (Uma has no license; give her a location first):'
Set-MsolUser -UserPrincipalName umaw@contoso.onmicrosoft.com -UsageLocation US
try {
    Set-MsolUserLicense -UserPrincipalName umaw@contoso.onmicrosoft.com -AddLicenses 'contoso:WORKPLACE_ANALYTICS' -ErrorAction Stop
} catch {
    Write-Host "  error: $($_.Exception.Message)"
    Write-Host "  code:  $($_.Exception.ErrorCode)"
}

Write-Host '== 2. The group path: Tara is no longer a member, yet she still holds E3'
$taraId = (Get-MsolUser -UserPrincipalName $tara).ObjectId
Write-Host "  member of E3 Users? $((Get-MsolGroupMember -GroupObjectId $e3Users -All).ObjectId -contains $taraId)"
(Get-MsolUser -UserPrincipalName $tara).Licenses | Format-Table AccountSkuId, GroupsAssigningLicense
Write-Host 'The E3 record stays applied (it still uses a seat) with the error recorded:'
(Get-MsolUser -UserPrincipalName $tara).IndirectLicenseErrors | Format-Table ReferencedObjectId, Error
(Get-MgUser -UserId $tara -Property LicenseAssignmentStates).LicenseAssignmentStates | Format-Table SkuId, AssignedByGroup, State, Error
Write-Host 'The group still reports her, although she is not a member any more:'
Get-MgGroupMemberWithLicenseError -GroupId $e3Users -All | ForEach-Object { (Get-MsolUser -ObjectId $_.Id).DisplayName }

Write-Host '== 3. Fix: resolve the dependency, then process the user again'
Write-Host 'Either give Tara Exchange another way, or remove the add-on. Here the add-on goes:'
Set-MsolUserLicense -UserPrincipalName $tara -RemoveLicenses 'contoso:WORKPLACE_ANALYTICS'
Invoke-MgLicenseUser -UserId $tara | Out-Null
$u = Get-MsolUser -UserPrincipalName $tara
Write-Host "  licenses: '$($u.Licenses.AccountSkuId -join ', ')'; errors: $(@($u.IndirectLicenseErrors).Count)"
Get-MsolAccountSku | Where-Object { $_.SkuPartNumber -in 'ENTERPRISEPACK', 'WORKPLACE_ANALYTICS' } | Format-Table AccountSkuId, ActiveUnits, ConsumedUnits
