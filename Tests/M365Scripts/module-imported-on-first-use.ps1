# A module is imported the first time one of its commands runs, as PowerShell's autoloading does:
# before Connect-MsolService, Get-Module doesn't list MSOnline; after it, it does.
$null -eq (Get-Module -Name MSOnline)
Connect-MsolService
(Get-Module -Name MSOnline).Name
# a Graph cmdlet imports its own part of the SDK, not the Microsoft.Graph meta-module
Connect-MgGraph -NoWelcome
Get-Module -Name Microsoft.Graph* | ForEach-Object Name
# Import-Module of the meta-module brings its parts
Import-Module Microsoft.Graph
(Get-Module -Name Microsoft.Graph*).Count
# Remove-Module takes it out again; the next use imports it again
Remove-Module MSOnline
$null -eq (Get-Module -Name MSOnline)
$null = Get-MsolAccountSku
(Get-Module -Name MSOnline).Version.ToString()
# an alias a module exports shows the module; the session's built-in aliases belong to none
Get-Command Connect-Graph, gci | ForEach-Object { "$($_.Name) [$($_.Source)] $($_.Version)" }
(Get-Module -ListAvailable Microsoft.Graph.Authentication).ExportedAliases -join ', '
