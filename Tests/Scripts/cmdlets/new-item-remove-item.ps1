# New-Item creates files and directories (with -Value), Remove-Item -Recurse deletes them.
$base = Join-Path ([System.IO.Path]::GetTempPath()) 'll-golden-items'
if (Test-Path $base) { Remove-Item $base -Recurse -Force }
$d = New-Item -ItemType Directory -Path $base
$d.PSIsContainer
$f = New-Item -ItemType File -Path (Join-Path $base 'a.txt') -Value 'hello'
$f.Name
Get-Content (Join-Path $base 'a.txt')
try { New-Item -ItemType File -Path (Join-Path $base 'a.txt') -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
Remove-Item $base -Recurse
Test-Path $base
