# PowerShell converts a double to text with 15 significant digits ("G15", as before .NET Core
# 3.0): in strings, casts, -as, display and Out-String. The double's own ToString() keeps the
# shortest round-trip digits.
$v = 1.1 * 3
"$v"
[string]$v
$v -as [string]
$v
($v | Out-String).Trim()
$v.ToString()
[Math]::PI
[Math]::PI.ToString()
[long]::MaxValue + 1.0
1e20
0.00001
@((1.1 * 6), 2.5) -join ","
