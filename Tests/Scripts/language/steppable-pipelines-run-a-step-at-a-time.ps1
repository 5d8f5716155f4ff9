# GetSteppablePipeline: Begin, Process per input and End drive the script block's one pipeline a
# step at a time (as proxy functions do); Process and End return what it wrote. Clean blocks run
# once: after End, or when a step throws.
function Get-Twice {
    [CmdletBinding()] param([Parameter(ValueFromPipeline)] $x)
    begin { 'begin' } process { $x * 2 } end { 'end' } clean { Write-Host 'clean ran' }
}
$sp = { Get-Twice | ForEach-Object { "<$_>" } }.GetSteppablePipeline()
$sp.Begin($true)
$sp.Process(1)
$sp.Process(5)
$sp.End()
$sp.Clean()
# a throwing step runs the clean block and the error reaches the caller unwrapped
$script = { begin { throw 'begin-error' } clean { Write-Host 'clean after error' } }
$step = { & $script }.GetSteppablePipeline()
try { $step.Begin($false); $step.Process(); $step.End() } catch { "caught: $($_.Exception.Message)" }
$step.Dispose()
# splatting inside the script block
$hash = @{ Verb = 'Send' }
$sp2 = { Get-Verb @hash }.GetSteppablePipeline()
$sp2.Begin($false)
($sp2.Process()).Group
[void]$sp2.End()
# only a single pipeline can be stepped
try { { 1 + 1 }.GetSteppablePipeline() } catch { $_.FullyQualifiedErrorId }
