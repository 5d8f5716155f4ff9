# Properties computed from the tenant, never constants (issue #13 item 4; docs/cmdlets.md
# "Computed properties").
$hugo = Get-MsolUser -UserPrincipalName hugoi@contoso.onmicrosoft.com
$priya = Get-MsolUser -UserPrincipalName priyaq@contoso.onmicrosoft.com
'OverallProvisioningStatus: licensed {0}, unlicensed {1}' -f $hugo.OverallProvisioningStatus, $priya.OverallProvisioningStatus
'MSExchRecipientTypeDetails: mailbox {0}, none {1}' -f $hugo.MSExchRecipientTypeDetails, ($null -eq $priya.MSExchRecipientTypeDetails)
Set-Mailbox -Identity hugoi -Type Shared
'after Set-Mailbox -Type Shared: {0}' -f (Get-MsolUser -UserPrincipalName hugoi@contoso.onmicrosoft.com).MSExchRecipientTypeDetails
# a mailbox whose Exchange plan went away needs reconciliation; a shared one never does
(Get-MsolUser -UserPrincipalName yaraz@contoso.onmicrosoft.com).LicenseReconciliationNeeded
Set-MsolUserLicense -UserPrincipalName yaraz@contoso.onmicrosoft.com -RemoveLicenses contoso:EXCHANGESTANDARD
(Get-MsolUser -UserPrincipalName yaraz@contoso.onmicrosoft.com).LicenseReconciliationNeeded
Connect-MgGraph -NoWelcome
Get-MgSubscribedSku | Select-Object SkuPartNumber, AppliesTo, CapabilityStatus, ConsumedUnits | Format-Table
# assignedPlans carry the date of the assignment that gives them
$plans = (Get-MgUser -UserId hugoi@contoso.onmicrosoft.com -Property AssignedPlans).AssignedPlans
$plans.Count
($plans | Select-Object -First 1).AssignedDateTime.ToString('o')
# LicenseAssignmentDetails: every source of each product, as scripts read it
$ines = Get-MsolUser -UserPrincipalName inesj@contoso.onmicrosoft.com
$ines.LicenseAssignmentDetails | ForEach-Object {
    '{0}: {1}' -f $_.AccountSku.SkuPartNumber, (($_.Assignments | ForEach-Object { "$($_.ReferencedObjectId.Guid) $($_.Status) $($_.Error) $($_.DisabledServicePlans.Count) disabled" }) -join '; ')
}
(Get-MsolUser -UserPrincipalName hugoi@contoso.onmicrosoft.com).LicenseAssignmentDetails.Assignments |
    Select-Object @{ n = 'Direct'; e = { $_.ReferencedObjectId -eq $hugo.ObjectId } }, Status, Error | Format-Table
