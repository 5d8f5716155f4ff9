# A column with a declared width keeps it (cells are cut with an ellipsis); columns without one
# get one cell each and share what is left of the line, one cell at a time from the left.
$o = [pscustomobject]@{ Code = 'ENTERPRISEPACK'; Name = 'Office 365 E3'; Seats = 25 }
$o | Format-Table @{ Name = 'Code'; Expression = 'Code'; Width = 8 }, Name, Seats | Out-String -Width 40
$o | Format-Table @{ Name = 'Code'; Expression = 'Code'; Width = 8 }, @{ Name = 'Name'; Expression = 'Name'; Width = 6 }, Seats | Out-String -Width 40
