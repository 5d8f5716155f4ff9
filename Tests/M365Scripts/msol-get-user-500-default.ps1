# Without -All or -MaxResults, Get-MsolUser returns the first 500 users and warns.
Reset-LabTenant -Empty
foreach ($i in 1..503) { $null = New-MsolUser -UserPrincipalName "u$i@contoso.onmicrosoft.com" -DisplayName "User $i" }
(Get-MsolUser -WarningVariable w -WarningAction SilentlyContinue).Count
"$w"
(Get-MsolUser -All).Count
(Get-MsolUser -MaxResults 10 -WarningVariable w2).Count
@($w2).Count
