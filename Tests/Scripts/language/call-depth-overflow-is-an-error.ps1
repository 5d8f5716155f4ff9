function Recurse($n) { Recurse ($n + 1) }
try { Recurse 0 } catch { $_.FullyQualifiedErrorId }
$sb = { & $sb }
try { & $sb } catch { $_.Exception.Message }
"still running"
