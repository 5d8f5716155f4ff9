# A script module runs in a scope of its own: only what Export-ModuleMember names is exported
# (every function and alias when it names nothing); exported functions still reach the module's
# variables and private helpers, and Get-Command -Module lists what the module exports.
$dir = Join-Path ([System.IO.Path]::GetTempPath()) "llmod-$PID"
New-Item -ItemType Directory -Path $dir -Force | Out-Null
$path = Join-Path $dir 'SeatTools.psm1'
Set-Content -Path $path -Value @'
$script:prefix = 'Seat'
function Get-SeatLabel { param($n) "$(Format-Label $n)" }
function Format-Label { param($n) "${script:prefix}-$n" }
function Get-SeatCount { 3 }
Set-Alias gsl Get-SeatLabel
Export-ModuleMember -Function Get-SeatLabel, Get-SeatCount -Alias gsl
'@
Import-Module $path
Get-SeatLabel 7
gsl 8
Get-Command -Module SeatTools | ForEach-Object { "$($_.CommandType) $($_.Name)" }
(Get-Command Get-SeatLabel).ModuleName
# the helper and the module's variable stay inside the module
[bool](Get-Command Format-Label -ErrorAction SilentlyContinue)
"prefix outside: [$prefix]"
(Get-Module SeatTools).ExportedFunctions -join ', '
# a script block from the caller runs in the caller's scope, not the module's
$prefix = 'caller'
& { "caller sees: $prefix" }
Remove-Module SeatTools
[bool](Get-Command Get-SeatLabel -ErrorAction SilentlyContinue)
# outside a module, Export-ModuleMember is an error
try { Export-ModuleMember -Function x } catch { $_.FullyQualifiedErrorId }
Remove-Item $dir -Recurse
