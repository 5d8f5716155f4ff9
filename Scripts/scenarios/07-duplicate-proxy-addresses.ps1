# Seed section: duplicate proxy addresses make group licensing fail silently.
# Wes is a member of "E3 Users", but his mailbox would use wesy@contoso.onmicrosoft.com, an
# address the old mail contact "Wes Young (old)" still holds.
Reset-LabTenant
Connect-MgGraph -NoWelcome
$e3Users = '9c3e5d20-2b4a-4c6d-8e7f-000000000001'
$wes = 'wesy@contoso.onmicrosoft.com'

Write-Host '== 1. The direct path fails at once'
try {
    Set-MsolUserLicense -UserPrincipalName $wes -AddLicenses 'contoso:STANDARDPACK' -ErrorAction Stop
} catch {
    Write-Host "  error: $($_.Exception.Message)"
    Write-Host "  code:  $($_.Exception.ErrorCode)"
}

Write-Host '== 2. The group path fails without leaving any trace'
Write-Host 'Wes is a member and unlicensed, yet no error is recorded anywhere:'
$u = Get-MsolUser -UserPrincipalName $wes
Write-Host "  licensed: $($u.IsLicensed); IndirectLicenseErrors: $(@($u.IndirectLicenseErrors).Count)"
Write-Host "  licenseAssignmentStates: $(@((Get-MgUser -UserId $wes -Property LicenseAssignmentStates).LicenseAssignmentStates).Count)"
Write-Host "  listed by the group among members in error? $((Get-MgGroupMemberWithLicenseError -GroupId $e3Users -All).Id -contains $u.ObjectId)"
Write-Host 'So look in Exchange: who already uses his address?'
Get-Recipient | where {$_.EmailAddresses -match "wesy@contoso.onmicrosoft.com"} | fL Name, RecipientType, emailaddresses

Write-Host '== 3. Fix the address, then force processing of the group'
Remove-MailContact -Identity 'Wes Young (old)' -Confirm:$false
Write-Host "  contact removed; licensed yet? $((Get-MsolUser -UserPrincipalName $wes).IsLicensed)"
Invoke-LabGroupReprocess -GroupObjectId $e3Users
Write-Host "  after reprocessing: licensed? $((Get-MsolUser -UserPrincipalName $wes).IsLicensed)"
Get-Recipient -Identity $wes | fL Name, RecipientType, EmailAddresses
