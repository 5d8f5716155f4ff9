$x = $null
$x ?? "fallback"
$y = 0
$y ?? "not used"
$z = $null
$z ??= "assigned"
$z
(5 -gt 3) ? "yes" : "no"
$obj = $null
$obj?.Name -eq $null
