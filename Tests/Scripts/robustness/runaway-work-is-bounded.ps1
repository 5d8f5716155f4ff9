# Work that would run on or exhaust memory ends quickly with .NET's error instead: repeating
# nothing, padding to two billion characters; a pipeline of 20,000 stages (each passes objects on
# by a nested call) is too complex, one of 200 runs.
function Try-It([scriptblock] $b) { try { & $b } catch { "error: $($_.Exception.Message)" } }
Try-It { (@() * 2147483647).Count }
Try-It { (@(1) * 0).Count }
Try-It { ('x'.PadLeft([int]::MaxValue)).Length }
Try-It { ('x'.PadLeft(-1)).Length }
Try-It { ('x' * 2147483647).Length }
Try-It { (@(1, 2) * 2147483647).Count }
Try-It { iex ('1' + ' | Write-Output' * 20000) }
Try-It { iex ('1' + ' | Write-Output' * 200) }
