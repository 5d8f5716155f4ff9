# On Linux, pwsh treats `\` in a path as a separator: ".\sub\p.csv" is the file p.csv in sub.
$dir = Join-Path ([System.IO.Path]::GetTempPath()) "llbs-$PID"
New-Item -ItemType Directory -Path "$dir/sub" -Force | Out-Null
Push-Location $dir
[pscustomobject]@{ a = 1 } | Export-Csv -Path ".\sub\p.csv"
"x" | Out-File ".\sub\t.txt"
Set-Content -Path ".\sub\s.txt" -Value "y"
Get-ChildItem sub | ForEach-Object Name | Sort-Object
(Import-Csv ".\sub\p.csv").a
Get-Content "sub\t.txt"
Test-Path ".\sub\s.txt"
Pop-Location
Remove-Item $dir -Recurse
