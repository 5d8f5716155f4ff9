function f { [CmdletBinding()] param() Write-Error "inner one"; Write-Error "inner two"; "out" }
f -ErrorVariable errs -ErrorAction SilentlyContinue
$errs.Count
$errs[1].Exception.Message
