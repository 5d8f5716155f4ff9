# pwsh 7.4: in a table built from an object's properties, doubles and decimals show two decimals
# (the culture's "F" format); lists and strings keep the full value.
$o = [pscustomobject]@{ Sku = 'E3'; Ratio = 0.875; Price = 20.5d; Seats = 25 }
$o
$o | Format-List
"$($o.Ratio)"
