# Operator, member and index chains long enough to exhaust the stack are refused when parsed, with
# PowerShell's "too complex" error, instead of crashing; chains of every-day length run.
function Try-It([scriptblock] $b) { try { & $b } catch { "error: $($_.FullyQualifiedErrorId): $($_.Exception.Message)" } }
Try-It { iex ('1+' * 20000 + '1') }
Try-It { iex ('$null = {' + '1+' * 60000 + '1}') }
Try-It { iex ('$a' + '.b' * 20000) }
Try-It { iex ('1+' * 300 + '1') }
