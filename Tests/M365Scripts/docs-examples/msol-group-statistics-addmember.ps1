# Per-group counts built with ++ inside nested ForEach-Object blocks, a delay-bind -ObjectId,
# -ieq against a collection used as a condition, and Add-Member -PassThru chains.
Get-MsolGroup -All | Where-Object { $_.Licenses } | ForEach-Object {
    $gid = $_.ObjectId; $members = 0; $ok = 0; $failed = 0
    Get-MsolGroupMember -All -GroupObjectId $gid | Get-MsolUser -ObjectId { $_.ObjectId } | ForEach-Object {
        $members++
        if ($_.Licenses | Where-Object { $_.GroupsAssigningLicense -ieq $gid }) { $ok++ }
        if ($_.IndirectLicenseErrors | Where-Object { $_.ReferencedObjectId -ieq $gid }) { $failed++ }
    }
    New-Object Object |
        Add-Member -NotePropertyName Group -NotePropertyValue $_.DisplayName -PassThru |
        Add-Member -NotePropertyName Members -NotePropertyValue $members -PassThru |
        Add-Member -NotePropertyName Licensed -NotePropertyValue $ok -PassThru |
        Add-Member -NotePropertyName InError -NotePropertyValue $failed -PassThru
} | Format-Table
