# Who holds E3 directly, who through a group, and which plans are off: the checks admins write
# before migrating from direct to group-based licensing.
function Get-LicenseSource {
    param([Microsoft.Online.Administration.User]$User, [string]$Sku)
    $license = $User.Licenses | Where-Object { $_.AccountSkuId -ieq $Sku }
    if (-not $license) { return 'none' }
    $sources = @(foreach ($id in $license.GroupsAssigningLicense) {
        if ($id -eq $User.ObjectId) { 'direct' } else { (Get-MsolGroup -ObjectId $id).DisplayName }
    })
    if ($sources.Count -eq 0) { 'direct' } else { $sources -join ' + ' }
}
$sku = (Get-MsolAccountSku | Where-Object { $_.SkuPartNumber -eq 'ENTERPRISEPACK' }).AccountSkuId
Get-MsolUser -All | Where-Object { $_.Licenses.AccountSkuId -contains $sku } | Sort-Object DisplayName | ForEach-Object {
    $off = ($_.Licenses | Where-Object AccountSkuId -eq $sku).ServiceStatus | Where-Object ProvisioningStatus -eq 'Disabled'
    [pscustomobject]@{
        User     = $_.DisplayName
        Source   = Get-LicenseSource -User $_ -Sku $sku
        Disabled = @($off).Count
    }
} | Format-Table
