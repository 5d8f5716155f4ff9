# Licenses render as their AccountSkuIds in lists; ServiceStatus has its own table.
Get-MsolUser -UserPrincipalName svent@contoso.onmicrosoft.com | Format-List DisplayName, Licenses, UsageLocation
(Get-MsolUser -UserPrincipalName svent@contoso.onmicrosoft.com).Licenses[1].ServiceStatus
