# A terminating error leaving Invoke-Expression is attributed to it (its FullyQualifiedErrorId
# ends with the command); a thrown one keeps its own. `-is` with a string that names no type
# cannot convert it. Join-String separates with $OFS unless -Separator is given.
try { Invoke-Expression "'hello' -is [NoSuchType]" } catch { $_.FullyQualifiedErrorId }
try { Invoke-Expression "'hello' -is 'NoSuchType'" } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { Invoke-Expression "throw 'boom'" } catch { $_.FullyQualifiedErrorId }
'hello' -is 'string'
$OFS = ','
1..3 | Join-String -OutputPrefix 'A ' -OutputSuffix ' B'
1..3 | Join-String -Separator '-'
