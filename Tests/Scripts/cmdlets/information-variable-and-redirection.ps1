# -InformationVariable keeps each information record, shown or not (Write-Host's too, tagged
# PSHOST; `+name` appends); a redirected information stream gets the records that
# $InformationPreference (SilentlyContinue) keeps off the screen, but not those of -InformationAction Ignore.
Write-Information 'quiet' -Tags Step -InformationVariable iv
$iv.Count
$iv[0].MessageData
$iv[0].Tags
"$($iv[0])"
Write-Host 'loud' -InformationVariable hv
$hv[0].Tags
Write-Information 'kept' -InformationVariable +iv
$iv.Count
$captured = Write-Information 'captured' 6>&1
"[$captured]"
$ignored = Write-Information 'ignored' -InformationAction Ignore 6>&1
$null -eq $ignored
