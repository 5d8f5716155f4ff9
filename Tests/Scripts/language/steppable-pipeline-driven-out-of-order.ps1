# A steppable pipeline whose Begin failed, or that was never begun, runs nothing on Process/End
function Stage { param([Parameter(ValueFromPipeline)]$x) begin { if ($global:failBegin) { throw 'begin failed' } } process { "got $x" } end { 'ended' } }
$sp = { Stage }.GetSteppablePipeline()
$sp.Process(1)
$sp.End()
$global:failBegin = $true
$sp = { Stage }.GetSteppablePipeline()
try { $sp.Begin($true) } catch { "caught: $($_.Exception.Message)" }
$sp.Process(2)
$sp.End()
$global:failBegin = $false
$sp = { Stage }.GetSteppablePipeline()
$sp.Begin($true)
$sp.Process(3)
$sp.End()
