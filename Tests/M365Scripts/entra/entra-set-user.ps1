# Set-EntraUser -UserId with properties: a PATCH; a refusal is a non-terminating
# "Failed to update user properties: <HTTP error>", and no property is a warning.
# Page: microsoftgraph/entra-powershell module/docs/entra-powershell-v1.0/Users/Set-EntraUser.md
Connect-Entra -Scopes 'User.ReadWrite.All' -NoWelcome
Set-EntraUser -UserId gwenh@contoso.onmicrosoft.com -UsageLocation US -Department Sales -JobTitle 'Account Manager'
Get-EntraUser -UserId gwenh@contoso.onmicrosoft.com | Select-Object UsageLocation, Department, JobTitle
Update-EntraUser -UserId gwenh@contoso.onmicrosoft.com -DisplayName 'Gwen Harper-Lee'
(Get-MsolUser -UserPrincipalName gwenh@contoso.onmicrosoft.com).DisplayName
Set-EntraUser -UserId gwenh@contoso.onmicrosoft.com -UsageLocation UK -ErrorVariable failed
'after the error'
$failed.Count
Set-EntraUser -UserId gwenh@contoso.onmicrosoft.com
