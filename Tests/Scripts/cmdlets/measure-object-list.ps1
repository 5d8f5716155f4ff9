# Measure-Object shows a GenericMeasureInfo as a list (more than four properties).
[pscustomobject]@{ Seats = 2 }, [pscustomobject]@{ Seats = 3 } | Measure-Object -Property Seats -Sum -Average -Maximum -Minimum
