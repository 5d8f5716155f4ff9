# A runspace from [runspacefactory] given to a PowerShell object: BeginInvoke runs the script,
# EndInvoke returns its output; debug/verbose/warning records land in Streams with a Message;
# InvocationStateInfo.State tells Completed from Failed.
$rs = [runspacefactory]::CreateRunspace()
$rs.RunspaceStateInfo.State
$rs.Open()
$rs.RunspaceStateInfo.State
$ps = [powershell]::Create()
$ps.Runspace = $rs
$ps.InvocationStateInfo.State
$script = "function Get-Foo { [CmdletBinding()] param() Write-Output 'output foo'; Write-Debug 'debug foo'; Write-Verbose 'verbose foo'; Write-Warning 'warn foo' }`n"
[void] $ps.AddScript($script + 'Get-Foo -Debug -Verbose')
$async = $ps.BeginInvoke()
$async.IsCompleted
$output = $ps.EndInvoke($async)
$output[0]
$ps.Streams.Debug[0].Message
$ps.Streams.Verbose[0].Message
"$($ps.Streams.Warning[0])"
$ps.InvocationStateInfo.State
# the runspace keeps what earlier scripts defined
$ps.Commands.Clear()
[void] $ps.AddScript('Get-Foo')
$ps.Invoke()
# -ErrorAction Stop ends the invocation: EndInvoke throws, the state is Failed
$ps2 = [powershell]::Create($rs)
[void] $ps2.AddScript('function Get-Bad { [CmdletBinding()] param() Write-Error "error foo" }; Get-Bad -ErrorAction Stop')
$a2 = $ps2.BeginInvoke()
try { $ps2.EndInvoke($a2) } catch { $_.FullyQualifiedErrorId }
$ps2.InvocationStateInfo.State
# ShouldContinue has no one to ask in a runspace: the error lands in Streams.Error
$ps3 = [powershell]::Create()
[void] $ps3.AddScript('function Get-Ask { [CmdletBinding()] param() if ($PSCmdlet.ShouldContinue("q", "c")) { "yes" } }; Get-Ask')
$ps3.Invoke()
$ps3.Streams.Error.Count
$ps3.InvocationStateInfo.State
# ConfirmImpact None never asks, even with -Confirm
$ps3.Commands.Clear()
[void] $ps3.AddScript('function Get-None { [CmdletBinding(SupportsShouldProcess, ConfirmImpact="None")] param() if ($PSCmdlet.ShouldProcess("t", "act")) { "done" } }; Get-None -Confirm')
$ps3.Invoke()
$ps.Dispose(); $ps2.Dispose(); $ps3.Dispose(); $rs.Dispose()
$rs.RunspaceStateInfo.State
