# The Microsoft docs pattern: members piped into Get-MsolUser with a delay-bind script block.
Get-MsolGroupMember -All -GroupObjectId 9c3e5d20-2b4a-4c6d-8e7f-000000000001 |
    Get-MsolUser -ObjectId {$_.ObjectId} |
    Where-Object { $_.IndirectLicenseErrors } |
    ForEach-Object { "{0}: {1}" -f $_.DisplayName, ($_.IndirectLicenseErrors.Error -join '+') }
