# Format-List with * and with chosen properties; labels are padded to the longest.
[pscustomobject]@{ Name = 'E3'; ActiveUnits = 25; Consumed = 3 } | Format-List *
[pscustomobject]@{ Name = 'E3'; ActiveUnits = 25; Consumed = 3 } | Format-List Name, Consumed
