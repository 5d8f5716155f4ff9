# A nested pipeline's $_ does not leak into the enclosing ForEach-Object.
1..2 | ForEach-Object { $outer = $_; 'a', 'b' | ForEach-Object { "$outer$_" } | Out-Null; "after $_" }
'x' | Where-Object { 1 | Where-Object { $_ } | Out-Null; $_ -eq 'x' }
