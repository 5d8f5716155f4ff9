# ConvertFrom-StringData: name=value lines, comments and blank lines skipped, escapes processed.
$t = ConvertFrom-StringData @'
# licence names
E3 = Office 365 E3
E5=Office 365 E5

Note = tab\there
'@
$t.E3
$t['e5']
$t.Note
$t.Count
