# window-width: 120
# Get-AzureADSubscribedSku's table: ObjectId SkuPartNumber PrepaidUnits ConsumedUnits.
# Page: Azure/azure-docs-powershell-azuread azureadps-2.0/AzureAD/Get-AzureADSubscribedSku.md, Example 1.
Connect-AzureAD | Out-Null
Get-AzureADSubscribedSku | Select-Object -First 3
