# EmailAddresses items are proxy-address objects whose string form is TYPE:address.
$r = Get-Recipient -Identity caseyd@contoso.onmicrosoft.com
$a = $r.EmailAddresses[0]
$a.GetType().FullName
"$a"
$a.PrefixString
$a.AddressString
$a.IsPrimaryAddress
$a.ProxyAddressString
$a.ToString()
$r.EmailAddresses -match 'caseyd@'
$r.EmailAddresses -like 'SMTP:*'
[string]$r.EmailAddresses
