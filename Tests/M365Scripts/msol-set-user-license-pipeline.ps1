# Piped users bind by property name; seats run out in Get-MsolUser order, the rest fail.
Reset-LabTenant -Empty
Add-LabSubscription -SkuPartNumber STANDARDPACK -Units 2
foreach ($n in 'a', 'b', 'c') { $null = New-MsolUser -UserPrincipalName "$n@contoso.onmicrosoft.com" -DisplayName $n -UsageLocation US }
Get-MsolUser -All -UnlicensedUsersOnly | Set-MsolUserLicense -AddLicenses contoso:STANDARDPACK -ErrorAction SilentlyContinue -ErrorVariable failures
@($failures).Count
Get-MsolUser -All | Sort-Object UserPrincipalName | ForEach-Object { "$($_.UserPrincipalName) $($_.IsLicensed)" }
Get-MsolUser -All | Where-Object { -not $_.IsLicensed } | Set-MsolUserLicense -RemoveLicenses contoso:STANDARDPACK -ErrorAction SilentlyContinue
$Error[0].Exception.ErrorCode
