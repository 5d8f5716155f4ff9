# New-MsolGroup, members, a licensed group cannot be deleted, Remove-MsolGroup.
Reset-LabTenant -Empty
Add-LabSubscription -SkuPartNumber EMS -Units 5
$g = New-MsolGroup -DisplayName 'Temp' -Description 'temporary'
$g.GetType().FullName
$g.Description
$u = New-MsolUser -UserPrincipalName t@contoso.onmicrosoft.com -DisplayName T -UsageLocation US
Add-MsolGroupMember -GroupObjectId $g.ObjectId -GroupMemberObjectId $u.ObjectId
Add-MsolGroupMember -GroupObjectId $g.ObjectId -GroupMemberObjectId $u.ObjectId -ErrorAction SilentlyContinue
$Error[0].Exception.Message
(Get-MsolGroupMember -GroupObjectId $g.ObjectId).DisplayName
Set-LabGroupLicense -GroupObjectId $g.ObjectId -AddLicenses contoso:EMS
(Get-MsolUser -ObjectId $u.ObjectId).IsLicensed
Remove-MsolGroup -ObjectId $g.ObjectId -Force -ErrorAction SilentlyContinue
$Error[0].Exception.Message
Set-LabGroupLicense -GroupObjectId $g.ObjectId -RemoveLicenses contoso:EMS
(Get-MsolUser -ObjectId $u.ObjectId).IsLicensed
Remove-MsolGroup -ObjectId $g.ObjectId -Force
@(Get-MsolGroup -All).Count
Get-MsolGroup -ObjectId $g.ObjectId -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
