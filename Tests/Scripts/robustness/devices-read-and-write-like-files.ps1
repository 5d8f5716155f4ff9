# Reading a device gives what it holds (nothing, for /dev/null); writing to a full one names the cause.
"lines read from /dev/null: $(@(Get-Content /dev/null).Count)"
try { 'x' | Out-File /dev/full -ErrorAction Stop } catch { "$($_.Exception.GetType().FullName): $($_.Exception.Message)" }
'x' | Out-File /dev/null
"written to /dev/null"
