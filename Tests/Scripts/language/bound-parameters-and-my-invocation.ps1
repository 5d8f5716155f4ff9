function Show-Bound { [CmdletBinding()] param($A, $B) $PSBoundParameters.Keys -join ","; $MyInvocation.MyCommand.Name; $MyInvocation.InvocationName }
Show-Bound -B 2
Set-Alias sb2 Show-Bound
sb2 -A 1
function Forward { [CmdletBinding()] param($A, $B) Show-Bound @PSBoundParameters }
Forward -A x -B y
