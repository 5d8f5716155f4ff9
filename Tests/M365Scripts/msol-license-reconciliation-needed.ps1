# LicenseReconciliationNeeded comes from the tenant: a user whose mailbox stays after the last
# Exchange plan was taken away needs reconciliation; -LicenseReconciliationNeededOnly finds them.
$upn = 'yaraz@contoso.onmicrosoft.com'
(Get-MsolUser -UserPrincipalName $upn).LicenseReconciliationNeeded
@(Get-MsolUser -All -LicenseReconciliationNeededOnly).Count
Set-MsolUserLicense -UserPrincipalName $upn -RemoveLicenses contoso:EXCHANGESTANDARD
(Get-Mailbox -Identity $upn).RecipientTypeDetails
(Get-MsolUser -UserPrincipalName $upn).LicenseReconciliationNeeded
(Get-MsolUser -All -LicenseReconciliationNeededOnly).UserPrincipalName
Set-MsolUserLicense -UserPrincipalName $upn -AddLicenses contoso:EXCHANGESTANDARD
(Get-MsolUser -UserPrincipalName $upn).LicenseReconciliationNeeded
