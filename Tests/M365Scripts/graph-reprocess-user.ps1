# The duplicate-proxy fix through Graph: free the address, then Invoke-MgLicenseUser.
Connect-MgGraph -Scopes 'User.ReadWrite.All' -NoWelcome
(Get-MgUser -UserId wesy@contoso.onmicrosoft.com -Property AssignedLicenses).AssignedLicenses.Count
Remove-MailContact -Identity 'Wes Young (old)' -Confirm:$false
$u = Invoke-MgLicenseUser -UserId wesy@contoso.onmicrosoft.com
$u.GetType().FullName
(Get-MgUser -UserId wesy@contoso.onmicrosoft.com -Property AssignedLicenses).AssignedLicenses.Count
(Get-Recipient wesy@contoso.onmicrosoft.com).RecipientTypeDetails
