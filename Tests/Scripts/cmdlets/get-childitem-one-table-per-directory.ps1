# A listing is one table per directory, under "    Directory: <path>"; files and folders share
# it, and a folder's Size cell is empty (the intrinsic Length of any object is not a column).
$parent = Join-Path ([IO.Path]::GetTempPath()) "gci-groups-$PID"
$root = Join-Path $parent 'listing'
New-Item -ItemType Directory -Path "$root/sub" -Force | Out-Null
Set-Content -Path "$root/a.txt" -Value 'abc'
Set-Content -Path "$root/sub/b.txt" -Value 'hello'
$text = Get-ChildItem $root -Recurse | Out-String
# the time of day changes the date column's width: collapse the spaces between columns
$text -split "`n" | ForEach-Object { (($_ -replace [regex]::Escape($root), '<root>') -replace '\d+/\d+/\d{4} \d+:\d+:\d+ [AP]M', '<date>' -replace '(\S) {2,}', '$1 ') -replace '\s+$', '' }
Get-ChildItem $root -Recurse | Format-Table Name, Length -GroupBy @{ Name = 'Folder'; Expression = { Split-Path (Split-Path $_.FullName -Parent) -Leaf } }
Remove-Item $parent -Recurse
