# Get-Help alone says where to start (about_LicenseLab) and lists the conceptual topics; a word
# that names no command or topic lists the commands and topics whose help has it (one match is
# shown whole); a word found nowhere is HelpNotFound.
$overview = Get-Help | Out-String
$overview -match 'Get-Help about_LicenseLab'
$overview -match 'about_GroupLicensing_NotEnoughLicenses'
Get-Help reprocessing | ForEach-Object { "$($_.Category) $($_.Name)" }
(Get-Help CountViolation | Measure-Object).Count -gt 3
try { Get-Help qwertyuiop -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
(Get-Help Get-MsolAccountSku | Out-String) -match 'DESCRIPTION'
# a command in help text stays one line whatever the width, so it can be copied
(Get-Help about_GroupLicensingErrors | Out-String -Width 60) -match 'PS> Set-MsolUserLicense -UserPrincipalName vikramx@contoso.onmicrosoft.com -AddLicenses contoso:EMS  # fails'
