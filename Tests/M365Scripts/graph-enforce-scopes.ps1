# With -EnforceGraphScopes $true, a cmdlet needing a permission the connection lacks gets Graph's 403.
Set-LabTenant -EnforceGraphScopes $true
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
@(Get-MgUser -Top 2).Count
try { Set-MgUserLicense -UserId averyb@contoso.onmicrosoft.com -AddLicenses @() -RemoveLicenses @() -ErrorAction Stop } catch { $_.Exception.Message }
Set-LabTenant -EnforceGraphScopes $false
# without enforcement the request reaches the directory, which wants a license to change
try { Set-MgUserLicense -UserId averyb@contoso.onmicrosoft.com -AddLicenses @() -RemoveLicenses @() -ErrorAction Stop } catch { $_.Exception.Message }
(Set-MgUserLicense -UserId priyaq@contoso.onmicrosoft.com -AddLicenses @{ SkuId = '6fd2c87f-b296-42f0-b197-1e91e994b900' } -RemoveLicenses @()).UserPrincipalName
