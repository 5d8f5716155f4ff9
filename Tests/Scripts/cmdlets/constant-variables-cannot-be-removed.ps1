# $true, $false, $PID, $ShellId and $PSHOME are constants, as in pwsh: Remove-Variable refuses
# them even with -Force; a read-only variable goes only with -Force.
try { Remove-Variable true -Force -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
Remove-Variable PID -ErrorAction SilentlyContinue
$PID -gt 0
(Get-Variable true, PID).Options -join ', '
Set-Variable limit 10 -Option ReadOnly
Remove-Variable limit -ErrorAction SilentlyContinue
Test-Path variable:limit
Remove-Variable limit -Force
Test-Path variable:limit
Get-Variable | Remove-Variable -Force -ErrorAction SilentlyContinue
$true -and $PID -gt 0
