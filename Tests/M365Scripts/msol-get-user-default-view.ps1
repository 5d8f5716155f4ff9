# Get-MsolUser's default table: UserPrincipalName, DisplayName and the lowercase isLicensed header.
Get-MsolUser -MaxResults 3
