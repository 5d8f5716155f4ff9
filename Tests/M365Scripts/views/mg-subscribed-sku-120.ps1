# window-width: 120
# Get-MgSubscribedSku's table: Id AccountId AccountName AppliesTo CapabilityStatus ConsumedUnits SkuId SkuPartNumber;
# the 73-character Id leaves little room, so the last columns are cut or hidden, as in the page's sample.
# Page: learn.microsoft.com/powershell/module/microsoft.entra.directorymanagement/get-entrasubscribedsku, Example 1
# (Get-EntraSubscribedSku writes the same Microsoft.Graph.PowerShell.Models.MicrosoftGraphSubscribedSku).
Connect-MgGraph -NoWelcome
Get-MgSubscribedSku | Select-Object -First 3
