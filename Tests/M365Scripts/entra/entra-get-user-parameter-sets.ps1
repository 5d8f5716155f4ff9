# Get-EntraUser: GetQuery (-Top, -Filter, -All), GetByValue (-SearchString), GetById (-UserId,
# alias -ObjectId). The objects are the Graph SDK's users with AzureAD-era aliases.
# Page: microsoftgraph/entra-powershell module/docs/entra-powershell-v1.0/Users/Get-EntraUser.md
Connect-Entra -Scopes 'User.Read.All' -NoWelcome
# Example 1: Get top three users
Get-EntraUser -Top 3
# Example 2: Get a user by ID
Get-EntraUser -UserId 'priyaq@contoso.onmicrosoft.com' | Format-Table
# Example 3: Search among retrieved users
Get-EntraUser -SearchString 'Ki' | Format-Table
# Example 6: Get a user by userPrincipalName
Get-EntraUser -Filter "userPrincipalName eq 'jonask@contoso.onmicrosoft.com'" | Format-Table
# Example 7: Get a user by MailNickname
Get-EntraUser -Filter "startsWith(MailNickname,'Ma')" | Format-Table
# Example 9: List users with disabled accounts
Update-MgUser -UserId olgap@contoso.onmicrosoft.com -AccountEnabled:$false
Get-EntraUser -Filter "accountEnabled eq false" | Select-Object DisplayName, Id, Mail, UserPrincipalName
# Example 14: List users with a specific license
$skuId = (Get-EntraSubscribedSku | Where-Object { $_.SkuPartNumber -eq 'ENTERPRISEPREMIUM' }).SkuId
Get-EntraUser -Filter "assignedLicenses/any(l:l/skuId eq $skuId)" -Select id, displayName, userPrincipalName, userType, accountEnabled, assignedLicenses |
    Select-Object id, displayName, userPrincipalName, userType, accountEnabled | Format-Table -AutoSize
# -All is a switch here
(Get-EntraUser -All).Count
# the AzureAD-era names
$u = Get-EntraUser -ObjectId farahg@contoso.onmicrosoft.com
$u.PSObject.TypeNames[0]
$u.ObjectId -eq $u.Id
$u.UsageLocation, $u.AssignedLicenses.Count
# AzureAD's `-All $true` is a stray argument for a switch
Get-EntraUser -All $true
try { Get-EntraUser -UserId ghost@contoso.onmicrosoft.com } catch { $_.FullyQualifiedErrorId; ($_.ErrorDetails.Message -split "`n")[-1] }
