# Format-Table writes formatting records, not text: a document start, a group start, one entry per
# object, a group end and a document end. Out of order, the outputter refuses them.
$records = 1..3 | ForEach-Object { [pscustomobject]@{ N = $_ } } | Format-Table
$records.Count
$records | ForEach-Object { $_.GetType().FullName }
try { $records[2], $records[0] | Out-String } catch { "$_"; $_.FullyQualifiedErrorId; $_.Exception.Message }
