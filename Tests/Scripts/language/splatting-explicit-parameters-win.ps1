# A parameter given explicitly wins over the same one in a splatted hashtable (by name, alias or
# prefix); a splatted name a simple function has no parameter for goes to $args as it is.
$hash = @{ Verb = 'Get' }
(Get-Verb @hash -Verb Send).Verb
(Get-Verb -Verb Send @hash).Verb
(Get-Verb @hash -Verb:Send).Verb
function SimpleTest($Key, $Path) { "Key: $Key; Path: $Path; Args: $args" }
$h = @{ Key = 'Hello'; Blah = 'World' }
SimpleTest @h
SimpleTest -Path 'Yeah' @h
# GetPowerShell: the script block with its arguments, ready to Invoke
$ps = { param($h) Get-Verb @h }.GetPowerShell(@{ Verb = 'Set' })
$ps.Invoke().Group
# AutomationNull elements are not written to the pipeline
$none = & {}
function Get-Some { 1, $none, 2, $none, 3 }
(Get-Some).Count
