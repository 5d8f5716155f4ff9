# A property named in another case is shown with the member's own spelling.
$o = [pscustomobject]@{ EmailAddresses = 'SMTP:a@contoso.com'; Name = 'A' }
$o | Format-List name, emailaddresses
$o | Select-Object name | Format-Table
($o | Select-Object emailaddresses).PSObject.Properties.Name
