# Format-Table -GroupBy starts a new table, under a "Property: value" line, whenever the value changes.
$u = @(
    [pscustomobject]@{ Name = 'Bob'; Dept = 'IT' }
    [pscustomobject]@{ Name = 'Ann'; Dept = 'Sales' }
    [pscustomobject]@{ Name = 'Cleo'; Dept = 'Sales' }
)
$u | Format-Table Name -GroupBy Dept
