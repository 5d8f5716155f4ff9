# A range that starts a pipeline is enumerated as the pipeline consumes it (pwsh's range
# enumerator): a hundred million numbers cost nothing when Select-Object stops after three, and
# no size limit applies. Ranges descend, take characters, and their operands are evaluated once.
1..100000000 | Select-Object -First 3
(2147483640..2147483647 | Measure-Object).Count
5..3 | ForEach-Object { "down $_" }
'a'..'c' | ForEach-Object { [int]$_ }
$n = 0
(++$n)..3 | ForEach-Object { $_ }
"operands evaluated: $n"
(1..100000000 | ForEach-Object { if ($_ -gt 4) { 'stopped' }; $_ } | Select-Object -First 6) -join ' '
