# Graph names a SkuId the tenant does not own in its error.
Connect-MgGraph -NoWelcome
try {
    Set-MgUserLicense -UserId averyb@contoso.onmicrosoft.com -AddLicenses @{ SkuId = '11111111-2222-3333-4444-555555555555' } -RemoveLicenses @() -ErrorAction Stop
} catch { $_.Exception.Message }
