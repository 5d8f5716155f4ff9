# Out-String and Out-File write the same empty lines as Out-Default; -Stream gives one string per
# line, the empty ones included.
$o = [pscustomobject]@{ Name = 'E3'; Seats = 25 }
($o | Format-List | Out-String) -replace "`n", '\n'
($o | Format-Table | Out-String) -replace "`n", '\n'
($o | Out-String) -replace "`n", '\n'
('a', 'b' | Out-String) -replace "`n", '\n'
$o | Format-List | Out-String -Stream | ForEach-Object { "[$_]" }
$path = Join-Path ([IO.Path]::GetTempPath()) "out-file-frame-$PID.txt"
$o | Out-File $path
(Get-Content $path -Raw) -replace "`n", '\n'
Remove-Item $path
