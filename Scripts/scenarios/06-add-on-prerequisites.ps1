# Seed section: add-ons need their prerequisite plan in the same group.
# "Workplace Analytics users" carries the add-on together with E3 reduced to Exchange Online
# (Plan 2): the prerequisite travels with the add-on.
Reset-LabTenant
Connect-MgGraph -NoWelcome
$wa = '9c3e5d20-2b4a-4c6d-8e7f-000000000003'

Write-Host '== 1. How the seeded group is built'
(Get-MgGroup -GroupId $wa -Property AssignedLicenses).AssignedLicenses |
    Format-Table SkuId, @{ Name = 'DisabledPlans'; Expression = { $_.DisabledPlans.Count } }
Get-MsolGroupMember -GroupObjectId $wa -All | Get-MsolUser -ObjectId { $_.ObjectId } | Format-Table DisplayName, IsLicensed

Write-Host '== 2. An add-on alone on a group is refused at once'
Write-Host 'This is the one group-side check that is synchronous: the group itself must carry the prerequisite.'
$g = New-MsolGroup -DisplayName 'Analytics only'
try {
    Set-LabGroupLicense -GroupObjectId $g.ObjectId -AddLicenses 'contoso:WORKPLACE_ANALYTICS' -ErrorAction Stop
} catch {
    Write-Host "  error: $($_.Exception.Message)"
    Write-Host "  code:  $($_.Exception.ErrorCode)"
}
Write-Host 'Graph refuses it the same way:'
try {
    Set-MgGroupLicense -GroupId $g.ObjectId -AddLicenses @{ SkuId = (Get-MsolAccountSku | Where-Object SkuPartNumber -eq 'WORKPLACE_ANALYTICS').SkuId } -RemoveLicenses @() -ErrorAction Stop
} catch {
    Write-Host "  error: $($_.Exception.Message)"
}

Write-Host '== 3. With the prerequisite in the same group the change is accepted'
Set-LabGroupLicense -GroupObjectId $g.ObjectId -AddLicenses 'contoso:EXCHANGESTANDARD', 'contoso:WORKPLACE_ANALYTICS'
(Get-MsolGroup -ObjectId $g.ObjectId).Licenses | Format-Table SkuPartNumber
Write-Host 'The tenant has no Workplace Analytics seat left, so a new member (Uma, unlicensed until now) fails silently:'
Add-MsolGroupMember -GroupObjectId $g.ObjectId -GroupMemberObjectId (Get-MsolUser -UserPrincipalName umaw@contoso.onmicrosoft.com).ObjectId
(Get-MsolUser -UserPrincipalName umaw@contoso.onmicrosoft.com).IndirectLicenseErrors | Format-Table @{ Name = 'Group'; Expression = { (Get-MsolGroup -ObjectId $_.ReferencedObjectId).DisplayName } }, Error
Get-MsolGroup -All -HasLicenseErrorsOnly $true | Format-Table DisplayName
