# New-TimeSpan from parts and from two dates.
(New-TimeSpan -Hours 1 -Minutes 30).TotalMinutes
(New-TimeSpan -Start '2026-01-01' -End '2026-01-11').Days
New-TimeSpan -Days 1 -Seconds 5 | ForEach-Object { $_.ToString() }
