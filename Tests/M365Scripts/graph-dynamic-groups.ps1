# Dynamic groups through Microsoft Graph: the rule decides the members, licenses follow them,
# members cannot be added by hand, and bad rules are refused with the service's reason.
Connect-MgGraph -Scopes Group.ReadWrite.All, User.ReadWrite.All -NoWelcome
Update-MgUser -UserId averyb@contoso.onmicrosoft.com -Department Sales
Update-MgUser -UserId blakec@contoso.onmicrosoft.com -Department sales -Country DE
Update-MgUser -UserId caseyd@contoso.onmicrosoft.com -Department Marketing

$g = New-MgGroup -DisplayName 'Sales (dynamic)' -MailEnabled:$false -MailNickname salesdyn -SecurityEnabled `
    -GroupTypes DynamicMembership -MembershipRule 'user.department -eq "Sales"' -MembershipRuleProcessingState On
$g | Select-Object DisplayName, GroupTypes, MembershipRule, MembershipRuleProcessingState | Format-List
Get-MgGroupMember -GroupId $g.Id | ForEach-Object { $_.AdditionalProperties['userPrincipalName'] }

'-- a license on the group goes to its members'
$ems = Get-MgSubscribedSku | Where-Object SkuPartNumber -eq 'EMSPREMIUM'
"EMSPREMIUM: $($ems.ConsumedUnits) of $($ems.PrepaidUnits.Enabled) seats used"
Set-MgGroupLicense -GroupId $g.Id -AddLicenses @(@{SkuId = $ems.SkuId}) -RemoveLicenses @() | Out-Null
(Get-MgUser -UserId averyb@contoso.onmicrosoft.com -Property LicenseAssignmentStates).LicenseAssignmentStates |
    Where-Object SkuId -eq $ems.SkuId | Select-Object State, Error

'-- Casey moves to Sales and joins; Avery leaves Sales and loses the license'
Update-MgUser -UserId caseyd@contoso.onmicrosoft.com -Department Sales
Update-MgUser -UserId averyb@contoso.onmicrosoft.com -Department Finance
Get-MgGroupMember -GroupId $g.Id | ForEach-Object { $_.AdditionalProperties['userPrincipalName'] }
(Get-MgUser -UserId averyb@contoso.onmicrosoft.com -Property LicenseAssignmentStates).LicenseAssignmentStates.SkuId -contains $ems.SkuId
'-- no seat left for Casey: the record is in error'
(Get-MgUser -UserId caseyd@contoso.onmicrosoft.com -Property LicenseAssignmentStates).LicenseAssignmentStates |
    Where-Object SkuId -eq $ems.SkuId | Select-Object State, Error

'-- members cannot be added by hand'
New-MgGroupMember -GroupId $g.Id -DirectoryObjectId (Get-MgUser -UserId elif@contoso.onmicrosoft.com).Id
try { New-MgGroupMember -GroupId $g.Id -DirectoryObjectId (Get-MgUser -UserId elif@contoso.onmicrosoft.com).Id -ErrorAction Stop }
catch { $_.Exception.Message; $_.FullyQualifiedErrorId }

'-- nor through MSOnline, which shows the group as a security group'
Add-MsolGroupMember -GroupObjectId $g.Id -GroupMemberObjectId (Get-MgUser -UserId elif@contoso.onmicrosoft.com).Id
(Get-MsolGroup -ObjectId $g.Id).GroupType

'-- the rule changes: everyone is evaluated again'
Update-MgGroup -GroupId $g.Id -MembershipRule 'user.country -in ["DE", "FR"] -or user.department -eq "Finance"'
Get-MgGroupMember -GroupId $g.Id | ForEach-Object { $_.AdditionalProperties['userPrincipalName'] }

'-- paused: members stay'
Update-MgGroup -GroupId $g.Id -MembershipRuleProcessingState Paused
Update-MgUser -UserId blakec@contoso.onmicrosoft.com -Country US
(Get-MgGroupMember -GroupId $g.Id).Count
Update-MgGroup -GroupId $g.Id -MembershipRuleProcessingState On
(Get-MgGroupMember -GroupId $g.Id).Count

'-- a rule the service refuses'
try { Update-MgGroup -GroupId $g.Id -MembershipRule 'user.department -eq Sales' -ErrorAction Stop }
catch { $_.Exception.Message; $_.Exception.StatusCode }
try { New-MgGroup -DisplayName Bad -MailEnabled:$false -MailNickname bad -SecurityEnabled -GroupTypes DynamicMembership -MembershipRule 'user.favouriteColour -eq "red"' -ErrorAction Stop }
catch { $_.Exception.Message }
(Get-MgGroup -Filter "displayName eq 'Sales (dynamic)'").MembershipRule

'-- dynamic groups in $filter'
(Get-MgGroup -Filter "groupTypes/any(c:c eq 'DynamicMembership')").DisplayName
(Get-MgGroup -Filter "membershipRuleProcessingState eq 'On'").Count
