# New-MsolUser -LicenseAssignment licenses at once; a failure leaves no user behind.
Reset-LabTenant -Empty
Add-LabSubscription -SkuPartNumber EMS -Units 1
$u = New-MsolUser -UserPrincipalName kai@contoso.onmicrosoft.com -DisplayName Kai -UsageLocation US -LicenseAssignment contoso:EMS -Department IT
$u.IsLicensed
$u.Department
$u.Password.Length -gt 0
New-MsolUser -UserPrincipalName lou@contoso.onmicrosoft.com -DisplayName Lou -UsageLocation US -LicenseAssignment contoso:EMS -ErrorAction SilentlyContinue
$Error[0].Exception.Message
@(Get-MsolUser -All).Count
New-MsolUser -UserPrincipalName kai@contoso.onmicrosoft.com -DisplayName Kai2 -ErrorAction SilentlyContinue
$Error[0].Exception.Message
