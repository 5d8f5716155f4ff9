# The script blocks of ForEach-Object and Where-Object run in the caller's scope.
$total = 0
1..4 | ForEach-Object { $total += $_ }
$total
$seen = 0
1..3 | Where-Object { $seen++; $_ -gt 1 } | Out-Null
$seen
