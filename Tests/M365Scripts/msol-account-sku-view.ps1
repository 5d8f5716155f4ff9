# Get-MsolAccountSku's default table on the demo tenant.
Get-MsolAccountSku
