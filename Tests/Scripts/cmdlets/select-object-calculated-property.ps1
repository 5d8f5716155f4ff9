# Calculated properties: Name/N/Label/L and Expression/E with a script block or a property name.
$u = [pscustomobject]@{ Name = 'Ann'; Seats = 2 }
$u | Select-Object Name, @{ N = 'Double'; E = { $_.Seats * 2 } }, @{ Label = 'Copy'; Expression = 'Seats' } | ForEach-Object { "$($_.Name) $($_.Double) $($_.Copy)" }
($u | Select-Object { $_.Seats + 1 }).PSObject.Properties.Name
