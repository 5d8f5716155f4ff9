# Set-Location changes the session's location; relative paths resolve against it.
$tmp = [System.IO.Path]::GetTempPath().TrimEnd('/')
Set-Location $tmp
(Get-Location).Path -eq $tmp
Push-Location /
(Get-Location).Path
Pop-Location
(Get-Location).Path -eq $tmp
try { Set-Location '/ll-no-such-dir' -ErrorAction Stop } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
Set-Location /
Set-Location $tmp
Set-Location -
(Get-Location).Path
Set-Location +
(Get-Location).Path -eq $tmp
