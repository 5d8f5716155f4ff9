# Objects created by a script get the same GUIDs on every run (reproducible reports and docs),
# never the same GUID twice.
Reset-LabTenant -Empty
$a = New-MsolUser -UserPrincipalName a@contoso.onmicrosoft.com -DisplayName A
$g = New-MsolGroup -DisplayName G
Remove-MsolUser -ObjectId $a.ObjectId -Force
Remove-MsolUser -ObjectId $a.ObjectId -RemoveFromRecycleBin -Force
$a2 = New-MsolUser -UserPrincipalName a@contoso.onmicrosoft.com -DisplayName A
$a.ObjectId
$g.ObjectId
$a2.ObjectId
$a.ObjectId -ne $a2.ObjectId
$a.Password
