# Get-InstalledModule / Find-Module know the emulated gallery modules; other names are not found.
(Get-InstalledModule -Name MSOnline).Name
(Find-Module -Name ExchangeOnlineManagement).Repository
try { Get-InstalledModule -Name NotAModule -ErrorAction Stop } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
