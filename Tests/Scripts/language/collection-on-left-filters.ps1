(0, 1, 30 -ne $true) -join ","
(0, "00" -eq "0") -join ","
(1, 2 -eq 3).Count
$a = 1, $null, 2
($a -ne $null).Count
"SMTP:a", "sip:b", "smtp:c" -match "^smtp:"
"x", "y" -like "X"
