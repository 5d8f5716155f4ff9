$x = "script"
function Read-X { $x }
function Set-Local { $x = "local"; Read-X }
Set-Local
$x
function Set-Script { $script:x = "changed" }
Set-Script
$x
function Set-Global { $global:g = "global value" }
Set-Global
$g
function Count-Up { $count++ ; $count }
$count = 10
Count-Up
$count
. { $dot = "dot-sourced" }
$dot
& { $amp = "child" }
$null -eq $amp
