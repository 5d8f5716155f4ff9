# window-width: 120
# New-MsolUser's user: Password first, then Get-MsolUser's columns.
# Page: Azure/azure-docs-powershell-azuread azureadps-1.0/MSOnline/New-MsolUser.md (the output type); the columns as
# public New-MsolUser output prints them (`Password UserPrincipalName DisplayName isLicensed`).
New-MsolUser -UserPrincipalName kai@contoso.onmicrosoft.com -DisplayName 'Kai Nakamura' -UsageLocation US -LicenseAssignment contoso:STANDARDPACK
