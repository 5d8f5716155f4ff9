[int]::MaxValue + 1
([int]::MaxValue + 1).GetType().Name
(2147483647 * 2).GetType().Name
(5 / 2).GetType().Name
(4 / 2).GetType().Name
7 % 3
-7 % 3
"x" * 3
(1, 2) * 2 -join ","
[int]3.5
[int]2.5
[int]-2.5
try { 1 / 0 } catch { $_.Exception.Message }
