# Sort-Object: several keys, per-key directions, -Descending, -Unique.
$u = @(
    [pscustomobject]@{ Name = 'Cleo'; Dept = 'Sales' }
    [pscustomobject]@{ Name = 'Ann'; Dept = 'Sales' }
    [pscustomobject]@{ Name = 'Bob'; Dept = 'IT' }
)
($u | Sort-Object Dept, Name | ForEach-Object Name) -join ','
($u | Sort-Object @{ Expression = 'Dept'; Descending = $true }, @{ Expression = 'Name'; Ascending = $true } | ForEach-Object Name) -join ','
($u | Sort-Object Name -Descending | ForEach-Object Name) -join ','
(3, 1, 3, 2, 1 | Sort-Object -Unique) -join ','
(3, 1, 2 | Sort-Object { -$_ }) -join ','
