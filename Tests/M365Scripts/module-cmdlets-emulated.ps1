# The emulated Microsoft 365 modules are installed; other names give PowerShell's errors.
(Get-Module -ListAvailable -Name MSOnline).Name
(Get-Module -ListAvailable -Name Microsoft.Graph.Users).Name
$null -eq (Get-Module -Name MSOnline)
Import-Module MSOnline
(Get-Module -Name MSOnline).Name
Install-Module Microsoft.Graph -Scope CurrentUser -Force -AllowClobber
try { Import-Module NotAModule -ErrorAction Stop } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
try { Install-Module NotAModule -ErrorAction Stop } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
