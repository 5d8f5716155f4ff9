# Get-MsolDomain lists the initial domain and every domain the users' principal names use;
# filters that match no domain give nothing; an unknown domain name is an error.
Get-MsolDomain
(Get-MsolDomain | Where-Object IsInitial).Name
(Get-MsolDomain -DomainName CONTOSO.onmicrosoft.com).IsDefault
@(Get-MsolDomain -Status Unverified).Count
@(Get-MsolDomain -Capability Email).Count
try { Get-MsolDomain -DomainName fabrikam.com -ErrorAction Stop } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
