# In a script, $MyInvocation.MyCommand is the script itself (ExternalScriptInfo): its Path is the
# script's full path, so a report written beside the script lands in the script's folder.
$cmd = $MyInvocation.MyCommand
$cmd.CommandType
$cmd.Name
Split-Path -Leaf $cmd.Path
$cmd.Path -eq $PSCommandPath
(Split-Path -Parent $cmd.Path) -eq $PSScriptRoot
# inside a function it is the function (FunctionInfo), with its body as Definition
function Get-Report { param($Name) $MyInvocation.MyCommand }
$f = Get-Report
$f.CommandType
$f.Name
$f.Definition.Trim()
