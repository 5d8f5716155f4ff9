# ForEach-Object -Parallel runs its block once per object (here one after another, so the output
# keeps the input order), each in a scope of its own: the caller's variables and functions are
# not visible; $using: reads the caller's variables.
$factor = 10
function Double-It($n) { $n * 2 }
1..3 | ForEach-Object -Parallel { $_ * $using:factor } -ThrottleLimit 2
1..2 | ForEach-Object -Parallel { "factor without using: [$factor]" }
'x' | ForEach-Object -Parallel { $null -eq (Get-Command Double-It -ErrorAction SilentlyContinue) }
1..2 | ForEach-Object -Parallel { $inside = $_ }
"set inside stays inside: [$inside]"
try { 1 | ForEach-Object -Parallel { 1 } -AsJob } catch { $_.FullyQualifiedErrorId }
