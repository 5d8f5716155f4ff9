# Set-Variable, Get-Variable -ValueOnly, New-Variable, Clear-Variable, Remove-Variable.
Set-Variable -Name count -Value 3
$count
Get-Variable count -ValueOnly
(Get-Variable count).Name
New-Variable -Name fixed -Value 'x' -Option ReadOnly
try { $fixed = 'y' } catch { 'read-only' }
Clear-Variable count
$null -eq $count
Remove-Variable count
try { Get-Variable count -ErrorAction Stop } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
