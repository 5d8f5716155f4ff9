# PowerShell 7.3's clean { } block: it runs once the whole pipeline is done, however it ended,
# in pipeline order, and only for a command one of whose other blocks ran; its output is dropped,
# its other streams are not, and exit inside it goes no further.
function Only-Clean { clean { Write-Host 'never: no other block ran' } }
function With-End { end { 'end output' } clean { Write-Host 'With-End clean'; 'dropped output' } }
'-- a clean block needs another block to have run'
Only-Clean
With-End
'-- after the whole pipeline, in order, also when a stage throws'
function Source { process { if ($_ -eq 3) { throw 'source failed at 3' } $_ } clean { Write-Host 'Source clean' } }
function Relay { begin { Write-Host 'Relay begin' } process { $_ } clean { Write-Host 'Relay clean' } }
function Sink { end { Write-Host "Sink end: $input" } clean { Write-Host 'Sink clean' } }
1..2 | Source | Relay | Sink
try { 1..5 | Source | Relay | Sink } catch { "caught: $_" }
'-- a pipeline stopped by Select-Object -First still cleans up'
1..10 | & { process { $_ } clean { Write-Host 'stopped early, cleaned' } } | Select-Object -First 2
'-- warnings from clean reach -WarningVariable, even when begin threw'
$failing = { [CmdletBinding()] param() begin { throw 'begin failed' } clean { Write-Warning 'released the handle' } }
try { & $failing -WarningVariable wv -WarningAction SilentlyContinue } catch { "caught: $_" }
"WarningVariable: $wv"
'-- exit in clean ends only the clean block'
function Exits { end { 'Exits end' } clean { exit 3 } }
Exits
'still running'
'-- a script''s own clean block runs after it, also after exit'
$file = Join-Path ([System.IO.Path]::GetTempPath()) "licenselab-clean-$PID.ps1"
Set-Content $file 'end { "script end"; exit 0 } clean { Write-Host "script clean" }'
& $file
Remove-Item $file
