# Every licensing refusal on the Graph path, in Graph's words (docs/cmdlets.md "Graph errors"):
# the exception holds Graph's message, ErrorCode and StatusCode its code and status.
Connect-MgGraph -NoWelcome
$sku = @{}; Get-MgSubscribedSku | ForEach-Object { $sku[$_.SkuPartNumber] = $_.SkuId }
function Try-Assign($user, $add, $remove = @()) {
    try {
        $null = Set-MgUserLicense -UserId $user -AddLicenses $add -RemoveLicenses $remove -ErrorAction Stop
        "accepted"
    } catch {
        "$($_.Exception.StatusCode) $($_.Exception.ErrorCode): $($_.Exception.Message)"
    }
}
'-- no seat left (Power BI Pro is full)'
Try-Assign priyaq@contoso.onmicrosoft.com @(@{SkuId = $sku.POWER_BI_PRO})
'-- two plans that exclude each other (Exchange Plan 1 held, E3 brings Plan 2)'
Try-Assign yaraz@contoso.onmicrosoft.com @(@{SkuId = $sku.ENTERPRISEPACK})
'-- an add-on without its prerequisite'
Try-Assign priyaq@contoso.onmicrosoft.com @(@{SkuId = $sku.WORKPLACE_ANALYTICS})
'-- plans not offered in the usage location (IR)'
Try-Assign vikramx@contoso.onmicrosoft.com @(@{SkuId = $sku.ENTERPRISEPACK})
'-- no usage location'
Try-Assign umaw@contoso.onmicrosoft.com @(@{SkuId = $sku.ENTERPRISEPACK})
'-- removing what a group gave'
Try-Assign averyb@contoso.onmicrosoft.com @() @($sku.ENTERPRISEPACK)
'-- a product the tenant does not own'
Try-Assign priyaq@contoso.onmicrosoft.com @(@{SkuId = '11111111-2222-3333-4444-555555555555'})
'-- removing a product the user does not hold'
Try-Assign priyaq@contoso.onmicrosoft.com @() @($sku.EMS)
'-- a usage location that is not an ISO 3166 code'
try { Update-MgUser -UserId priyaq@contoso.onmicrosoft.com -UsageLocation UK -ErrorAction Stop } catch {
    "$($_.Exception.StatusCode) $($_.Exception.ErrorCode): $($_.Exception.Message)"
    $_.FullyQualifiedErrorId
}
'-- nothing changed for anyone'
(Get-MgUser -UserId priyaq@contoso.onmicrosoft.com -Property AssignedLicenses, UsageLocation).AssignedLicenses.Count
(Get-MgUser -UserId priyaq@contoso.onmicrosoft.com -Property UsageLocation).UsageLocation
