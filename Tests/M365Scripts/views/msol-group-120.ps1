# window-width: 120
# Get-MsolGroup's table: ObjectId DisplayName GroupType Description.
# Page: MicrosoftDocs/entra-docs docs/identity/users/licensing-ps-examples.md, "Get all groups with license errors"
# (`Get-MsolGroup -All -HasLicenseErrorsOnly $true`).
Get-MsolGroup -All -HasLicenseErrorsOnly $true
