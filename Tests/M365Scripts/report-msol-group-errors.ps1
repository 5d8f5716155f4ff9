# A tenant-wide error report in the style of the MSOnline scripts admins run: every group with
# errors, its members in error for that group, and the error each one has.
$report = foreach ($group in Get-MsolGroup -All -HasLicenseErrorsOnly $true | Sort-Object DisplayName) {
    $gid = $group.ObjectId
    Get-MsolGroupMember -All -GroupObjectId $gid |
        Get-MsolUser -ObjectId {$_.ObjectId} |
        Where-Object { $_.IndirectLicenseErrors -and ($_.IndirectLicenseErrors.ReferencedObjectId -eq $gid) } |
        Select-Object @{n = 'Group'; e = { $group.DisplayName } }, DisplayName,
            @{n = 'Error'; e = { ($_.IndirectLicenseErrors | Where-Object { $_.ReferencedObjectId -eq $gid } | Select-Object -ExpandProperty Error -Unique) -join ',' } }
}
$report | Format-Table -AutoSize
"{0} member(s) in error across {1} group(s)" -f @($report).Count, @($report | Group-Object Group).Count
