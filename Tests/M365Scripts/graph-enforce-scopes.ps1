# With -EnforceGraphScopes $true, a cmdlet needing a permission the connection lacks gets Graph's 403.
Set-LabTenant -EnforceGraphScopes $true
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
@(Get-MgUser -Top 2).Count
try { Set-MgUserLicense -UserId averyb@contoso.onmicrosoft.com -AddLicenses @() -RemoveLicenses @() -ErrorAction Stop } catch { $_.Exception.Message }
Set-LabTenant -EnforceGraphScopes $false
(Set-MgUserLicense -UserId averyb@contoso.onmicrosoft.com -AddLicenses @() -RemoveLicenses @()).UserPrincipalName
