# window-width: 120
# Get-MgUser's LicenseAssignmentStates: AssignedByGroup DisabledPlans Error LastUpdatedDateTime SkuId State
# (the SDK's generated view: the model's properties in alphabetical order).
# Page: microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/resources/licenseassignmentstate.md (the
# properties); the column order as public Get-MgUser output prints it.
Connect-MgGraph -NoWelcome
(Get-MgUser -UserId hugoi@contoso.onmicrosoft.com -Property LicenseAssignmentStates).LicenseAssignmentStates
