# A DateTime on its own is a document of its own (the long form between empty lines); in a table
# cell it shows the short form; in a string, the invariant form.
[datetime]'2026-01-15 13:05:09'
[pscustomobject]@{ When = [datetime]'2026-01-15 13:05:09'; N = 1 } | Format-Table
"$([datetime]'2026-01-15 13:05:09')"
