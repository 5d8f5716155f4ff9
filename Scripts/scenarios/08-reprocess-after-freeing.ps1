# Seed section: freeing licenses does not fix users already in error; force reprocessing.
# "Power BI Pro" has 7 members and 5 seats: Priya and Quentin are in CountViolation.
Reset-LabTenant
Connect-MgGraph -NoWelcome
$powerBi = '9c3e5d20-2b4a-4c6d-8e7f-000000000004'
function Show-PowerBi {
    Get-MsolGroupMember -GroupObjectId $powerBi -All | Get-MsolUser -ObjectId { $_.ObjectId } |
        Format-Table DisplayName, IsLicensed, @{ Name = 'Error'; Expression = { $_.IndirectLicenseErrors.Error } }
}

Write-Host '== 1. Where we start'
Show-PowerBi

Write-Host '== 2. The direct path would fail at once'
try {
    Set-MsolUserLicense -UserPrincipalName priyaq@contoso.onmicrosoft.com -AddLicenses 'contoso:POWER_BI_PRO' -ErrorAction Stop
} catch {
    Write-Host "  code: $($_.Exception.ErrorCode)"
}

Write-Host '== 3. Free two seats: Kira and Liam leave the group'
foreach ($upn in 'kiral@contoso.onmicrosoft.com', 'liamm@contoso.onmicrosoft.com') {
    Remove-MsolGroupMember -GroupObjectId $powerBi -GroupMemberObjectId (Get-MsolUser -UserPrincipalName $upn).ObjectId
}
Get-MsolAccountSku | Where-Object SkuPartNumber -eq 'POWER_BI_PRO' | Format-Table AccountSkuId, ActiveUnits, ConsumedUnits
Write-Host 'Two seats are free, but notice that Priya and Quentin are still in error:'
Show-PowerBi
Get-MsolGroup -All -HasLicenseErrorsOnly $true | Format-Table DisplayName
Get-MgGroup -Filter 'hasMembersWithLicenseErrors eq true' | Format-Table DisplayName

Write-Host '== 4. Reprocess one user (Graph: Invoke-MgLicenseUser)'
Invoke-MgLicenseUser -UserId priyaq@contoso.onmicrosoft.com | Format-Table DisplayName, UserPrincipalName
Show-PowerBi

Write-Host '== 5. Redo-MsolProvisionUser retries service provisioning, not licensing: nothing changes'
Redo-MsolProvisionUser -ObjectId (Get-MsolUser -UserPrincipalName quentinr@contoso.onmicrosoft.com).ObjectId
Write-Host "  Quentin licensed? $((Get-MsolUser -UserPrincipalName quentinr@contoso.onmicrosoft.com).IsLicensed)"

Write-Host '== 6. Reprocess the whole group (the portal''s Reprocess button)'
Invoke-LabGroupReprocess -GroupObjectId $powerBi
Show-PowerBi
Write-Host "  groups with errors now: $((Get-MgGroup -Filter 'hasMembersWithLicenseErrors eq true').DisplayName -join ', ')"
