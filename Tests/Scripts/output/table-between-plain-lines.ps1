# A Format-Table document starts with an empty line and ends with one, between plain lines too.
"before"
[pscustomobject]@{ Name = 'E3'; Seats = 25 } | Format-Table
"after"
