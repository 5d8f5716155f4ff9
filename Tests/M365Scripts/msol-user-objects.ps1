# The members of MSOnline users that scripts read: Licenses, ServiceStatus, GroupsAssigningLicense,
# IndirectLicenseErrors, ObjectId as a Guid.
$u = Get-MsolUser -UserPrincipalName caseyd@contoso.onmicrosoft.com
$u.GetType().FullName
$u.PSObject.TypeNames[0]
$u.ObjectId.GetType().FullName
$u.ObjectId.Guid
$u.IsLicensed
$u.Licenses.AccountSkuId -join ','
$u.Licenses[0].GetType().FullName
$u.Licenses[0].AccountSku.SkuPartNumber
$u.Licenses[0].AccountSku.AccountName
$u.Licenses[0].GroupsAssigningLicense -join ','
($u.Licenses | Where-Object AccountSkuId -eq 'contoso:ENTERPRISEPACK').ServiceStatus | Select-Object -First 3 | ForEach-Object { "$($_.ServicePlan.ServiceName) $($_.ProvisioningStatus) $($_.ServicePlan.TargetClass)" }
$f = Get-MsolUser -UserPrincipalName farahg@contoso.onmicrosoft.com
$f.IsLicensed
$f.IndirectLicenseErrors | ForEach-Object { "$($_.AccountSku.SkuPartNumber) $($_.Error) $($_.ReferencedObjectId)" }
$u -is [Microsoft.Online.Administration.User]
