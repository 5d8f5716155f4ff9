# A runspace ([powershell]::Create()) has the M365 modules over the same tenant: what it changes,
# the caller sees, and the other way round; its connections are its own.
$ps = [powershell]::Create()
$ps.AddScript('New-MsolUser -UserPrincipalName rs@contoso.onmicrosoft.com -DisplayName "Made in a runspace" -UsageLocation US | ForEach-Object UserPrincipalName').Invoke()
(Get-MsolUser -UserPrincipalName rs@contoso.onmicrosoft.com).DisplayName
Set-MsolUser -UserPrincipalName rs@contoso.onmicrosoft.com -Department Training
$ps.Commands.Clear()
$ps.AddScript('(Get-MsolUser -UserPrincipalName rs@contoso.onmicrosoft.com).Department').Invoke()
$ps.Commands.Clear()
$ps.AddScript('Get-MsolUser -UserPrincipalName nobody@contoso.onmicrosoft.com').Invoke()
$ps.HadErrors
$ps.Streams.Error[0].FullyQualifiedErrorId
