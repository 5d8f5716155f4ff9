# Shared mailboxes: New-Mailbox -Shared makes one (with a directory user whose sign-in is blocked
# and who needs no license), Set-Mailbox -Type converts, -RecipientTypeDetails filters.
New-Mailbox -Shared -Name 'Sales Desk' -DisplayName 'Sales Desk' -Alias salesdesk
New-Mailbox -Shared -Name 'Help Desk' -PrimarySmtpAddress helpdesk@contoso.onmicrosoft.com | Format-List Name, Alias, EmailAddresses, RecipientTypeDetails, IsShared, ProhibitSendQuota, UserPrincipalName
Get-MsolUser -UserPrincipalName salesdesk@contoso.onmicrosoft.com | Format-List UserPrincipalName, DisplayName, IsLicensed, BlockCredential, LicenseReconciliationNeeded
# Hugo leaves: his mailbox becomes shared, then his Exchange license can go
Set-Mailbox -Identity hugoi@contoso.onmicrosoft.com -Type Shared
Get-EXOMailbox -RecipientTypeDetails SharedMailbox | Format-Table Name, Alias, RecipientTypeDetails
(Get-Mailbox -RecipientTypeDetails UserMailbox -ResultSize Unlimited).Count
(Get-Mailbox -ResultSize Unlimited).Count
Get-Recipient -RecipientTypeDetails SharedMailbox | Format-Table Name, RecipientType, RecipientTypeDetails
Set-MsolUserLicense -UserPrincipalName hugoi@contoso.onmicrosoft.com -RemoveLicenses 'contoso:STANDARDPACK'
(Get-MsolUser -UserPrincipalName hugoi@contoso.onmicrosoft.com).LicenseReconciliationNeeded
# converting back makes it a user mailbox again, which now needs a license
Set-Mailbox -Identity hugoi@contoso.onmicrosoft.com -Type Regular
(Get-Mailbox hugoi@contoso.onmicrosoft.com).RecipientTypeDetails
(Get-MsolUser -UserPrincipalName hugoi@contoso.onmicrosoft.com).LicenseReconciliationNeeded
# a room mailbox needs no license either
Set-Mailbox -Identity hugoi@contoso.onmicrosoft.com -Type Room
(Get-Mailbox hugoi@contoso.onmicrosoft.com).RecipientTypeDetails
(Get-MsolUser -UserPrincipalName hugoi@contoso.onmicrosoft.com).LicenseReconciliationNeeded
# what Exchange refuses: a user mailbox without the new user's sign-in name and password,
New-Mailbox -Name 'Ann Other'
# and an address another recipient has
New-Mailbox -Shared -Name 'Sales Two' -PrimarySmtpAddress salesdesk@contoso.onmicrosoft.com
