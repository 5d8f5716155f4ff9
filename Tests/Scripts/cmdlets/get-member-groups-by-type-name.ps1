# Get-Member's table is grouped by type: each input type gets a "   TypeName: ..." header and its
# own table (columns sized per table); -Name and -MemberType filter within each group.
[pscustomobject]@{ Seats = 2 }, 'text' | Get-Member -Name Seats, Length
[pscustomobject]@{ Seats = 2 } | Get-Member -MemberType NoteProperty | Format-Table
