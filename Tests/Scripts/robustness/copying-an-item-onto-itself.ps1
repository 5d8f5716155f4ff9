# Copy-Item refuses to copy a file over itself (through a link too: replacing it would delete
# it) and a folder into a folder inside itself (it would never end); $PWD follows Set-Location.
$base = Join-Path ([System.IO.Path]::GetTempPath()) 'll-golden-self-copy'
if (Test-Path $base) { Remove-Item $base -Recurse -Force }
mkdir $base/data/sub | Out-Null
'keep' | Set-Content $base/data/a.txt
New-Item -ItemType SymbolicLink -Path $base/link-a -Value $base/data/a.txt | Out-Null
try { Copy-Item $base/link-a $base/data/a.txt -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message.Replace($base, 'BASE') }
Get-Content $base/data/a.txt
try { Copy-Item $base/data $base/data/sub -Recurse -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message.Replace($base, 'BASE') }
(Get-ChildItem $base/data/sub | Measure-Object).Count
Set-Location $base/data
$PWD.Path.Replace($base, 'BASE')
Set-Location /
Remove-Item $base -Recurse
