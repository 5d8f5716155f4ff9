# A Graph group licensing report: products per group, members, members in error.
Connect-MgGraph -Scopes 'Group.Read.All', 'Organization.Read.All' -NoWelcome
$names = @{}
Get-MgSubscribedSku -All | ForEach-Object { $names[$_.SkuId] = $_.SkuPartNumber }
$groups = Get-MgGroup -All -Property Id, DisplayName, AssignedLicenses, LicenseProcessingState |
    Where-Object { $_.AssignedLicenses.Count -gt 0 } | Sort-Object DisplayName
$rows = foreach ($g in $groups) {
    [pscustomobject]@{
        Group    = $g.DisplayName
        Products = ($g.AssignedLicenses | ForEach-Object { $names[$_.SkuId] }) -join '+'
        Members  = (Get-MgGroupMember -GroupId $g.Id -All | Measure-Object).Count
        Errors   = (Get-MgGroupMemberWithLicenseError -GroupId $g.Id -All | Measure-Object).Count
        State    = $g.LicenseProcessingState.State
    }
}
$rows | Format-Table -AutoSize
