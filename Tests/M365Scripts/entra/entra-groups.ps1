# Get-EntraGroup (GetQuery -Top/-Filter/-All, GetValue -SearchString, GetById -GroupId) and
# Get-EntraGroupMember (-GroupId, -All, -Top).
# Pages: microsoftgraph/entra-powershell module/docs/entra-powershell-v1.0/Groups/Get-EntraGroup.md, Get-EntraGroupMember.md
Connect-Entra -Scopes 'GroupMember.Read.All' -NoWelcome
Get-EntraGroup -Top 2
Get-EntraGroup -SearchString 'E3' | Format-Table
Get-EntraGroup -GroupId 9c3e5d20-2b4a-4c6d-8e7f-000000000004 | Select-Object ObjectId, DisplayName, Description | Format-Table
Get-EntraGroup -Filter "displayName eq 'All Staff'" | Select-Object DisplayName, SecurityEnabled | Format-Table
(Get-EntraGroup -All).Count
Get-EntraGroupMember -GroupId 9c3e5d20-2b4a-4c6d-8e7f-000000000003 | Format-Table
(Get-EntraGroupMember -GroupId 9c3e5d20-2b4a-4c6d-8e7f-000000000001 -All).Count
(Get-EntraGroupMember -GroupId 9c3e5d20-2b4a-4c6d-8e7f-000000000001 -Top 2).AdditionalProperties.userPrincipalName
