# `$Error = ...` in a script makes a variable of the script's own, as pwsh does; the session's
# error list is untouched and still collects errors.
$Error = "my own value"
"in script: $Error"
function Show-Error { "in a function: $Error" }
Show-Error
Write-Error "recorded" -ErrorAction SilentlyContinue
"still mine: $Error"
"global list: $($global:Error[0])"
