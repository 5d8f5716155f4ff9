$null -eq $undefined
@($null).Count
@().Count
$nothing = & { }
@($nothing).Count
$null * 5
5 * $null
$null.Count
$r = foreach ($n in $null) { "iterated" }
$r -eq $null
try { $null[0] } catch { $_.FullyQualifiedErrorId }
try { $null.Trim() } catch { $_.Exception.Message }
"one", $null, "three" | ForEach-Object { "Hello " + $_ }
