# GroupInfo has Count, Name, Group and Values; several properties make a combined name.
$u = @(
    [pscustomobject]@{ Name = 'Ann'; Dept = 'Sales'; Site = 'Oslo' }
    [pscustomobject]@{ Name = 'Bob'; Dept = 'IT'; Site = 'Oslo' }
    [pscustomobject]@{ Name = 'Cleo'; Dept = 'Sales'; Site = 'Oslo' }
)
$g = $u | Group-Object Dept
$g.Count
$g[1].Name
$g[1].Count
$g[1].Group.Name -join ','
$g[1].Values[0]
($u | Group-Object Dept, Site | ForEach-Object Name) -join ' | '
$h = $u | Group-Object Dept -AsHashTable -AsString
$h['IT'].Name
