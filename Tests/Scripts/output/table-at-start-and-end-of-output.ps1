# Output that starts and ends with a table: an empty line first and last.
[pscustomobject]@{ Sku = 'E3'; Free = 2 }
