# Graph cmdlets before Connect-MgGraph fail as Graph PowerShell does; Get-MgContext is empty.
Get-MgUser -All -ErrorAction SilentlyContinue
$Error[0].Exception.Message
@(Get-MgContext).Count
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
(Get-MgContext).Scopes -join ','
(Get-MgContext).Account
@(Get-MgUser -All).Count
Disconnect-MgGraph | Out-Null
Get-MgSubscribedSku -ErrorAction SilentlyContinue
$Error[0].Exception.Message
