# A bare `--` ends the parameters: what follows binds as plain arguments even when it looks like
# a parameter; a quoted '--' is an ordinary argument.
function Show-Arg { param($Value, [switch]$Flag) "value=$Value flag=$Flag" }
Show-Arg -- -Flag
Write-Output -- -x
Write-Output '--'
Show-Arg -Flag -- --
