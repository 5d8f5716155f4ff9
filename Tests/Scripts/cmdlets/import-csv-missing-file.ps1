# Import-Csv on a missing file: .NET's FileNotFound message with the full path.
Set-Location ([System.IO.Path]::GetTempPath())
try { Import-Csv 'll-no-such-file.csv' -ErrorAction Stop } catch { $_.Exception.Message -replace [regex]::Escape((Get-Location).Path.TrimEnd('/')), '<tmp>'; $_.FullyQualifiedErrorId }
