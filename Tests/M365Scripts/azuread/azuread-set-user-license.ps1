# Set-AzureADUserLicense with the module's model objects: AssignedLicense (SkuId, DisabledPlans)
# in an AssignedLicenses (AddLicenses, RemoveLicenses). The directory's refusals are thrown in the
# module's block. Page: Azure/azure-docs-powershell-azuread azureadps-2.0/AzureAD/Set-AzureADUserLicense.md
Connect-AzureAD | Out-Null
# Example 1: Add a license to a user based on a template user
$LicensedUser = Get-AzureADUser -ObjectId "averyb@contoso.onmicrosoft.com"
$User = Get-AzureADUser -ObjectId "priyaq@contoso.onmicrosoft.com"
$License = New-Object -TypeName Microsoft.Open.AzureAD.Model.AssignedLicense
$License.SkuId = $LicensedUser.AssignedLicenses.SkuId
$Licenses = New-Object -TypeName Microsoft.Open.AzureAD.Model.AssignedLicenses
$Licenses.AddLicenses = $License
Set-AzureADUserLicense -ObjectId $User.ObjectId -AssignedLicenses $Licenses
(Get-AzureADUserLicenseDetail -ObjectId priyaq@contoso.onmicrosoft.com).SkuPartNumber
# the objects scripts build
$License.GetType().FullName
$License.ToString()
# disabled plans, and removing a product
$skus = Get-AzureADSubscribedSku
$e1 = $skus | Where-Object SkuPartNumber -eq 'STANDARDPACK'
$plan = ($e1.ServicePlans | Where-Object ServicePlanName -eq 'MICROSOFTBOOKINGS').ServicePlanId
$e1License = New-Object Microsoft.Open.AzureAD.Model.AssignedLicense
$e1License.SkuId = $e1.SkuId
$e1License.DisabledPlans = $plan
$change = New-Object Microsoft.Open.AzureAD.Model.AssignedLicenses
$change.AddLicenses = $e1License
$change.RemoveLicenses = $License.SkuId
Set-AzureADUserLicense -ObjectId priyaq@contoso.onmicrosoft.com -AssignedLicenses $change
(Get-AzureADUser -ObjectId priyaq@contoso.onmicrosoft.com).AssignedLicenses | ForEach-Object { "$($_.SkuId) disabled: $($_.DisabledPlans)" }
# refusals, each the directory's text in the module's block; terminating, so try/catch sees them
try {
    Set-AzureADUserLicense -ObjectId gwenh@contoso.onmicrosoft.com -AssignedLicenses $Licenses
} catch {
    $_.Exception.GetType().FullName
    $_.FullyQualifiedErrorId
    $_.Exception.ErrorCode
    $_.Exception.ErrorContent.Message.Value
}
$inherited = New-Object Microsoft.Open.AzureAD.Model.AssignedLicenses
$inherited.RemoveLicenses = $License.SkuId
try { Set-AzureADUserLicense -ObjectId averyb@contoso.onmicrosoft.com -AssignedLicenses $inherited } catch { $_.Exception.ErrorContent.Message.Value }
$nothing = New-Object Microsoft.Open.AzureAD.Model.AssignedLicenses
try { Set-AzureADUserLicense -ObjectId averyb@contoso.onmicrosoft.com -AssignedLicenses $nothing } catch { $_.Exception.ErrorContent.Message.Value }
$pbi = New-Object Microsoft.Open.AzureAD.Model.AssignedLicense
$pbi.SkuId = ($skus | Where-Object SkuPartNumber -eq 'POWER_BI_PRO').SkuId
$full = New-Object Microsoft.Open.AzureAD.Model.AssignedLicenses
$full.AddLicenses = $pbi
try { Set-AzureADUserLicense -ObjectId yaraz@contoso.onmicrosoft.com -AssignedLicenses $full } catch { $_.Exception.ErrorContent.Message.Value }
$bad = New-Object Microsoft.Open.AzureAD.Model.AssignedLicense
$bad.SkuId = 'ENTERPRISEPACK'
$full.AddLicenses = $bad
try { Set-AzureADUserLicense -ObjectId yaraz@contoso.onmicrosoft.com -AssignedLicenses $full } catch { $_.Exception.ErrorContent.Message.Value }
# uncaught: the error view shows the whole block, and the script goes on
Set-AzureADUserLicense -ObjectId gwenh@contoso.onmicrosoft.com -AssignedLicenses $Licenses
# an AssignedLicense where AssignedLicenses is expected does not bind
Set-AzureADUserLicense -ObjectId gwenh@contoso.onmicrosoft.com -AssignedLicenses $License
'done'
