# Get-Date: a given date, components replaced, -Format (.NET) and -UFormat (Unix).
Get-Date '2026-01-15 10:30:00' -Format 'yyyy-MM-dd HH:mm'
Get-Date -Year 2026 -Month 2 -Day 3 -Hour 4 -Minute 5 -Second 6 -Format 's'
Get-Date '2026-01-15' -UFormat '%Y%m%d %A %B'
(Get-Date '2026-01-15').DayOfWeek
(Get-Date).GetType().FullName
Get-Date '2026-01-15 10:30:05.1234' -Format FileDateTime
Get-Date '2026-01-15 10:30' -Format FileDate
