# Remove-MsolUser frees the seat; Restore-MsolUser needs it back.
Reset-LabTenant -Empty
Add-LabSubscription -SkuPartNumber STANDARDPACK -Units 1
$null = New-MsolUser -UserPrincipalName old@contoso.onmicrosoft.com -DisplayName Old -UsageLocation US -LicenseAssignment contoso:STANDARDPACK
Remove-MsolUser -UserPrincipalName old@contoso.onmicrosoft.com -Force
(Get-MsolAccountSku).ConsumedUnits
(Get-MsolUser -ReturnDeletedUsers).UserPrincipalName
@(Get-MsolUser -All).Count
$null = New-MsolUser -UserPrincipalName new@contoso.onmicrosoft.com -DisplayName New -UsageLocation US -LicenseAssignment contoso:STANDARDPACK
try { Restore-MsolUser -UserPrincipalName old@contoso.onmicrosoft.com -ErrorAction Stop } catch { $_.Exception.ErrorCode }
Remove-MsolUser -UserPrincipalName new@contoso.onmicrosoft.com -Force
Restore-MsolUser -UserPrincipalName old@contoso.onmicrosoft.com
(Get-MsolUser -UserPrincipalName old@contoso.onmicrosoft.com).IsLicensed
Remove-MsolUser -UserPrincipalName new@contoso.onmicrosoft.com -RemoveFromRecycleBin -Force
@(Get-MsolUser -ReturnDeletedUsers).Count
