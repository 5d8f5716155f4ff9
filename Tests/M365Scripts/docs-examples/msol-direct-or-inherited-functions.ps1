# Functions with a typed [Microsoft.Online.Administration.User] parameter decide whether a product
# is held directly (the user's own id in GroupsAssigningLicense) or from a group (any other id).
function Test-Direct {
    Param([Microsoft.Online.Administration.User]$user, [string]$sku)
    foreach ($l in $user.Licenses) {
        if ($l.AccountSkuId -ieq $sku) {
            if ($l.GroupsAssigningLicense.Count -eq 0) { return $true }
            foreach ($source in $l.GroupsAssigningLicense) { if ($source -ieq $user.ObjectId) { return $true } }
            return $false
        }
    }
    return $false
}
function Test-FromGroup {
    Param([Microsoft.Online.Administration.User]$user, [string]$sku)
    foreach ($l in $user.Licenses) {
        if ($l.AccountSkuId -ieq $sku) {
            foreach ($source in $l.GroupsAssigningLicense) { if ($source -ine $user.ObjectId) { return $true } }
        }
    }
    return $false
}
Set-MsolUserLicense -UserPrincipalName averyb@contoso.onmicrosoft.com -AddLicenses 'contoso:ENTERPRISEPACK'
$sku = 'contoso:ENTERPRISEPACK'
Get-MsolUser -All | Where-Object { $_.isLicensed -eq $true -and $_.Licenses.AccountSKUID -eq $sku } |
    Where-Object { $_.DisplayName -match '^(Avery|Blake|Tara)' } | Select-Object DisplayName,
    @{ Name = 'Direct'; Expression = { (Test-Direct $_ $sku) } },
    @{ Name = 'FromGroup'; Expression = { (Test-FromGroup $_ $sku) } }
