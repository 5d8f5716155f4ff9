# Get-AzureADUser, one call per documented parameter set and example:
# GetQuery (-Top, -Filter, -All), GetVague (-SearchString), GetById (-ObjectId).
# Page: Azure/azure-docs-powershell-azuread azureadps-2.0/AzureAD/Get-AzureADUser.md
Connect-AzureAD | Out-Null
# Example 1: Get ten users
Get-AzureADUser -Top 10
# Example 2: Get a user by ID (a UPN or an object id)
Get-AzureADUser -ObjectId "priyaq@contoso.onmicrosoft.com" | Format-Table
Get-AzureADUser -ObjectId 5b0f7a10-1c2d-4e3f-8a4b-000000000006 | Format-Table
# Example 3: Search among retrieved users (first characters of DisplayName or UserPrincipalName)
Get-AzureADUser -SearchString "Ki" | Format-Table
Get-AzureADUser -SearchString "wes" | Format-Table
# Example 4: Get a user by userPrincipalName
Get-AzureADUser -Filter "userPrincipalName eq 'jonask@contoso.onmicrosoft.com'" | Format-Table
# Example 5: users whose title starts with Sales
Set-AzureADUser -ObjectId danae@contoso.onmicrosoft.com -JobTitle 'Sales Manager'
Set-AzureADUser -ObjectId elif@contoso.onmicrosoft.com -JobTitle 'Sales Assistant'
Get-AzureADUser -Filter "startswith(jobTitle,'Sales')" | Select-Object DisplayName, JobTitle
# -All takes a Boolean: $true returns every user, 100 are returned otherwise
(Get-AzureADUser -All $true).Count
(Get-AzureADUser -All $false -Top 5).Count
(Get-AzureADUser).Count
# the object
$u = Get-AzureADUser -ObjectId caseyd@contoso.onmicrosoft.com
$u.GetType().FullName
$u.PSObject.TypeNames[0]
$u.ObjectType, $u.UsageLocation, $u.AccountEnabled, $u.MailNickName
$u.AssignedLicenses.SkuId
$u.AssignedLicenses[0].ToString()
