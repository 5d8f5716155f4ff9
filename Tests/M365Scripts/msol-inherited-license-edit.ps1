# Changing plans of a license the user only inherits from a group fails (MSOnline's
# InvalidOperationOnGroupInheritedLicenseException, "Unknown error occurred.").
$o = New-MsolLicenseOptions -AccountSkuId contoso:ENTERPRISEPACK -DisabledPlans SWAY
try { Set-MsolUserLicense -UserPrincipalName averyb@contoso.onmicrosoft.com -LicenseOptions $o -ErrorAction Stop }
catch { $_.Exception.Message; $_.FullyQualifiedErrorId; $_.Exception.ErrorCode }
$l = (Get-MsolUser -UserPrincipalName averyb@contoso.onmicrosoft.com).Licenses
$l.GroupsAssigningLicense.Guid
