# MSOnline groups: default table, members, licenses, errors tenant-wide.
Get-MsolGroup | Select-Object -First 2
(Get-MsolGroup -All -HasLicenseErrorsOnly $true | Sort-Object DisplayName).DisplayName -join ','
$g = Get-MsolGroup -SearchString 'E3 + EMS'
$g.Licenses.SkuPartNumber -join ','
$g.AssignedLicenses.AccountSkuId.SkuPartNumber -join ','
$g.GroupType
Get-MsolGroupMember -GroupObjectId $g.ObjectId | Select-Object -ExpandProperty EmailAddress
(Get-MsolGroup -UserPrincipalName inesj@contoso.onmicrosoft.com | Sort-Object DisplayName).DisplayName -join ','
