# Two documents in a row: the first one's closing empty line and the second one's opening one.
[pscustomobject]@{ Name = 'E3'; Seats = 25 } | Format-Table
[pscustomobject]@{ Name = 'E5'; Seats = 5 } | Format-List
[pscustomobject]@{ Name = 'EMS'; Seats = 3 } | Format-Table
'a', 'b', 'c' | Format-Wide -Column 3
