# A refused Graph request through an SDK cmdlet is a non-terminating error from the cmdlet's
# variant (Set-MgUserLicense_AssignExpanded): the script carries on, and try/catch only fires
# with -ErrorAction Stop. The same refusals as graph-error-invoke-request-throws.ps1.
Connect-MgGraph -NoWelcome
$skus = Get-MgSubscribedSku -All
$e3 = ($skus | Where-Object SkuPartNumber -eq 'ENTERPRISEPACK').SkuId
$e1 = ($skus | Where-Object SkuPartNumber -eq 'STANDARDPACK').SkuId
try {
    Set-MgUserLicense -UserId averyb@contoso.onmicrosoft.com -AddLicenses @() -RemoveLicenses @($e3)
    'carried on: the catch block did not run'
} catch { 'caught' }
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.Activity
$Error[0].Exception.GetType().FullName
"$($Error[0].Exception.StatusCode) $($Error[0].Exception.ErrorCode)"
try {
    Set-MgUserLicense -UserId liamm@contoso.onmicrosoft.com -AddLicenses @{ SkuId = $e1; DisabledPlans = @('not-a-guid') } -RemoveLicenses @() -ErrorAction Stop
} catch { "caught with -ErrorAction Stop: $($_.Exception.Message.Split([char]10)[0])" }
