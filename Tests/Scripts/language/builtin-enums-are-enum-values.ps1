# .NET enumerations the runtime lists are enum values: [DayOfWeek]::Monday prints its name,
# casts to its number, compares with names either way round, and [Enum]'s methods work on it.
[System.DayOfWeek]::Monday
[int][DayOfWeek]::Friday
[DayOfWeek]5
$d = Get-Date '2024-03-05'
$d.DayOfWeek
$d.DayOfWeek -eq 'Tuesday'
'Tuesday' -eq $d.DayOfWeek
$d.DayOfWeek | ConvertTo-Json
$d.DayOfWeek | ConvertTo-Json -EnumsAsStrings
[Enum]::GetNames([ConsoleColor]).Count
[Enum]::Parse([System.IO.FileAttributes], 'Hidden, ReadOnly')
[int][System.IO.FileAttributes]'Hidden, ReadOnly'
[System.Management.Automation.CommandTypes]'Alias, Function'
[Enum]::GetValues([System.DateTimeKind]) -join ','
# a DateTime made with a kind keeps it
[datetime]::new(2024, 1, 2, 3, 4, 5, [DateTimeKind]::Utc).Kind
[datetime]::new(2024, 1, 2, 3, 4, 5, 'Local').Kind
[datetime]::new(2024, 1, 2).Kind
# ActionPreference is an enumeration too; preferences and -ErrorAction take its values
[System.Management.Automation.ActionPreference]::Ignore | ConvertTo-Json
try { Write-Error 'x' -ErrorAction ([System.Management.Automation.ActionPreference]::Stop) } catch { 'stopped' }
# other .NET statics scripts reach for
[ushort]65535
[int][char]::MaxValue
[single]::NaN
[datetime]::SpecifyKind([datetime]'2024-01-02', 'Utc').Kind
