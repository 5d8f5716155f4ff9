# Get-ChildItem lists directories first then files; Copy-Item, Move-Item and Rename-Item move files about.
$base = Join-Path ([System.IO.Path]::GetTempPath()) 'll-golden-gci'
if (Test-Path $base) { Remove-Item $base -Recurse -Force }
mkdir $base | Out-Null
mkdir (Join-Path $base 'sub') | Out-Null
'x' | Set-Content (Join-Path $base 'b.txt')
'y' | Set-Content (Join-Path $base 'a.csv')
Get-ChildItem $base -Name
Get-ChildItem $base -Filter *.txt | ForEach-Object Name
Copy-Item (Join-Path $base 'b.txt') (Join-Path $base 'b2.txt')
Move-Item (Join-Path $base 'b2.txt') (Join-Path $base 'sub')
Rename-Item (Join-Path $base 'a.csv') 'renamed.csv'
Get-ChildItem $base -Recurse -Name
Remove-Item $base -Recurse
