# Get-Member lists methods and note properties with their definitions.
[pscustomobject]@{ Name = 'Ann'; Seats = 2 } | Get-Member | ForEach-Object { "$($_.Name) | $($_.MemberType) | $($_.Definition)" }
