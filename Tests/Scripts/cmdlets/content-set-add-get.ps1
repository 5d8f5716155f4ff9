# Set-Content writes one line per value, Add-Content appends, Get-Content reads lines, -Raw, -TotalCount, -Tail.
$path = Join-Path ([System.IO.Path]::GetTempPath()) 'll-golden-content.txt'
'one', 'two' | Set-Content $path
Add-Content -Path $path -Value 'three'
Get-Content $path -TotalCount 2
Get-Content $path -Tail 1
(Get-Content $path).Count
(Get-Content $path -Raw) -eq "one`ntwo`nthree`n"
Remove-Item $path
Test-Path $path
