# By default the lab tenant counts as connected; Set-LabTenant -RequireMsolConnection $true
# reproduces MSOnline's rule that Connect-MsolService comes first.
(Get-MsolUser -MaxResults 1).Count
Set-LabTenant -RequireMsolConnection $true
try { Get-MsolUser -MaxResults 1 } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
Connect-MsolService
(Get-MsolUser -MaxResults 1).Count
