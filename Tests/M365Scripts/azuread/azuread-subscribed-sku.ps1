# Get-AzureADSubscribedSku: GetQuery (no parameters) and GetById (-ObjectId <tenantId>_<skuId>).
# PrepaidUnits is a LicenseUnitsDetail, shown by its model ToString in the table.
# Page: Azure/azure-docs-powershell-azuread azureadps-2.0/AzureAD/Get-AzureADSubscribedSku.md
Connect-AzureAD | Out-Null
# Example 1: Get subscribed SKUs
Get-AzureADSubscribedSku
$e3 = Get-AzureADSubscribedSku -ObjectId 6d2f1c3a-0c6e-4a4b-9a51-6f3d2b1e0c01_6fd2c87f-b296-42f0-b197-1e91e994b900
$e3.SkuPartNumber, $e3.ConsumedUnits, $e3.PrepaidUnits.Enabled, $e3.AppliesTo, $e3.CapabilityStatus
$e3.PrepaidUnits.ToString()
# free seats, as scripts compute them
Get-AzureADSubscribedSku | Select-Object SkuPartNumber, @{ n = 'Free'; e = { $_.PrepaidUnits.Enabled - $_.ConsumedUnits } } | Format-Table
try { Get-AzureADSubscribedSku -ObjectId nothing } catch { $_.Exception.Message.Split("`n")[0..2] }
