# A usage location is an ISO 3166-1 alpha-2 code, as Microsoft 365 takes it (any case): UK is not
# one (the United Kingdom is GB), nor are XK or EU. Each module answers in its own words; the
# directory's country (Set-LabTenant -CountryLetterCode) follows the same list.
$upn = 'umaw@contoso.onmicrosoft.com'
foreach ($code in 'UK', 'XK', 'EU', 'U') {
    try { Set-MsolUser -UserPrincipalName $upn -UsageLocation $code -ErrorAction Stop } catch { "$code`: $($_.Exception.Message) [$($_.FullyQualifiedErrorId)]" }
}
Set-MsolUser -UserPrincipalName $upn -UsageLocation gb
(Get-MsolUser -UserPrincipalName $upn).UsageLocation
Connect-MgGraph -NoWelcome
try { Update-MgUser -UserId $upn -UsageLocation UK -ErrorAction Stop } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
try { New-MgUser -DisplayName Kim -UserPrincipalName kim@contoso.onmicrosoft.com -MailNickname kim -AccountEnabled -UsageLocation UK -PasswordProfile @{ Password = 'P@ssw0rd!x1' } -ErrorAction Stop } catch { $_.Exception.Message }
try { Set-LabTenant -CountryLetterCode UK -ProcessingMode Deferred -ErrorAction Stop } catch { $_.Exception.Message }
(Get-MsolCompanyInformation).CountryLetterCode
(Set-LabTenant -PassThru).ProcessingMode
