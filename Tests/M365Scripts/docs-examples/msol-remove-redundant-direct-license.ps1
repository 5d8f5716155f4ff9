# Removing a direct license that a group already provides: the plans the group is known to enable
# are compared with the user's disabled plans (-inotcontains, -notcontains); only a direct copy that
# enables nothing more goes, and the seat count does not change (the group's copy keeps the seat).
$waGroup = '9c3e5d20-2b4a-4c6d-8e7f-000000000003'   # E3 reduced to Exchange Online (Plan 2)
$sku = 'contoso:ENTERPRISEPACK'
$keep = @('EXCHANGE_S_ENTERPRISE')
$expectedOff = Get-MsolAccountSku | Where-Object { $_.AccountSkuId -ieq $sku } | Select-Object -ExpandProperty ServiceStatus |
    Where-Object { $_.ProvisioningStatus -ine 'PendingActivation' -and $_.ServicePlan.TargetClass -ieq 'User' } |
    Select-Object -ExpandProperty ServicePlan | Select-Object -ExpandProperty ServiceName |
    Where-Object { $keep -inotcontains $_ }
Set-MsolUserLicense -UserPrincipalName jonask@contoso.onmicrosoft.com -AddLicenses $sku -LicenseOptions (New-MsolLicenseOptions -AccountSkuId $sku -DisabledPlans $expectedOff)
Set-MsolUserLicense -UserPrincipalName inesj@contoso.onmicrosoft.com -AddLicenses $sku
"seats before: $((Get-MsolAccountSku | Where-Object AccountSkuId -eq $sku).ConsumedUnits)"
Get-MsolGroupMember -All -GroupObjectId $waGroup | Get-MsolUser -ObjectId { $_.ObjectId } | ForEach-Object {
    $u = $_
    $lic = $u.Licenses | Where-Object { $_.AccountSkuId -ieq $sku }
    $direct = $lic -ne $null -and ($lic.GroupsAssigningLicense -contains $u.ObjectId)
    $fromHere = $lic -ne $null -and ($lic.GroupsAssigningLicense -contains [Guid]$waGroup)
    $result = if (-not $direct) { 'no direct copy' }
        elseif (-not $fromHere) { 'not inherited from this group' }
        else {
            $off = $lic.ServiceStatus | Where-Object { $_.ProvisioningStatus -ieq 'Disabled' } | Select-Object -ExpandProperty ServicePlan | Select-Object -ExpandProperty ServiceName
            $extra = @($expectedOff | Where-Object { $off -notcontains $_ })
            if ($extra.Count -gt 0) { "kept: $($extra.Count) more plans enabled, e.g. $($extra[0])" }
            else { Set-MsolUserLicense -ObjectId $u.ObjectId -RemoveLicenses $sku; 'direct copy removed' }
        }
    [pscustomobject]@{ User = $u.DisplayName; Result = $result }
} | Format-Table
"seats after: $((Get-MsolAccountSku | Where-Object AccountSkuId -eq $sku).ConsumedUnits)"
(Get-MsolUser -UserPrincipalName jonask@contoso.onmicrosoft.com).Licenses | Format-Table AccountSkuId, GroupsAssigningLicense
