# Seed section: several products in one group are assigned all or nothing.
# "E3 + EMS" carries Office 365 E3 and EMS E3. E3 has seats to spare, EMS has 3 seats for
# 4 members: the fourth member, Farah, gets neither product.
Reset-LabTenant
Connect-MgGraph -NoWelcome
$e3Ems = '9c3e5d20-2b4a-4c6d-8e7f-000000000002'
$farah = 'farahg@contoso.onmicrosoft.com'

Write-Host '== 1. Seats'
Get-MsolAccountSku | Where-Object { $_.SkuPartNumber -in 'ENTERPRISEPACK', 'EMS' } | Format-Table AccountSkuId, ActiveUnits, ConsumedUnits

Write-Host '== 2. The direct path fails at once, and assigns nothing'
Write-Host 'One call asking for both products fails as a whole when one of them has no seat (Uma gets a usage location first):'
Set-MsolUser -UserPrincipalName umaw@contoso.onmicrosoft.com -UsageLocation US
try {
    Set-MsolUserLicense -UserPrincipalName umaw@contoso.onmicrosoft.com -AddLicenses 'contoso:ENTERPRISEPACK', 'contoso:EMS' -ErrorAction Stop
} catch {
    Write-Host "  error: $($_.Exception.Message)"
    Write-Host "  code:  $($_.Exception.ErrorCode)"
}
Write-Host "  Uma licensed afterwards? $((Get-MsolUser -UserPrincipalName umaw@contoso.onmicrosoft.com).IsLicensed)"

Write-Host '== 3. The group path: Farah got neither product'
Write-Host 'E3 had a free seat, but one failing product blocks the whole group for her:'
(Get-MsolUser -UserPrincipalName $farah).IndirectLicenseErrors | Format-Table ReferencedObjectId, Error
(Get-MgUser -UserId $farah -Property LicenseAssignmentStates).LicenseAssignmentStates | Format-Table SkuId, State, Error
Get-MgGroupMemberWithLicenseError -GroupId $e3Ems -All | ForEach-Object { (Get-MsolUser -ObjectId $_.Id).DisplayName }

Write-Host '== 4. Fix: one more EMS seat, then reprocess; both products arrive together'
Add-LabSubscription -SkuPartNumber EMS -Units 1
Invoke-LabGroupReprocess -GroupObjectId $e3Ems
(Get-MsolUser -UserPrincipalName $farah).Licenses | Format-Table AccountSkuId, GroupsAssigningLicense
Get-MsolAccountSku | Where-Object { $_.SkuPartNumber -in 'ENTERPRISEPACK', 'EMS' } | Format-Table AccountSkuId, ActiveUnits, ConsumedUnits
