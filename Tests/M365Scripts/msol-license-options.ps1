# New-MsolLicenseOptions disables plans on add and on an existing direct license; $null re-enables all.
Reset-LabTenant -Empty
Add-LabSubscription -SkuPartNumber ENTERPRISEPACK -Units 2
New-MsolUser -UserPrincipalName ada@contoso.onmicrosoft.com -DisplayName Ada -UsageLocation FR | Out-Null
$o = New-MsolLicenseOptions -AccountSkuId contoso:ENTERPRISEPACK -DisabledPlans SWAY, YAMMER_ENTERPRISE
$o.GetType().FullName
$o.AccountSkuId.SkuPartNumber
$o.DisabledServicePlans -join ','
Set-MsolUserLicense -UserPrincipalName ada@contoso.onmicrosoft.com -AddLicenses contoso:ENTERPRISEPACK -LicenseOptions $o
function Disabled { ((Get-MsolUser -UserPrincipalName ada@contoso.onmicrosoft.com).Licenses.ServiceStatus | Where-Object ProvisioningStatus -eq 'Disabled').ServicePlan.ServiceName -join ',' }
Disabled
Set-MsolUserLicense -UserPrincipalName ada@contoso.onmicrosoft.com -LicenseOptions (New-MsolLicenseOptions -AccountSkuId contoso:ENTERPRISEPACK -DisabledPlans $null)
"[$(Disabled)]"
