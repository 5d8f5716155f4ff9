# Conceptual help topics: Get-Help about_X prints the topic, about_* lists topics with Category HelpFile.
Get-Help about_* | ForEach-Object { "$($_.Name) $($_.Category)" }
(Get-Help about_GroupLicensingErrors | Out-String) -match 'CountViolation'
(Get-Help about_licenselab | Out-String) -match 'TOPIC'
try { Get-Help about_Nothing -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
