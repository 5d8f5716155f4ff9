# A missing user: MSOnline's UserNotFoundException, non-terminating.
Get-MsolUser -UserPrincipalName ghost@contoso.onmicrosoft.com -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
$Error[0].Exception.GetType().FullName
$Error[0].Exception.Message
'after'
