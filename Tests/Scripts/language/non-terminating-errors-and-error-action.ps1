Write-Error "quiet" -ErrorAction SilentlyContinue
"after"
$Error.Count
$Error[0].Exception.Message
Write-Error "second" -ErrorAction SilentlyContinue
$?
$Error[0].Exception.Message
Write-Error "ignored" -ErrorAction Ignore
$Error.Count
Write-Error "collected" -ErrorAction SilentlyContinue -ErrorVariable ev
$ev.Count
$ev[0].Exception.Message
$ErrorActionPreference = "Stop"
try { Write-Error "now terminating"; "not reached" } catch { "caught: $($_.Exception.Message)" }
