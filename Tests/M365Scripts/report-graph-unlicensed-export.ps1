# Export unlicensed enabled users to CSV with Graph, then read the file back.
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
$path = Join-Path ([System.IO.Path]::GetTempPath()) 'licenselab-unlicensed.csv'
Get-MgUser -Filter "accountEnabled eq true and assignedLicenses/`$count eq 0" -ConsistencyLevel eventual -CountVariable total -All -Property DisplayName, UserPrincipalName, UsageLocation |
    Sort-Object UserPrincipalName |
    Select-Object DisplayName, UserPrincipalName, @{n = 'UsageLocation'; e = { if ($_.UsageLocation) { $_.UsageLocation } else { '(none)' } } } |
    Export-Csv -Path $path -NoTypeInformation
"$total user(s) exported"
Import-Csv $path | ForEach-Object { "$($_.UserPrincipalName);$($_.UsageLocation)" }
Remove-Item $path
