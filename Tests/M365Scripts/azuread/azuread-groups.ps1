# Get-AzureADGroup (GetQuery, GetVague, GetById) and Get-AzureADGroupMember (-ObjectId, -All, -Top).
# Pages: Azure/azure-docs-powershell-azuread azureadps-2.0/AzureAD/Get-AzureADGroup.md, Get-AzureADGroupMember.md
Connect-AzureAD | Out-Null
# Get-AzureADGroup Example 1: Get all groups
Get-AzureADGroup
# Example 2: Get groups that contain a search string
Get-AzureADGroup -SearchString "All" | Format-Table
Get-AzureADGroup -ObjectId 9c3e5d20-2b4a-4c6d-8e7f-000000000004 | Format-List
(Get-AzureADGroup -Filter "displayName eq 'E3 + EMS'").Description
(Get-AzureADGroup -Top 2).DisplayName
# Get-AzureADGroupMember Example 1 and 2: by group id, and all members
Get-AzureADGroupMember -ObjectId "9c3e5d20-2b4a-4c6d-8e7f-000000000003"
(Get-AzureADGroupMember -ObjectId "9c3e5d20-2b4a-4c6d-8e7f-000000000001" -All $true).Count
(Get-AzureADGroupMember -ObjectId "9c3e5d20-2b4a-4c6d-8e7f-000000000001" -Top 3).UserPrincipalName
try { Get-AzureADGroupMember -ObjectId 9c3e5d20-2b4a-4c6d-8e7f-000000000099 } catch { $_.Exception.Message.Split("`n")[0..2] }
