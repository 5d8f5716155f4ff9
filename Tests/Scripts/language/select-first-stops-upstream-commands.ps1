# Select-Object -First (and -Index) stop the commands before them once they have what they need:
# the upstream stops where it is (its end block does not run), Select-Object and the commands
# after it finish normally. Script try/catch never sees the stop.
$n = 0
1..1000000 | ForEach-Object { $n++; $_ } | Select-Object -First 3
"upstream ran $n times"
1..5 | ForEach-Object -Process { $_ } -End { 'upstream end block' } | Select-Object -First 2
10..1 | Sort-Object | Select-Object -First 2 | ForEach-Object { "got $_" } -End { 'downstream end block ran' }
$n = 0; (1..100 | ForEach-Object { $n++; $_ } | Select-Object -Index 1, 3) -join ','; "index read $n"
try { 1..5 | Select-Object -First 1 } catch { 'never caught' }
$n = 0; 1..5 | ForEach-Object { $n++; $_ } | Select-Object -First 2 -Wait | Out-Null; "with -Wait read $n"
1..3 | Select-Object -First 5
# output written in a begin block waits for the next command to begin
function Gen { begin { 'from begin' } process { "from process $_" } end { 'from end' } }
1, 2 | Gen | ForEach-Object -Begin { 'downstream begins' } -Process { "saw: $_" }
1, 2 | Gen | Select-Object -First 2
