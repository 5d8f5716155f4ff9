# Seed section: "Not enough licenses" (CountViolation).
# The demo group "Power BI Pro" has 7 members but the tenant owns 5 Power BI Pro seats.
Reset-LabTenant
Connect-MgGraph -NoWelcome
$group = '9c3e5d20-2b4a-4c6d-8e7f-000000000004'   # Power BI Pro
$uma = (Get-MsolUser -UserPrincipalName umaw@contoso.onmicrosoft.com).ObjectId

Write-Host '== 1. How many seats are there?'
Write-Host 'Every license assignment, direct or from a group, consumes a seat of the product.'
Get-MsolAccountSku | Where-Object SkuPartNumber -eq 'POWER_BI_PRO' | Format-Table AccountSkuId, ActiveUnits, ConsumedUnits

Write-Host '== 2. The direct path fails at once'
Write-Host 'Assigning the product straight to Priya, with no seat left, is refused immediately:'
try {
    Set-MsolUserLicense -UserPrincipalName priyaq@contoso.onmicrosoft.com -AddLicenses 'contoso:POWER_BI_PRO' -ErrorAction Stop
} catch {
    Write-Host "  error: $($_.Exception.Message)"
    Write-Host "  code:  $($_.Exception.ErrorCode)"
}

Write-Host '== 3. The group path fails silently'
Write-Host 'Adding Uma to the group succeeds; nobody is told that there was no seat for her.'
Add-MsolGroupMember -GroupObjectId $group -GroupMemberObjectId $uma
Write-Host "  the command returned without an error; is Uma licensed? $((Get-MsolUser -UserPrincipalName umaw@contoso.onmicrosoft.com).IsLicensed)"

Write-Host '== 4. Finding the error through the user'
Write-Host 'MSOnline keeps it in IndirectLicenseErrors: the group that failed and the reason.'
(Get-MsolUser -UserPrincipalName umaw@contoso.onmicrosoft.com).IndirectLicenseErrors | Format-Table ReferencedObjectId, Error
Write-Host 'Graph keeps it in licenseAssignmentStates, one entry per product and source:'
(Get-MgUser -UserId umaw@contoso.onmicrosoft.com -Property LicenseAssignmentStates).LicenseAssignmentStates | Format-Table AssignedByGroup, State, Error

Write-Host '== 5. Finding the error through the group'
Get-MgGroupMemberWithLicenseError -GroupId $group -All | ForEach-Object { (Get-MsolUser -ObjectId $_.Id).UserPrincipalName }

Write-Host '== 6. Finding every group with errors in the tenant'
Get-MsolGroup -All -HasLicenseErrorsOnly $true | Format-Table DisplayName
Get-MgGroup -Filter 'hasMembersWithLicenseErrors eq true' | Format-Table DisplayName

Write-Host '== 7. Fix: buy more seats, then reprocess'
Write-Host 'Buying seats does not retry users already in error; notice Uma is still unlicensed:'
Add-LabSubscription -SkuPartNumber POWER_BI_PRO -Units 3
Write-Host "  after buying: licensed? $((Get-MsolUser -UserPrincipalName umaw@contoso.onmicrosoft.com).IsLicensed)"
Write-Host 'Reprocessing the group (the portal''s Reprocess button) evaluates every member again:'
Invoke-LabGroupReprocess -GroupObjectId $group
Get-MsolGroupMember -GroupObjectId $group -All | Get-MsolUser -ObjectId { $_.ObjectId } |
    Format-Table UserPrincipalName, IsLicensed, @{ Name = 'Errors'; Expression = { @($_.IndirectLicenseErrors).Count } }
Get-MsolAccountSku | Where-Object SkuPartNumber -eq 'POWER_BI_PRO' | Format-Table AccountSkuId, ActiveUnits, ConsumedUnits
