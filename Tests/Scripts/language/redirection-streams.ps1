$f = Join-Path ([System.IO.Path]::GetTempPath()) "licenselab-redirection-$PID.txt"
"line one" > $f
"line two" >> $f
Get-Content $f
Remove-Item $f
Write-Error "hidden" 2>$null
"after hidden error"
$e = Write-Error "merged" 2>&1
$e.GetType().Name
"$e"
& { Write-Warning "careful"; "value" } 3>&1 | ForEach-Object { "got: $_" }
function Noisy { Write-Error "inside" ; "ok" }
Noisy 2>$null
1, 2 > $null
$null = "discarded"
[void]"discarded"
