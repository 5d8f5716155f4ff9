# [ref]$name refers to the variable itself: .Value reads and writes it, functions with [ref]
# parameters change the caller's variable, and TryParse fills one. [ref]value boxes a value.
$n = 0
$r = [ref]$n
$r.Value = 5
$n
function Set-Nine([ref]$target) { $target.Value = 9 }
Set-Nine ([ref]$n)
$n
if ([int]::TryParse('42', [ref]$parsed)) { "parsed $parsed" }
"not a number: $([int]::TryParse('x', [ref]$parsed)) $parsed"
$box = [ref]'boxed'
$box.Value
$r.GetType().FullName
try { [int]::Parse('x') } catch { $_.Exception.Message }
