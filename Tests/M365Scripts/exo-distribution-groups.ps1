# Mail-enabled groups (created with New-MgGroup -MailEnabled) seen from Exchange Online.
Reset-LabTenant -Empty
Add-LabSubscription -SkuPartNumber EXCHANGESTANDARD -Units 1
Connect-MgGraph -Scopes 'Group.ReadWrite.All', 'User.ReadWrite.All' -NoWelcome
$g = New-MgGroup -DisplayName 'Sales' -MailEnabled -MailNickname sales -SecurityEnabled
$a = New-MgUser -DisplayName Ann -UserPrincipalName ann@contoso.onmicrosoft.com -MailNickname ann -AccountEnabled -UsageLocation US -PasswordProfile @{ Password = 'Lab-Passw0rd!' }
$b = New-MgUser -DisplayName Bo -UserPrincipalName bo@contoso.onmicrosoft.com -MailNickname bo -AccountEnabled -UsageLocation US -PasswordProfile @{ Password = 'Lab-Passw0rd!' }
Set-MgUserLicense -UserId $a.Id -AddLicenses @{ SkuId = (Get-MgSubscribedSku -All).SkuId } -RemoveLicenses @() | Out-Null
New-MgGroupMember -GroupId $g.Id -DirectoryObjectId $a.Id
New-MgGroupMember -GroupId $g.Id -DirectoryObjectId $b.Id
Get-DistributionGroup
Get-DistributionGroupMember -Identity sales@contoso.onmicrosoft.com | ForEach-Object { "$($_.Name) $($_.RecipientType) $($_.PrimarySmtpAddress)" }
Get-DistributionGroupMember -Identity nothere -ErrorAction SilentlyContinue
$Error[0].Exception.Message
