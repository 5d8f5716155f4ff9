# `$null = expr` is the idiom that silences output: the value is discarded, $null stays null.
$null = 5
$null -eq $null
$x = $null
"[$x]"
$null = New-TemporaryFile
@($null).Count
try { $true = 1 } catch { $_.FullyQualifiedErrorId }
$true
