# -Filter is Azure AD Graph's OData v3 subset: eq ne ge le, and or not, startswith(), any().
# Page: Azure/azure-docs-powershell-azuread azureadps-2.0/AzureAD/Get-AzureADUser.md (-Filter)
Connect-AzureAD | Out-Null
Set-AzureADUser -ObjectId kiral@contoso.onmicrosoft.com -Department Finance -AccountEnabled $false
Set-AzureADUser -ObjectId liamm@contoso.onmicrosoft.com -Department Finance
(Get-AzureADUser -Filter "department eq 'Finance'").UserPrincipalName
(Get-AzureADUser -Filter "accountEnabled eq false").UserPrincipalName
(Get-AzureADUser -Filter "Department eq 'finance' and AccountEnabled eq true").DisplayName
(Get-AzureADUser -Filter "usageLocation eq 'FR' or usageLocation eq 'CA'").DisplayName
(Get-AzureADUser -Filter "startswith(displayName,'Li') and not(usageLocation eq 'DE')").DisplayName
(Get-AzureADUser -Filter "mail eq 'averyb@contoso.onmicrosoft.com'").Count
$e5 = (Get-AzureADSubscribedSku | Where-Object SkuPartNumber -eq 'ENTERPRISEPREMIUM').SkuId
(Get-AzureADUser -Filter "assignedLicenses/any(x:x/skuId eq guid'$e5')").DisplayName
(Get-AzureADUser -Filter "userPrincipalName eq 'nobody@contoso.onmicrosoft.com'").Count
# what Azure AD Graph does not support is refused by the service
try { Get-AzureADUser -Filter "contains(displayName,'an')" } catch { $_.Exception.Message.Split("`n")[0..2] }
try { Get-AzureADUser -Filter "displayName gt 'M'" } catch { $_.Exception.Message.Split("`n")[2] }
try { Get-AzureADUser -Filter "displayName eq 'unterminated" } catch { $_.Exception.Message.Split("`n")[1..2] }
# -All is a Boolean parameter: a bare -All is an error, not a switch
Get-AzureADUser -All
