# With DuplicateProxyAddressError = UniquenessViolation the silent failure is recorded.
Reset-LabTenant -Empty
Set-LabTenant -DuplicateProxyAddressError UniquenessViolation
Add-LabSubscription -SkuPartNumber ENTERPRISEPACK -Units 5
$null = New-MailContact -Name 'Old Jo' -ExternalEmailAddress 'jo@contoso.onmicrosoft.com'
$g = New-MsolGroup -DisplayName 'Mail users'
Set-LabGroupLicense -GroupObjectId $g.ObjectId -AddLicenses contoso:ENTERPRISEPACK
$u = New-MsolUser -UserPrincipalName jo@contoso.onmicrosoft.com -DisplayName 'Jo' -UsageLocation US
Add-MsolGroupMember -GroupObjectId $g.ObjectId -GroupMemberObjectId $u.ObjectId
(Get-MsolUser -ObjectId $u.ObjectId).IndirectLicenseErrors.Error
