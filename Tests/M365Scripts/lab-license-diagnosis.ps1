# Get-LabLicenseDiagnosis explains each assignment in error: the rule that failed, the sources of
# the user's plans, and what to do (the portal's Why? page shows the same text).
Get-LabLicenseDiagnosis -UserPrincipalName hugoi@contoso.onmicrosoft.com
Get-LabLicenseDiagnosis priyaq@contoso.onmicrosoft.com
Get-LabLicenseDiagnosis vikramx@contoso.onmicrosoft.com
Get-LabLicenseDiagnosis tarau@contoso.onmicrosoft.com
Get-LabLicenseDiagnosis farahg@contoso.onmicrosoft.com
Get-LabLicenseDiagnosis averyb@contoso.onmicrosoft.com
Write-Host "users in error, explained: $((Get-MsolUser -All -HasErrorsOnly | Get-LabLicenseDiagnosis).Count)"
Get-LabLicenseDiagnosis nobody@contoso.onmicrosoft.com
