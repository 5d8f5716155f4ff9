$before = $notSetYet
$null -eq $before
Set-StrictMode -Version Latest
try { $notSetYet } catch { $_.FullyQualifiedErrorId }
$o = [pscustomobject]@{ a = 1 }
try { $o.b } catch { $_.FullyQualifiedErrorId }
$o.a
Set-StrictMode -Off
$null -eq $notSetYet
