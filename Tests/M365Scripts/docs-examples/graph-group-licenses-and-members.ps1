# Graph views of group licensing: AssignedLicenses (SkuId, DisabledPlans) with -ExpandProperty,
# the processing state, members as directory objects with '@odata.type' and displayName in
# AdditionalProperties, and removing a direct copy with Set-MgUserLicense -AddLicenses @().
Connect-MgGraph -NoWelcome
$wa = '9c3e5d20-2b4a-4c6d-8e7f-000000000003'
Get-MgGroup -GroupId $wa -Property AssignedLicenses | Select-Object -ExpandProperty AssignedLicenses |
    ForEach-Object { $_ | Select-Object SkuId, @{ n = 'Disabled'; e = { @($_.DisabledPlans).Count } } }
Get-MgGroup -All -Property LicenseProcessingState, DisplayName, Id, AssignedLicenses |
    Where-Object { $_.AssignedLicenses } |
    Select-Object DisplayName -ExpandProperty LicenseProcessingState | Format-Table DisplayName, State
Get-MgGroupMember -GroupId $wa -All | ForEach-Object {
    "$($_.AdditionalProperties.'@odata.type') $($_.AdditionalProperties.displayName)"
}
$e3 = (Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'ENTERPRISEPACK').SkuId
Set-MgUserLicense -UserId jonask@contoso.onmicrosoft.com -AddLicenses @{ SkuId = $e3 } -RemoveLicenses @() | Out-Null
$groupSkus = (Get-MgGroup -GroupId $wa -Property AssignedLicenses).AssignedLicenses.SkuId
$direct = (Get-MgUser -UserId jonask@contoso.onmicrosoft.com -Property LicenseAssignmentStates).LicenseAssignmentStates |
    Where-Object { $_.AssignedByGroup -eq $null } | Select-Object -ExpandProperty SkuId | Where-Object { $_ -in $groupSkus }
"direct copies also given by the group: $(@($direct).Count)"
$r = Set-MgUserLicense -UserId jonask@contoso.onmicrosoft.com -AddLicenses @() -RemoveLicenses $direct
"$($r.DisplayName) now holds: $(@((Get-MgUser -UserId $r.Id -Property LicenseAssignmentStates).LicenseAssignmentStates | Where-Object { $_.AssignedByGroup -eq $null }).Count) direct, $(@($r.AssignedLicenses).Count) products"
