# Connect-Entra is Connect-MgGraph: one Graph connection (Get-MgContext, Graph cmdlets). Before it,
# each Entra cmdlet stops with its Write-Error text naming the permission it needs.
# Pages: microsoftgraph/entra-powershell module/docs/entra-powershell-v1.0/Authentication/Connect-Entra.md, Disconnect-Entra.md
try { Get-EntraUser -Top 1 } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
try { Set-EntraUserLicense -UserId averyb@contoso.onmicrosoft.com -AssignedLicenses (New-Object Microsoft.Open.AzureAD.Model.AssignedLicenses) } catch { $_.Exception.Message }
try { Get-EntraAccountSku } catch { $_.Exception.Message }
Get-EntraGroup
'the script goes on'
Connect-Entra -Scopes 'User.Read.All', 'Organization.Read.All'
(Get-MgContext).Scopes
(Get-MgUser -UserId averyb@contoso.onmicrosoft.com).DisplayName
Disconnect-Entra | Out-Null
try { Get-EntraUser -Top 1 } catch { $_.Exception.Message }
Connect-MgGraph -NoWelcome
(Get-EntraUser -UserId averyb@contoso.onmicrosoft.com).DisplayName
