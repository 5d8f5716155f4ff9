# Update-TypeData adds members to every value of a type for the session (an object's own
# members still win) and sets default display properties; Invoke-Item checks the path and
# opens nothing (LicenseLab has no desktop).
Update-TypeData -TypeName System.String -MemberType ScriptProperty -MemberName Shout -Value { $this.ToUpper() }
'abc'.Shout
Update-TypeData -TypeName System.String -MemberType ScriptMethod -MemberName Twice -Value { param($n) $this * $n }
'ab'.Twice(3)
Update-TypeData -TypeName System.String -MemberType ScriptProperty -MemberName Shout -Value { 'again' }
Update-TypeData -TypeName System.String -MemberType ScriptProperty -MemberName Shout -Value { 'forced' } -Force
'x'.Shout
$o = [pscustomobject]@{ Name = 'n'; Seats = 3; Notes = 'long'; Owner = 'o'; Extra = 1 }
$o.PSObject.TypeNames.Insert(0, 'Lab.Seat')
Update-TypeData -TypeName Lab.Seat -MemberType AliasProperty -MemberName Count -Value Seats
Update-TypeData -TypeName Lab.Seat -DefaultDisplayPropertySet Name, Seats
$o.Count
$o
Remove-TypeData -TypeName System.String
$null -eq 'abc'.Shout
$file = New-TemporaryFile
Invoke-Item $file.FullName
Invoke-Item (Join-Path $file.DirectoryName 'no-such-report.csv')
Remove-Item $file
