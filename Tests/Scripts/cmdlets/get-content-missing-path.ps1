# Get-Content on a missing path: PathNotFound with the full path.
Set-Location ([System.IO.Path]::GetTempPath())
try { Get-Content 'll-no-such-file.txt' -ErrorAction Stop } catch { $_.Exception.Message -replace [regex]::Escape((Get-Location).Path.TrimEnd('/')), '<tmp>'; $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }
