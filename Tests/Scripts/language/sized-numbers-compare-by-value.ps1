# Numbers of different types compare by value (-eq, -lt, switch, Sort-Object, Group-Object):
# integers exactly, anything with a real as doubles.
[byte]5 -eq 5
5 -eq [byte]5
10uy -eq '10'
[uint64]::MaxValue -gt [long]::MaxValue
[long]::MaxValue -lt [uint64]::MaxValue
-1 -lt 0ul
[single]0.5 -eq 0.5
[single]0.1 -eq 0.1
10n -eq 10
[bigint]::Parse('18446744073709551616') -gt [uint64]::MaxValue
3uy, 1, 2L, 2.5, [single]0.5, 4n | Sort-Object | ForEach-Object { '{0} {1}' -f $_.GetType().Name, $_ }
switch (5uy) { 5 { 'switch matched 5' } }
# hashtable keys compare as .NET's Equals does: a Byte 1 is not the Int32 1
$h = @{ 1 = 'one' }
$null -eq $h[1uy]
$h[1uy] = 'byte one'
$h.Count, $h[1uy] -join ' '
(1uy, 1, 1L | Group-Object | Measure-Object).Count
[bool]0uy, [bool]1y, [bool][single]0, [bool]0n -join ' '
