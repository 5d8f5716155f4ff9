# [powershell]::Create(): a runspace of its own, kept across Invoke() calls, with its output
# returned and its error, warning and information records in Streams.
$ps = [powershell]::Create()
'-- state persists across Invoke calls; the caller''s variables are not seen'
$ps.AddScript('function Twice($x) { 2 * $x }; $kept = "kept"').Invoke()
$ps.Commands.Clear()
$ps.AddScript('Twice 21; $kept').Invoke()
$ps.Commands.Clear()
$outer = 'outer'
$ps.AddScript('"outer is [$outer]"').Invoke()
$ps.Commands.Clear()
'-- commands with parameters and arguments, pipelines, statements, input'
$ps.AddCommand('Get-Date').AddParameter('Year', 2001).AddParameter('Month', 2).AddParameter('Day', 3).Invoke() | ForEach-Object { $_.ToString('yyyy-MM-dd') }
$ps.Commands.Clear()
$ps.AddCommand('Join-Path').AddArgument('a').AddArgument('b').Invoke()
$ps.Commands.Clear()
$ps.AddCommand('Sort-Object').AddParameter('Descending').Invoke(@(3, 1, 2)) -join ','
$ps.Commands.Clear()
$ps.AddCommand('Get-Process').AddCommand('Measure-Object').Commands.Commands -join ' | '
$ps.Commands.Clear()
[powershell]::Create().AddScript('$x = 5').AddStatement().AddScript('$x + 1').Invoke()
'-- streams and HadErrors'
$out = $ps.AddScript('Write-Error "bad"; Write-Warning "careful"; Write-Information "note"; "out"').Invoke()
$out
$ps.HadErrors
$ps.Streams.Error.Count, $ps.Streams.Error[0].Exception.Message -join ' '
$ps.Streams.Warning[0]
$ps.Streams.Information[0].ToString()
$ps.Streams.ClearStreams()
$ps.Streams.Error.Count
$ps.Commands.Clear()
$ps.AddScript('"fine"').Invoke() | Out-Null
$ps.HadErrors
$ps.Commands.Clear()
'-- parse and terminating errors are thrown by Invoke'
try { $ps.AddScript('"unterminated').Invoke() } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
$ps.Commands.Clear()
try { $ps.AddScript('| Get-Location').Invoke() } catch { $_.FullyQualifiedErrorId }
$ps.Commands.Clear()
try { $ps.AddScript('throw "boom"').Invoke() } catch { $_.Exception.GetType().Name; $_.Exception.Message }
try { [powershell]::Create().AddParameter('Name', 'x') } catch { $_.Exception.Message }
$ps.Dispose()
'-- a script takes arguments and parameters; statement errors land in Streams.Error'
[powershell]::Create().AddScript({ param($a) "got $a" }).AddArgument(1).Invoke()
[powershell]::Create().AddScript('param($a, $b) $a + $b').AddParameter('a', 2).AddParameters(@{ b = 3 }).Invoke()
$ps2 = [powershell]::Create()
$ps2.AddScript('1/0; "next"').Invoke()
$ps2.HadErrors
$ps2.Streams.Error[0].Exception.Message
