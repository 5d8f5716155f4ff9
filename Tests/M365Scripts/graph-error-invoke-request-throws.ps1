# A refused request through Invoke-MgGraphRequest throws (a terminating HttpResponseException,
# whatever -ErrorAction says); its ErrorDetails are the HTTP response, whose JSON body carries
# the same Graph error the SDK cmdlets show (graph-error-sdk-cmdlet-does-not-stop.ps1).
Connect-MgGraph -NoWelcome
$skus = Get-MgSubscribedSku -All
$e3 = ($skus | Where-Object SkuPartNumber -eq 'ENTERPRISEPACK').SkuId
$e1 = ($skus | Where-Object SkuPartNumber -eq 'STANDARDPACK').SkuId
try {
    Invoke-MgGraphRequest -Method POST -Uri 'v1.0/users/averyb@contoso.onmicrosoft.com/assignLicense' -Body @{ addLicenses = @(); removeLicenses = @($e3) } -ErrorAction SilentlyContinue
    'not reached'
} catch {
    $_.Exception.GetType().FullName
    $_.Exception.Message
    $_.FullyQualifiedErrorId
    $response = $_.ErrorDetails.Message -split "`n"
    $response[1]
    $body = $response[-1] | ConvertFrom-Json
    "$($body.error.code): $($body.error.message)"
}
# Uncaught, it ends its statement only; the error view shows the HTTP response.
Invoke-MgGraphRequest -Method POST -Uri 'v1.0/users/liamm@contoso.onmicrosoft.com/assignLicense' -Body @{ addLicenses = @(@{ skuId = $e1; disabledPlans = @('not-a-guid') }); removeLicenses = @() }
'the next statement runs'
