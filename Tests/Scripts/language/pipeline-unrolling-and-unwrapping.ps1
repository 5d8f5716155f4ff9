$one = 1..1 | ForEach-Object { $_ }
$one.GetType().Name
$many = 1..3 | ForEach-Object { $_ }
$many.GetType().Name
function Get-Array { return ,@(1, 2, 3) }
(Get-Array).Count
Get-Array | ForEach-Object { "item count: $($_.Count)" }
@{ a = 1; b = 2 } | ForEach-Object { $_.GetType().Name }
"abc" | ForEach-Object { $_.Length }
(@(1, 2), @(3)).Count
