# A Format-* command's document closes the one Out-Default has open; later objects start anew.
[pscustomobject]@{ A = 1 }
[pscustomobject]@{ B = 2 } | Format-Table
[pscustomobject]@{ A = 3 }
