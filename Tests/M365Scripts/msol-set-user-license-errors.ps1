# Direct assignment errors: documented messages, Exception.ErrorCode, FQEIDs, catchable by type.
Reset-LabTenant -Empty
Add-LabSubscription -SkuPartNumber STANDARDPACK -Units 1
Add-LabSubscription -SkuPartNumber ENTERPRISEPACK -Units 1
$null = New-MsolUser -UserPrincipalName a@contoso.onmicrosoft.com -DisplayName A -UsageLocation US
$null = New-MsolUser -UserPrincipalName b@contoso.onmicrosoft.com -DisplayName B -UsageLocation US
Set-MsolUserLicense -UserPrincipalName a@contoso.onmicrosoft.com -AddLicenses contoso:STANDARDPACK
function Show($block) {
    try { & $block } catch [Microsoft.Online.Administration.Automation.MicrosoftOnlineException] {
        "{0} | {1} | {2}" -f $_.Exception.ErrorCode, $_.Exception.Message, $_.FullyQualifiedErrorId
    }
}
Show { Set-MsolUserLicense -UserPrincipalName b@contoso.onmicrosoft.com -AddLicenses contoso:STANDARDPACK -ErrorAction Stop }
Show { Set-MsolUserLicense -UserPrincipalName a@contoso.onmicrosoft.com -AddLicenses contoso:STANDARDPACK -ErrorAction Stop }
Show { Set-MsolUserLicense -UserPrincipalName a@contoso.onmicrosoft.com -AddLicenses contoso:NOSUCHSKU -ErrorAction Stop }
Show { Set-MsolUserLicense -UserPrincipalName a@contoso.onmicrosoft.com -AddLicenses contoso:ENTERPRISEPACK -ErrorAction Stop }
Show { Set-MsolUserLicense -UserPrincipalName nobody@contoso.onmicrosoft.com -AddLicenses contoso:ENTERPRISEPACK -ErrorAction Stop }
Set-MsolUserLicense -UserPrincipalName b@contoso.onmicrosoft.com -AddLicenses contoso:STANDARDPACK -ErrorAction SilentlyContinue
$Error[0].CategoryInfo.ToString()
(Get-MsolUser -UserPrincipalName a@contoso.onmicrosoft.com).Licenses.AccountSkuId
