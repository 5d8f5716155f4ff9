# A single large string (a JSON document) is written as it is: its line break after it unless
# -NoNewline, a BOM before it with utf8BOM, appended after what the file holds with Add-Content.
$path = Join-Path ([System.IO.Path]::GetTempPath()) 'll-golden-large-content.txt'
$big = ('{"a":1},' * 20000) + 'é'
$big.Length
Set-Content -Path $path -Value $big
(Get-Item $path).Length
(Get-Content $path -Raw) -eq "$big`n"
Set-Content -Path $path -Value $big -NoNewline
(Get-Item $path).Length
Set-Content -Path $path -Value $big -Encoding utf8BOM
(Get-Item $path).Length
Add-Content -Path $path -Value $big
(Get-Item $path).Length
(Get-Content $path).Count
(Get-Content $path)[1] -eq $big
Remove-Item $path
