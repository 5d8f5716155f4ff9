# Get-EntraAccountSku: Get-MgSubscribedSku's objects plus MSOnline-style unit fields (ActiveUnits,
# WarningUnits, LockedOutUnits, SuspendedUnits, AccountObjectId, TargetClass); Get-EntraSubscribedSku
# GetQuery and GetById (-SubscribedSkuId).
# Pages: microsoftgraph/entra-powershell module/docs/entra-powershell-v1.0/DirectoryManagement/Get-EntraAccountSku.md,
# Get-EntraSubscribedSku.md
Connect-Entra -Scopes 'Organization.Read.All' -NoWelcome
Get-EntraAccountSku | Select-Object SkuPartNumber, ActiveUnits, WarningUnits, ConsumedUnits, LockedOutUnits, SuspendedUnits | Format-Table
$sku = Get-EntraAccountSku | Where-Object SkuPartNumber -eq 'EMS'
$sku.AccountObjectId -eq $sku.AccountId
$sku.TargetClass
Get-EntraAccountSku -TenantId 6d2f1c3a-0c6e-4a4b-9a51-6f3d2b1e0c01 | Measure-Object | Select-Object -ExpandProperty Count
Get-EntraSubscribedSku | Format-Table
Get-EntraSubscribedSku -SubscribedSkuId 6d2f1c3a-0c6e-4a4b-9a51-6f3d2b1e0c01_efccb6f7-5641-4e0e-bd10-b4976e1bf68e | Select-Object SkuPartNumber, ConsumedUnits
Get-EntraSubscribedSku -SubscribedSkuId 6d2f1c3a-0c6e-4a4b-9a51-6f3d2b1e0c01_efccb6f7-5641-4e0e-bd10-b4976e1bf68e -Property SkuPartNumber | Select-Object SkuPartNumber
