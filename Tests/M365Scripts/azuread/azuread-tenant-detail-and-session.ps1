# Get-AzureADTenantDetail (Example 1: Get details for a tenant; -All, -Top) and
# Get-AzureADCurrentSessionInfo. Pages: Azure/azure-docs-powershell-azuread
# azureadps-2.0/AzureAD/Get-AzureADTenantDetail.md, Get-AzureADCurrentSessionInfo.md
# the check scripts make before they connect
try { Get-AzureADTenantDetail | Out-Null; 'connected' }
catch [Microsoft.Open.Azure.AD.CommonLibrary.AadNeedAuthenticationException] { 'not connected: ' + $_.Exception.Message }
try { Get-AzureADCurrentSessionInfo } catch { $_.FullyQualifiedErrorId }
Connect-AzureAD -AccountId admin@contoso.onmicrosoft.com | Out-Null
# Example 1: Get details for a tenant
Get-AzureADTenantDetail
$t = Get-AzureADTenantDetail -All $true
$t.ObjectType, $t.CountryLetterCode, $t.TechnicalNotificationMails
$t.VerifiedDomains | Format-Table Name, Initial, _Default, Type
(Get-AzureADTenantDetail -Top 1).DisplayName
$t.AssignedPlans.Count -gt 0
Get-AzureADCurrentSessionInfo | Format-List
Disconnect-AzureAD
try { Get-AzureADCurrentSessionInfo } catch { $_.Exception.Message }
