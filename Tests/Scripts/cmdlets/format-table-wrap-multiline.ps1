# Format-Table cuts a multi-line value after its first line; -Wrap shows every line.
[pscustomobject]@{ Plans = "Exchange`nTeams"; Seats = 5 } | Format-Table
[pscustomobject]@{ Plans = "Exchange`nTeams"; Seats = 5 } | Format-Table -Wrap
