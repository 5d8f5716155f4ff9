# The Lab module: setters write nothing unless -PassThru; Deferred processing waits.
Reset-LabTenant -Empty
Set-LabTenant -ProcessingMode Deferred
$t = Set-LabTenant -DuplicateProxyAddressError UniquenessViolation -PassThru
"$($t.Name) $($t.ProcessingMode) $($t.DuplicateProxyAddressError) $($t.CountryLetterCode)"
(Add-LabSubscription ENTERPRISEPACK 2 -PassThru).AccountSkuId
Add-LabSubscription -SkuPartNumber ENTERPRISEPACK -Units 1
(Get-MsolAccountSku).ActiveUnits
$g = New-MsolGroup -DisplayName D
$u = New-MsolUser -UserPrincipalName d@contoso.onmicrosoft.com -DisplayName D -UsageLocation US
Add-MsolGroupMember -GroupObjectId $g.ObjectId -GroupMemberObjectId $u.ObjectId
Set-LabGroupLicense -GroupObjectId $g.ObjectId -AddLicenses contoso:ENTERPRISEPACK
(Get-MsolGroup -ObjectId $g.ObjectId).GroupLicenseProcessingDetail.LicenseProcessingState
(Get-MsolUser -ObjectId $u.ObjectId).IsLicensed
Wait-LabLicenseProcessing
(Get-MsolUser -ObjectId $u.ObjectId).IsLicensed
Add-LabSubscription -SkuPartNumber NOPE -Units 1 -ErrorAction SilentlyContinue
$Error[0].Exception.Message
Reset-LabTenant
@(Get-MsolUser -All).Count
