# AzureAD's *-AzureADMSGroup view of dynamic groups: types, rule and processing state; the rule
# decides the members; a rule the service refuses is the module's error block.
Connect-AzureAD | Out-Null
Set-AzureADUser -ObjectId averyb@contoso.onmicrosoft.com -Department Sales
$g = New-AzureADMSGroup -DisplayName 'Sales (dynamic)' -MailEnabled $false -MailNickname salesdyn -SecurityEnabled $true `
    -GroupTypes DynamicMembership -MembershipRule 'user.department -eq "Sales"' -MembershipRuleProcessingState On
$g | Format-List DisplayName, MailNickname, SecurityEnabled, GroupTypes, MembershipRule, MembershipRuleProcessingState
(Get-AzureADGroupMember -ObjectId $g.Id).UserPrincipalName
Set-AzureADMSGroup -Id $g.Id -MembershipRuleProcessingState Paused
Get-AzureADMSGroup -Id $g.Id | Select-Object DisplayName, MembershipRuleProcessingState
(Get-MsolGroup -ObjectId $g.Id).GroupType
try { Set-AzureADMSGroup -Id $g.Id -MembershipRule 'user.department -eq' } catch { $_.Exception.Message -split "`n" | Select-Object -First 3 }
