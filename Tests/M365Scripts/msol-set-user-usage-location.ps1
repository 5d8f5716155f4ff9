# Set-MsolUser -UsageLocation to a country where an assigned plan is prohibited fails at once.
Reset-LabTenant -Empty
Add-LabSubscription -SkuPartNumber EMS -Units 1
$null = New-MsolUser -UserPrincipalName ivo@contoso.onmicrosoft.com -DisplayName Ivo -UsageLocation US -LicenseAssignment contoso:EMS
try { Set-MsolUser -UserPrincipalName ivo@contoso.onmicrosoft.com -UsageLocation IR -ErrorAction Stop } catch { $_.Exception.ErrorCode; $_.Exception.Message.Substring(0, 60) }
(Get-MsolUser -UserPrincipalName ivo@contoso.onmicrosoft.com).UsageLocation
Set-MsolUser -UserPrincipalName ivo@contoso.onmicrosoft.com -UsageLocation ca
(Get-MsolUser -UserPrincipalName ivo@contoso.onmicrosoft.com).UsageLocation
Set-MsolUser -UserPrincipalName ivo@contoso.onmicrosoft.com -BlockCredential $true
(Get-MsolUser -UserPrincipalName ivo@contoso.onmicrosoft.com).BlockCredential
@(Get-MsolUser -All -EnabledFilter DisabledOnly).Count
