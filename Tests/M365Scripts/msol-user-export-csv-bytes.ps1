# Export-Csv of Get-MsolUser objects, byte for byte (issue #13: the report writer was made faster;
# this pins what it writes). Every column of the real type in order, lists written as their type
# name, null fields empty, dates in en-US form, embedded quotes doubled, a delimiter inside a
# field, -UseQuotes AsNeeded, -Delimiter, -IncludeTypeInformation, and a user whose lazy Licenses
# list was read before the export (it must write the same text as one never read). The demo
# tenant's users are created at the time of the run, so dates are masked after checking their form.
Set-MsolUser -UserPrincipalName averyb@contoso.onmicrosoft.com -DisplayName 'Avery "Ace" Brooks, Jr.'
$path = Join-Path ([System.IO.Path]::GetTempPath()) 'licenselab-msol-export-bytes.csv'
$users = Get-MsolUser -All | Sort-Object UserPrincipalName | Select-Object -First 3
$null = $users[1].Licenses.Count
$users | Export-Csv -Path $path -NoTypeInformation
(Get-Content $path) -replace '\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}', 'MM/dd/yyyy HH:mm:ss'
Get-MsolUser -All | Where-Object { $_.IndirectLicenseErrors } | Export-Csv -Path $path -UseQuotes AsNeeded
(Get-Content $path) -replace '\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}', 'MM/dd/yyyy HH:mm:ss'
Get-MsolUser -UserPrincipalName averyb@contoso.onmicrosoft.com | Export-Csv -Path $path -Delimiter ';' -IncludeTypeInformation
(Get-Content $path) -replace '\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}', 'MM/dd/yyyy HH:mm:ss'
Get-MsolUser -UserPrincipalName averyb@contoso.onmicrosoft.com | Select-Object DisplayName, Licenses, WhenCreated | ConvertTo-Csv -UseQuotes AsNeeded |
    ForEach-Object { $_ -replace '\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}', 'MM/dd/yyyy HH:mm:ss' }
Remove-Item $path
