# AccountSku members used to compute free seats.
Get-MsolAccountSku | Where-Object { $_.ActiveUnits - $_.ConsumedUnits -gt 0 } | ForEach-Object { "{0}: {1} free" -f $_.SkuPartNumber, ($_.ActiveUnits - $_.WarningUnits - $_.ConsumedUnits) }
$sku = Get-MsolAccountSku | Where-Object SkuPartNumber -eq 'EMS'
$sku.SkuId
$sku.AccountName
$sku.TargetClass
($sku.ServiceStatus.ServicePlan.ServiceName | Sort-Object) -join ','
