# A call that changes several properties applies all of them or none: when the usage location is
# refused, the new display name given in the same call is not kept either.
$upn = 'averyb@contoso.onmicrosoft.com'
Set-MsolUser -UserPrincipalName $upn -DisplayName 'Changed' -UsageLocation KP -ErrorAction SilentlyContinue
"after Set-MsolUser: $((Get-MsolUser -UserPrincipalName $upn).DisplayName), $((Get-MsolUser -UserPrincipalName $upn).UsageLocation)"
Connect-MgGraph -NoWelcome
Update-MgUser -UserId $upn -DisplayName 'Changed' -UsageLocation KP -ErrorAction SilentlyContinue
"after Update-MgUser: $((Get-MsolUser -UserPrincipalName $upn).DisplayName), $((Get-MsolUser -UserPrincipalName $upn).UsageLocation)"
Set-MsolUser -UserPrincipalName $upn -DisplayName 'Changed' -UsageLocation DE
"after a valid call: $((Get-MsolUser -UserPrincipalName $upn).DisplayName), $((Get-MsolUser -UserPrincipalName $upn).UsageLocation)"
