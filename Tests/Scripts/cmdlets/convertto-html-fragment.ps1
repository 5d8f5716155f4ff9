# ConvertTo-Html -Fragment: a table with a header row and HTML-encoded cells.
[pscustomobject]@{ Sku = 'E3'; Note = 'a<b & c' } | ConvertTo-Html -Fragment
