$f = Join-Path ([System.IO.Path]::GetTempPath()) "licenselab-objects-$PID.txt"
[pscustomobject]@{ A = 1; B = 2 }, [pscustomobject]@{ A = 3; B = 4 } > $f
"text" >> $f
Get-Content $f
Remove-Item $f
