# Get-MgUser -Filter: the OData subset licensing scripts use.
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
$unlicensed = Get-MgUser -Filter 'assignedLicenses/$count eq 0' -ConsistencyLevel eventual -CountVariable n -All
"$n unlicensed: $(($unlicensed.UserPrincipalName | Sort-Object) -join ',')"
Get-MgUser -Filter 'assignedLicenses/$count eq 0' -All -ErrorAction SilentlyContinue
$Error[0].Exception.Message.Split([char]10)[0]
$e5 = (Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'ENTERPRISEPREMIUM').SkuId
(Get-MgUser -Filter "assignedLicenses/any(x:x/skuId eq $e5)" -All).DisplayName
(Get-MgUser -Filter "startswith(displayName,'Ka') or usageLocation eq 'CA'" -All | Sort-Object DisplayName).DisplayName -join ','
(Get-MgUser -Filter "userPrincipalName eq 'rosas@contoso.onmicrosoft.com'").DisplayName
@(Get-MgUser -Filter "licenseAssignmentStates/any(s:s/state eq 'Error')" -All).Count
Get-MgUser -Filter "displayName eq" -ErrorAction SilentlyContinue
$Error[0].Exception.Message.Split([char]10)[0]
