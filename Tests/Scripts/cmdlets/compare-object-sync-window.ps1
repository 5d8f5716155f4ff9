# Compare-Object walks both lists together: equal objects are written as found (with
# -IncludeEqual), the others wait in a backlog -SyncWindow long and are written at the end,
# difference objects first. -ExcludeDifferent alone shows the equal ones.
$ref = 'line 1', 'line 2', 'line 3'
$dif = 'line 1', 'line 2.1', 'Line 3'
Compare-Object $ref $dif -IncludeEqual | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
(Compare-Object $ref $dif -ExcludeDifferent).Count
(Compare-Object $ref $dif -ExcludeDifferent -IncludeEqual:$false).Count
Compare-Object $ref $dif -CaseSensitive | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
Compare-Object -ReferenceObject (1..15) -DifferenceObject (15..1) -SyncWindow 6 | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
try { Compare-Object -ReferenceObject $null -DifferenceObject 1, 2 } catch { $_.FullyQualifiedErrorId }
