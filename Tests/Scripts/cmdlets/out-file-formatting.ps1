# Out-File writes what the console would show: strings as lines, objects formatted as tables.
$path = Join-Path ([System.IO.Path]::GetTempPath()) 'll-golden-outfile.txt'
'first line' | Out-File $path
[pscustomobject]@{ Sku = 'E3'; Seats = 25 } | Out-File $path -Append
(Get-Content $path) -join '|'
'no newline' | Out-File $path -NoNewline
(Get-Content $path -Raw).Length
Remove-Item $path
