# Directory attributes (Department, Title, City...) belong to the user in the tenant: what one
# module sets the other reads, clearing one removes it, and Reset-LabTenant forgets them.
# (Stored and exported: TenantStoreTests.)
Connect-MgGraph -Scopes User.ReadWrite.All -NoWelcome
Update-MgUser -UserId averyb@contoso.onmicrosoft.com -Department Research -JobTitle Chemist
$u = Get-MsolUser -UserPrincipalName averyb@contoso.onmicrosoft.com
"$($u.Department) / $($u.Title)"
(Get-MsolUser -All -Title chemist).UserPrincipalName
Set-MsolUser -UserPrincipalName averyb@contoso.onmicrosoft.com -City Leeds
$g = Get-MgUser -UserId averyb@contoso.onmicrosoft.com -Property Department,JobTitle,City
"$($g.Department) / $($g.JobTitle) / $($g.City)"
Update-MgUser -UserId averyb@contoso.onmicrosoft.com -JobTitle $null
"title now: [$((Get-MsolUser -UserPrincipalName averyb@contoso.onmicrosoft.com).Title)]"
Reset-LabTenant
"after reset: [$((Get-MsolUser -UserPrincipalName averyb@contoso.onmicrosoft.com).Department)]"
