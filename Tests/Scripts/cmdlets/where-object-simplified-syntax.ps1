# Where-Object's simplified syntax: property, comparison switch, value; or the property's truth.
$u = @(
    [pscustomobject]@{ Name = 'Ann'; Dept = 'Sales'; Seats = 2; Licensed = $true }
    [pscustomobject]@{ Name = 'Bob'; Dept = 'IT'; Seats = 1; Licensed = $false }
    [pscustomobject]@{ Name = 'Cleo'; Dept = 'sales'; Seats = 3; Licensed = $true }
)
($u | Where-Object Dept -eq 'Sales' | ForEach-Object Name) -join ','
($u | Where-Object Dept -ceq 'Sales' | ForEach-Object Name) -join ','
($u | Where-Object Seats -gt 1 | ForEach-Object Name) -join ','
($u | Where-Object Name -like '*o*' | ForEach-Object Name) -join ','
($u | Where-Object Name -match '^[AB]' | ForEach-Object Name) -join ','
($u | Where-Object Seats -in 1, 3 | ForEach-Object Name) -join ','
($u | Where-Object Name -notin 'Ann' | ForEach-Object Name) -join ','
($u | Where-Object Licensed | ForEach-Object Name) -join ','
($u | Where-Object -Not Licensed | ForEach-Object Name) -join ','
