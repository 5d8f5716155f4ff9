# Set-EntraUserLicense -UserId -AssignedLicenses, with AzureAD's model objects. It posts
# assignLicense with both lists (an unset one empty) and only each license's SkuId; the answer is
# the user as a hashtable; a refusal is Invoke-MgGraphRequest's error with Graph's JSON.
# Page: microsoftgraph/entra-powershell module/docs/entra-powershell-v1.0/Users/Set-EntraUserLicense.md
Connect-Entra -Scopes 'User.ReadWrite.All' -NoWelcome
# more seats, so the documented examples have room
Add-LabSubscription -SkuPartNumber ENTERPRISEPACK -Units 5
Add-LabSubscription -SkuPartNumber EMS -Units 5
# Example 1: Add a license to a user based on a template user
$LicensedUser = Get-EntraUser -ObjectId 'averyb@contoso.onmicrosoft.com'
$License = New-Object -TypeName Microsoft.Open.AzureAD.Model.AssignedLicense
$License.SkuId = $LicensedUser.AssignedLicenses.SkuId
$Licenses = New-Object -TypeName Microsoft.Open.AzureAD.Model.AssignedLicenses
$Licenses.AddLicenses = $License
$Params = @{
    UserId = 'priyaq@contoso.onmicrosoft.com'
    AssignedLicenses = $Licenses
}
$answer = Set-EntraUserLicense @Params
$answer.GetType().FullName
$answer.userPrincipalName, $answer.usageLocation
# Example 2: Add licenses by copying them from another user
$LicensedUser = Get-EntraUser -ObjectId 'caseyd@contoso.onmicrosoft.com'
$User = Get-EntraUser -ObjectId 'quentinr@contoso.onmicrosoft.com'
$License1 = New-Object -TypeName Microsoft.Open.AzureAD.Model.AssignedLicense
$License1.SkuId = $LicensedUser.AssignedLicenses.SkuId[0]
$License2 = New-Object -TypeName Microsoft.Open.AzureAD.Model.AssignedLicense
$License2.SkuId = $LicensedUser.AssignedLicenses.SkuId[1]
$addLicensesArray = @()
$addLicensesArray += $License1
$addLicensesArray += $License2
$Licenses = New-Object -TypeName Microsoft.Open.AzureAD.Model.AssignedLicenses
$Licenses.AddLicenses = $addLicensesArray
try { Set-EntraUserLicense -UserId $User.ObjectId -AssignedLicenses $Licenses | Out-Null } catch { ($_.ErrorDetails.Message -split "`n")[-1] }
# Example 3: Remove an assigned User's License
$UserPrincipalName = 'priyaq@contoso.onmicrosoft.com'
$User = Get-EntraUser -ObjectId $UserPrincipalName
$SkuId = (Get-EntraUserLicenseDetail -ObjectId $UserPrincipalName).SkuId
$Licenses = New-Object -TypeName Microsoft.Open.AzureAD.Model.AssignedLicenses
$Licenses.RemoveLicenses = $SkuId
Set-EntraUserLicense -UserId $User.ObjectId -AssignedLicenses $Licenses | Out-Null
(Get-EntraUserLicenseDetail -UserId $UserPrincipalName).Count
# DisabledPlans are not sent: the product is assigned with every plan
$e1 = Get-EntraSubscribedSku | Where-Object SkuPartNumber -eq 'STANDARDPACK'
$withPlans = New-Object Microsoft.Open.AzureAD.Model.AssignedLicense
$withPlans.SkuId = $e1.SkuId
$withPlans.DisabledPlans = ($e1.ServicePlans | Where-Object ServicePlanName -eq 'MICROSOFTBOOKINGS').ServicePlanId
$Licenses = New-Object Microsoft.Open.AzureAD.Model.AssignedLicenses
$Licenses.AddLicenses = $withPlans
Set-EntraUserLicense -UserId priyaq@contoso.onmicrosoft.com -AssignedLicenses $Licenses | Out-Null
(Get-MgUser -UserId priyaq@contoso.onmicrosoft.com -Property AssignedLicenses).AssignedLicenses.DisabledPlans.Count
# refusals: terminating (try/catch sees them without -ErrorAction Stop); uncaught, the HTTP response
try {
    Set-EntraUserLicense -UserId gwenh@contoso.onmicrosoft.com -AssignedLicenses $Licenses
} catch {
    $_.Exception.GetType().FullName
    $_.FullyQualifiedErrorId
    ($_.ErrorDetails.Message | Select-String 'message').Line.Length -gt 0
}
Set-EntraUserLicense -UserId gwenh@contoso.onmicrosoft.com -AssignedLicenses $Licenses
'next'
Set-EntraUserLicense -UserId averyb@contoso.onmicrosoft.com -AssignedLicenses (New-Object Microsoft.Open.AzureAD.Model.AssignedLicenses)
