# Get-MsolUser list filters on the demo tenant.
(Get-MsolUser -All -UnlicensedUsersOnly | Sort-Object UserPrincipalName).UserPrincipalName -join ','
(Get-MsolUser -All -UsageLocation DE).DisplayName -join ','
(Get-MsolUser -SearchString 'ki').UserPrincipalName
@(Get-MsolUser -All -HasErrorsOnly).Count
(Get-MsolUser -All).Count
(Get-MsolUser -MaxResults 2).Count
Set-MsolUser -UserPrincipalName averyb@contoso.onmicrosoft.com -Department Sales -Title Manager -City Berlin
(Get-MsolUser -All -Department sales).UserPrincipalName
(Get-MsolUser -UserPrincipalName averyb@contoso.onmicrosoft.com).Title
@(Get-MsolUser -All -DomainName fabrikam.com).Count
