# Deferred mode: the group shows QueuedForProcessing until Wait-LabLicenseProcessing; a polling
# script sees ProcessingComplete afterwards.
Reset-LabTenant -Empty
Set-LabTenant -ProcessingMode Deferred
Add-LabSubscription -SkuPartNumber EMS -Units 1
Connect-MgGraph -Scopes 'Group.ReadWrite.All', 'User.ReadWrite.All' -NoWelcome
$g = New-MgGroup -DisplayName 'EMS' -MailEnabled:$false -MailNickname ems -SecurityEnabled
$u = New-MgUser -DisplayName R -UserPrincipalName r@contoso.onmicrosoft.com -MailNickname r -AccountEnabled -UsageLocation US -PasswordProfile @{ Password = 'Lab-Passw0rd!' }
New-MgGroupMember -GroupId $g.Id -DirectoryObjectId $u.Id
$sku = (Get-MgSubscribedSku -All).SkuId
Set-MgGroupLicense -GroupId $g.Id -AddLicenses @{ SkuId = $sku } -RemoveLicenses @() | Out-Null
(Get-MgGroup -GroupId $g.Id -Property LicenseProcessingState).LicenseProcessingState.State
$tries = 0
while ((Get-MgGroup -GroupId $g.Id -Property LicenseProcessingState).LicenseProcessingState.State -ne 'ProcessingComplete' -and $tries -lt 3) {
    $tries++
    Wait-LabLicenseProcessing
}
"after $tries wait(s): $((Get-MgGroup -GroupId $g.Id -Property LicenseProcessingState).LicenseProcessingState.State)"
(Get-MgUser -UserId $u.Id -Property LicenseAssignmentStates).LicenseAssignmentStates | ForEach-Object { "$($_.State) $($_.Error)" }
