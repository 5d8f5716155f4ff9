[datetime]'2026-01-15 13:05:09'
[pscustomobject]@{ When = [datetime]'2026-01-15 13:05:09'; N = 1 }
"$([datetime]'2026-01-15 13:05:09')"
