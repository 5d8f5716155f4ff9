<#
.SYNOPSIS
Frees the licenses of leavers, then gives a product to the people waiting for one.
.DESCRIPTION
Reads the leavers from a CSV (a UserPrincipalName column), removes the licenses assigned to them
directly (those a group gives go when they leave the group), then
assigns the product to each waiting user. Writes one result per waiting user; mails the
licensing team when an assignment failed.
#>
param(
    [Parameter(Mandatory)] [string] $LeaversCsv,
    [Parameter(Mandatory)] [string[]] $Waiting,
    [string] $SkuPartNumber = 'STANDARDPACK',
    [string] $NotifyAddress = 'licensing@contoso.com'
)
$sku = Get-MgSubscribedSku | Where-Object SkuPartNumber -eq $SkuPartNumber
foreach ($leaver in Import-Csv -Path $LeaversCsv) {
    $user = Get-MgUser -UserId $leaver.UserPrincipalName -Property LicenseAssignmentStates
    $ids = @($user.LicenseAssignmentStates | Where-Object { -not $_.AssignedByGroup } | ForEach-Object SkuId | Select-Object -Unique)
    if ($ids.Count -gt 0) {
        $null = Set-MgUserLicense -UserId $leaver.UserPrincipalName -AddLicenses @() -RemoveLicenses $ids
    }
}
$failed = @()
foreach ($upn in $Waiting) {
    try {
        $null = Set-MgUserLicense -UserId $upn -AddLicenses @{ SkuId = $sku.SkuId } -RemoveLicenses @() -ErrorAction Stop
        [pscustomobject]@{ User = $upn; Result = 'Assigned' }
    }
    catch {
        $failed += $upn
        [pscustomobject]@{ User = $upn; Result = $_.Exception.Message }
    }
}
if ($failed) {
    Send-MailMessage -To $NotifyAddress -From 'automation@contoso.com' -Subject "$($failed.Count) license assignments failed" -Body ($failed -join "`n") -SmtpServer 'smtp.contoso.com'
}
