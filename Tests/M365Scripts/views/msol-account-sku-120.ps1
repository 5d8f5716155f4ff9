# window-width: 120
# Get-MsolAccountSku's table: AccountSkuId ActiveUnits WarningUnits ConsumedUnits, each column as wide as its
# label or widest cell (no declared widths), numbers left-aligned.
# Page: MicrosoftDocs/microsoft-365-docs microsoft-365/enterprise/view-licenses-and-services-with-microsoft-365-powershell.md
# (the columns it describes; the widths and alignment as public Get-MsolAccountSku output shows them).
Get-MsolAccountSku
