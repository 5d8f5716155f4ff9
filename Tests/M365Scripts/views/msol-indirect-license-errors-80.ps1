# window-width: 80
# A user's IndirectLicenseErrors: no view is published, so a table of the object's four properties
# (ExtensionData AccountSku Error ReferencedObjectId) fitted as pwsh fits it; at 80 columns the last one does not fit.
# Page: MicrosoftDocs/entra-docs docs/identity/users/licensing-ps-examples.md (the properties its scripts read).
(Get-MsolUser -UserPrincipalName hugoi@contoso.onmicrosoft.com).IndirectLicenseErrors
