# Get-MgUser: the 100 default, -Top, -All, id or UPN, -Property, default view.
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
Get-MgUser -Top 2
$u = Get-MgUser -UserId caseyd@contoso.onmicrosoft.com
$u.Id
$u.UsageLocation -eq $null
$u.AssignedLicenses -eq $null
$u = Get-MgUser -UserId $u.Id -Property Id, DisplayName, UsageLocation, AssignedLicenses
$u.UsageLocation
$u.AssignedLicenses.SkuId -join ','
$u.UserPrincipalName -eq $null
Get-MgUser -UserId ghost@contoso.onmicrosoft.com -ErrorAction SilentlyContinue
$Error[0].Exception.Message.Split([char]10)[0]
