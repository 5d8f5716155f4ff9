# Projected objects are new PSCustomObjects named Selected.<original type>.
$o = [pscustomobject]@{ A = 1; B = 2 } | Select-Object A
$o.PSObject.TypeNames[0]
$o.PSObject.Properties.Name
('text' | Select-Object Length).PSObject.TypeNames[0]
