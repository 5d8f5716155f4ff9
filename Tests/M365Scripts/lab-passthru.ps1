# Lab setters write nothing unless -PassThru; with it they write the changed object.
Reset-LabTenant -Empty
Add-LabSubscription -SkuPartNumber EMS -Units 1
$g = New-MsolGroup -DisplayName 'EMS'
@(Set-LabGroupLicense -GroupObjectId $g.ObjectId -AddLicenses contoso:EMS).Count
(Set-LabGroupLicense -GroupObjectId $g.ObjectId -AddLicenses contoso:EMS -PassThru).Licenses.SkuPartNumber
@(Invoke-LabGroupReprocess -GroupObjectId $g.ObjectId).Count
(Invoke-LabGroupReprocess -GroupObjectId $g.ObjectId -PassThru).DisplayName
Set-LabTenant -ProcessingMode Deferred
$u = New-MsolUser -UserPrincipalName w@contoso.onmicrosoft.com -DisplayName W -UsageLocation US
Add-MsolGroupMember -GroupObjectId $g.ObjectId -GroupMemberObjectId $u.ObjectId
Wait-LabLicenseProcessing -PassThru | ForEach-Object { "succeeded=$($_.Succeeded) failed=$($_.Failed)" }
@(Wait-LabLicenseProcessing -PassThru).Count
(Reset-LabTenant -Empty -PassThru).ProcessingMode
