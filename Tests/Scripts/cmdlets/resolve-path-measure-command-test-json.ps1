# Resolve-Path and Convert-Path name existing items (wildcards expanded; -Relative from here or
# from -RelativeBasePath); Measure-Command runs in the caller's scope and returns a TimeSpan;
# Test-Json says whether text is JSON.
$root = Join-Path ([IO.Path]::GetTempPath()) "resolve-$PID"
New-Item -ItemType Directory -Path "$root/sub" -Force | Out-Null
Set-Content "$root/a.csv" 'x'; Set-Content "$root/b.csv" 'y'; Set-Content "$root/sub/c.csv" 'z'
Push-Location $root
(Resolve-Path ./a.csv).Path -eq (Join-Path $root 'a.csv')
Resolve-Path *.csv -Relative
Resolve-Path ./sub/c.csv -Relative -RelativeBasePath ./sub
(Convert-Path ./sub) -eq (Join-Path $root 'sub')
try { Resolve-Path ./missing.csv -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
Pop-Location
$t = Measure-Command { $made = 1..100 | ForEach-Object { $_ } }
$t.GetType().FullName
"variables set inside stay: $($made.Count)"
'{"sku": "EMS", "units": 3}' | Test-Json
Test-Json '{ not json' -ErrorAction SilentlyContinue
Remove-Item $root -Recurse
