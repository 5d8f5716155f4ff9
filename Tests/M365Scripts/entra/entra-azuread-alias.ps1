# Enable-EntraAzureADAlias: an AzureAD licensing script runs unchanged on Microsoft.Entra,
# except where the modules differ (-All is a switch in Entra).
# Page: microsoftgraph/entra-powershell module/docs/entra-powershell-v1.0/Users/Enable-EntraAzureADAlias.md
Connect-Entra -Scopes 'User.ReadWrite.All', 'Organization.Read.All' -NoWelcome
Enable-EntraAzureADAlias
Get-Alias Set-AzureADUserLicense | Select-Object Name, Definition
$e3 = (Get-AzureADSubscribedSku | Where-Object SkuPartNumber -eq 'ENTERPRISEPACK').SkuId
$User = Get-AzureADUser -ObjectId priyaq@contoso.onmicrosoft.com
$License = New-Object -TypeName Microsoft.Open.AzureAD.Model.AssignedLicense
$License.SkuId = $e3
$Licenses = New-Object -TypeName Microsoft.Open.AzureAD.Model.AssignedLicenses
$Licenses.AddLicenses = $License
Set-AzureADUserLicense -ObjectId $User.ObjectId -AssignedLicenses $Licenses | Out-Null
(Get-AzureADUserLicenseDetail -ObjectId priyaq@contoso.onmicrosoft.com).SkuPartNumber
(Get-AzureADUser -ObjectId priyaq@contoso.onmicrosoft.com).GetType().FullName
Get-AzureADUser -All $true
