# window-width: 120
# Get-MsolUser's table: UserPrincipalName DisplayName isLicensed (lower-case i).
# Page: Azure/azure-docs-powershell-azuread azureadps-1.0/MSOnline/Get-MsolUser.md.
Get-MsolUser -MaxResults 4
