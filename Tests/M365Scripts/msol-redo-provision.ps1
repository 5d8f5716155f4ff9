# Redo-MsolProvisionUser checks the user and writes nothing (lab provisioning never stays pending).
$u = Get-MsolUser -UserPrincipalName caseyd@contoso.onmicrosoft.com
@(Redo-MsolProvisionUser -ObjectId $u.ObjectId).Count
Redo-MsolProvisionUser -ObjectId ([guid]::Empty) -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
