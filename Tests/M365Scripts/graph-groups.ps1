# Graph groups: -Property licensing fields, hasMembersWithLicenseErrors filter, members with
# AdditionalProperties, member removal, Invoke-MgLicenseUser after a fix.
Connect-MgGraph -Scopes 'Group.ReadWrite.All', 'User.ReadWrite.All' -NoWelcome
(Get-MgGroup -Filter 'hasMembersWithLicenseErrors eq true' -All | Sort-Object DisplayName).DisplayName -join ','
$g = Get-MgGroup -GroupId 9c3e5d20-2b4a-4c6d-8e7f-000000000002 -Property Id, DisplayName, AssignedLicenses, LicenseProcessingState
$g.DisplayName
$g.AssignedLicenses.SkuId -join ','
$g.LicenseProcessingState.State
$m = Get-MgGroupMember -GroupId $g.Id -All
$m[0].AdditionalProperties['@odata.type']
($m | ForEach-Object { $_.AdditionalProperties.userPrincipalName }) -join ','
# -Property id: $select leaves the other user properties out; the type and the id stay
$ids = Get-MgGroupMember -GroupId $g.Id -All -Property id
'{0} members: {1}; {2}' -f $ids.Count, ($ids[0].AdditionalProperties.Keys -join ','), ($ids[0].Id -eq $m[0].Id)
$bad = Get-MgGroupMemberWithLicenseError -GroupId $g.Id -All
$bad.AdditionalProperties.displayName
(Get-MgUser -UserId $bad.Id -Property LicenseAssignmentStates).LicenseAssignmentStates | ForEach-Object { "$($_.SkuId) $($_.State) $($_.Error)" }
Remove-MgGroupMemberDirectoryObjectByRef -GroupId $g.Id -DirectoryObjectId $bad.Id
@(Get-MgGroupMemberWithLicenseError -GroupId $g.Id -All).Count
$e3 = (Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'ENTERPRISEPACK').SkuId
try { Set-MgUserLicense -UserId averyb@contoso.onmicrosoft.com -AddLicenses @() -RemoveLicenses @($e3) -ErrorAction Stop } catch { $_.Exception.Message.Split([char]10)[0] }
Get-MgGroup -Filter 'hasMembersWithLicenseErrors eq true' -ConsistencyLevel eventual -ErrorAction SilentlyContinue
$Error[0].Exception.Message.Split([char]10)[0]
