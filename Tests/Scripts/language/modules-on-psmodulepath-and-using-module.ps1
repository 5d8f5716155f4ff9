# Script modules installed along $env:PSModulePath: Import-Module by name (the highest version
# folder), `using module` in a script (classes included), and auto-loading on a command's first use.
$root = Join-Path ([System.IO.Path]::GetTempPath()) "licenselab-modules-$PID"
$null = New-Item -ItemType Directory -Force (Join-Path $root 'Seats/1.0.0'), (Join-Path $root 'Seats/2.0.0'), (Join-Path $root 'Tools')
Set-Content (Join-Path $root 'Seats/1.0.0/Seats.psm1') 'function Get-SeatPlan { "version 1 (never chosen)" }'
Set-Content (Join-Path $root 'Seats/2.0.0/Seats.psm1') @'
class SeatPlan {
    [string]$Sku = 'E5'
    [int]$Units = 2
    [string] ToString() { return "$($this.Units) x $($this.Sku)" }
}
function Get-SeatPlan { [SeatPlan]::new() }
'@
Set-Content (Join-Path $root 'Tools/Tools.psm1') 'function Get-ToolVersion { "tools 3" }'
$env:PSModulePath = $root

'-- a command of an installed module imports it on first use'
Get-ToolVersion
(Get-Module Tools).Name

'-- using module in a script: its classes and functions'
$script = Join-Path $root 'plan.ps1'
Set-Content $script "using module Seats`n`"plan: `$([SeatPlan]::new())`"`n`"type: `$((Get-SeatPlan).GetType().Name)`""
& $script

'-- Import-Module by name, and a name nowhere on the path'
Import-Module Seats
"$(Get-SeatPlan)"
try { Import-Module NoSuchModule -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
Remove-Item -Recurse -Force $root
