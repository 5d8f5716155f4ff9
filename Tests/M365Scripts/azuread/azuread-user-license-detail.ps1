# Get-AzureADUserLicenseDetail -ObjectId: one LicenseDetail per product, direct or inherited.
# Page: Azure/azure-docs-powershell-azuread azureadps-2.0/AzureAD/Get-AzureADUserLicenseDetail.md
Connect-AzureAD | Out-Null
# Example 1
Get-AzureADUserLicenseDetail -ObjectId 5b0f7a10-1c2d-4e3f-8a4b-000000000003
$d = Get-AzureADUserLicenseDetail -ObjectId hugoi@contoso.onmicrosoft.com
$d | Select-Object SkuPartNumber, @{ n = 'Plans'; e = { $_.ServicePlans.Count } }
$d[0].ServicePlans | Select-Object -First 3 ServicePlanName, ProvisioningStatus, AppliesTo
