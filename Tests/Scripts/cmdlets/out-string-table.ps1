# Out-String returns the formatted text: a table block starts with an empty line and ends with one.
$text = [pscustomobject]@{ A = 1; B = 'two' } | Out-String
$text.Replace("`n", '|')
('x', 'y' | Out-String).Replace("`n", '|')
[pscustomobject]@{ A = 1 } | Out-String -Stream | Where-Object { $_ }
