# [Diagnostics.Stopwatch]: StartNew, Stop, Start, Reset, Restart, Elapsed as a TimeSpan
$sw = [Diagnostics.Stopwatch]::StartNew()
$sw.IsRunning
$sw.GetType().FullName
Start-Sleep -Milliseconds 20
$sw.Stop()
$sw.IsRunning
$sw.Elapsed.GetType().Name
$sw.ElapsedMilliseconds.GetType().Name
$sw.ElapsedMilliseconds -ge 15
$frozen = $sw.ElapsedTicks
Start-Sleep -Milliseconds 5
$sw.ElapsedTicks -eq $frozen
$sw.Reset()
$sw.ElapsedTicks
$sw.IsRunning
$sw.Restart()
$sw.IsRunning
$new = [System.Diagnostics.Stopwatch]::new()
$new.IsRunning
[Diagnostics.Stopwatch]::Frequency
$t = [Diagnostics.Stopwatch]::GetTimestamp()
([Diagnostics.Stopwatch]::GetElapsedTime($t)).GetType().Name
"$sw"
