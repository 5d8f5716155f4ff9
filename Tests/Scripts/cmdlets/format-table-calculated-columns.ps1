# Format-Table with properties, a calculated column with a label and format string, and hidden headers.
$s = [pscustomobject]@{ Sku = 'E3'; Price = 20; Seats = 25 }, [pscustomobject]@{ Sku = 'E5'; Price = 35.5; Seats = 5 }
$s | Format-Table Sku, @{ Label = 'Cost'; Expression = { $_.Price * $_.Seats }; FormatString = 'N2' }
$s | Format-Table Sku, Seats -HideTableHeaders
