# PowerShell's own modules: Core, Management and Utility are imported from the start; the others
# are installed and imported the first time one of their commands runs.
Get-Module -ListAvailable | ForEach-Object Name
'--'
Get-Module | ForEach-Object Name
'--'
$null = ConvertTo-SecureString 'x' -AsPlainText -Force
Get-Module | ForEach-Object Name
(Get-Command ConvertTo-SecureString).Source
(Get-Module Microsoft.PowerShell.Security).ExportedCommands -join ', '
