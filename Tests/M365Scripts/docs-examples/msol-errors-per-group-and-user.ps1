# Errors per group (foreach over Get-MsolGroup -HasLicenseErrorsOnly $true, .ObjectID in another
# case, member enumeration of .ReferencedObjectId compared with -eq) and one row per user and error.
foreach ($g in Get-MsolGroup -All -HasLicenseErrorsOnly $true) {
    Get-MsolGroupMember -All -GroupObjectId $g.ObjectID | Get-MsolUser -ObjectId { $_.ObjectId } |
        Where-Object { $_.IndirectLicenseErrors -and $_.IndirectLicenseErrors.ReferencedObjectId -eq $g.ObjectID } |
        Select-Object @{ n = 'Group'; e = { $g.DisplayName } }, DisplayName,
            @{ n = 'Error'; e = { $_.IndirectLicenseErrors | Where-Object { $_.ReferencedObjectId -eq $g.ObjectID } | Select-Object -ExpandProperty Error } }
}
Get-MsolUser -All | Where-Object { $_.IndirectLicenseErrors } | ForEach-Object {
    $who = $_
    $who.IndirectLicenseErrors | ForEach-Object { '{0,-12} {1} {2}' -f $who.DisplayName, $_.ReferencedObjectId, $_.Error }
}
