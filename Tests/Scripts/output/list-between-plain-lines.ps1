# pwsh 7.4: a list starts with an empty line and each entry is followed by one, whatever comes
# before or after it (Format-List.Tests.ps1 pins "`nName : value`n`n" for Out-String).
"a"
[pscustomobject]@{ x = 1 } | Format-List
"b"
