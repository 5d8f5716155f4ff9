# Select-Object -Property with -ExpandProperty copies the named properties onto each expanded
# object: one row per licenseAssignmentState, carrying the user's DisplayName.
Connect-MgGraph -NoWelcome
$states = Get-MgUser -All -Property AssignedLicenses, LicenseAssignmentStates, DisplayName |
    Select-Object DisplayName, AssignedLicenses -ExpandProperty LicenseAssignmentStates |
    Select-Object DisplayName, AssignedByGroup, State, Error, SkuId
"states: $(@($states).Count); in error: $(@($states | Where-Object { $_.Error -ne 'None' }).Count)"
$states | Where-Object { $_.Error -ne 'None' } | Format-Table DisplayName, AssignedByGroup, State, Error
$states | Where-Object { $_.DisplayName -eq 'Tara Upton' } | ForEach-Object {
    if ($_.AssignedByGroup -ne $null) { "$($_.DisplayName): from group $(Get-MgGroup -GroupId $_.AssignedByGroup | Select-Object -ExpandProperty DisplayName)" }
    else { "$($_.DisplayName): direct" }
}
