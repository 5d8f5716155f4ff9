# Exchange's Get-User: users with and without a mailbox.
(Get-User -RecipientTypeDetails User | Sort-Object Name).Name -join ','
(Get-User -Identity caseyd@contoso.onmicrosoft.com).RecipientTypeDetails
(Get-User -Filter "UsageLocation -eq 'DE'" | Sort-Object Name).Name -join ','
