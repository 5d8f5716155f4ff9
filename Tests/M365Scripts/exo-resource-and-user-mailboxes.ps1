# New-Mailbox: a user mailbox for a new user (no license yet: LicenseReconciliationNeeded), room and
# equipment mailboxes (no license needed); Set-Mailbox -Type Room/Workspace/Equipment/Regular converts.
# Pages: MicrosoftDocs/office-docs-powershell exchange-ps/ExchangePowerShell/New-Mailbox.md, Set-Mailbox.md
$pw = ConvertTo-SecureString 'Pa55w.rd!' -AsPlainText -Force
New-Mailbox -Name 'Zoe Park' -MicrosoftOnlineServicesID zoep@contoso.onmicrosoft.com -Password $pw -FirstName Zoe -LastName Park | Format-List Name, Alias, RecipientTypeDetails, PrimarySmtpAddress, UserPrincipalName
$z = Get-MsolUser -UserPrincipalName zoep@contoso.onmicrosoft.com
$z.FirstName, $z.LastName, $z.BlockCredential, $z.IsLicensed, $z.LicenseReconciliationNeeded, $z.MSExchRecipientTypeDetails
New-Mailbox -Room -Name 'Board Room' | Format-List Name, Alias, RecipientTypeDetails, IsResource, ResourceType, ProhibitSendQuota
New-Mailbox -Equipment -Name 'Projector 1' -Alias projector1 | Select-Object Name, RecipientTypeDetails
(Get-MsolUser -UserPrincipalName projector1@contoso.onmicrosoft.com).MSExchRecipientTypeDetails
Set-Mailbox hugoi@contoso.onmicrosoft.com -Type Workspace
Get-Mailbox -RecipientTypeDetails RoomMailbox, EquipmentMailbox | Sort-Object Name | Format-Table Name, RecipientTypeDetails
Get-Recipient -RecipientType UserMailbox -RecipientTypeDetails RoomMailbox | Select-Object -ExpandProperty Name
Set-Mailbox hugoi@contoso.onmicrosoft.com -Type Regular
(Get-Mailbox hugoi@contoso.onmicrosoft.com).RecipientTypeDetails
New-Mailbox -Name 'No Password' -MicrosoftOnlineServicesID np@contoso.onmicrosoft.com
