# window-width: 120
# A Graph group's AssignedLicenses: DisabledPlans SkuId (AdditionalProperties is not a column).
# Page: MicrosoftDocs/entra-docs docs/identity/users/licensing-powershell-graph-examples.md, "View all disabled service
# plan licenses assigned to a group" (it selects SkuId, DisabledPlans from these objects).
Connect-MgGraph -NoWelcome
(Get-MgGroup -GroupId 9c3e5d20-2b4a-4c6d-8e7f-000000000002 -Property AssignedLicenses).AssignedLicenses
