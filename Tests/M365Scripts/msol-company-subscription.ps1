# Company information and subscriptions.
$c = Get-MsolCompanyInformation
$c.CountryLetterCode
$c.InitialDomain
Set-LabTenant -CountryLetterCode fr
(Get-MsolCompanyInformation).CountryLetterCode
Get-MsolSubscription | Where-Object SkuPartNumber -eq 'ENTERPRISEPACK' | ForEach-Object { "$($_.SkuPartNumber) $($_.Status) $($_.TotalLicenses)" }
Connect-MsolService
'connected'
