# Set-Mailbox -EmailAddresses with @{Add=...; Remove=...} and a full list; uniqueness enforced.
Get-Mailbox -Identity caseyd@contoso.onmicrosoft.com | Select-Object Name, UserPrincipalName, PrimarySmtpAddress
Set-Mailbox caseyd@contoso.onmicrosoft.com -EmailAddresses @{Add = 'smtp:casey@contoso.onmicrosoft.com'}
(Get-Mailbox caseyd@contoso.onmicrosoft.com).EmailAddresses -join ','
Set-Mailbox caseyd@contoso.onmicrosoft.com -EmailAddresses @{Remove = 'casey@contoso.onmicrosoft.com'}
(Get-EXOMailbox caseyd@contoso.onmicrosoft.com).EmailAddresses -join ','
Set-Mailbox caseyd@contoso.onmicrosoft.com -EmailAddresses 'SMTP:caseyd@contoso.onmicrosoft.com', 'averyb@contoso.onmicrosoft.com' -ErrorAction SilentlyContinue
$Error[0].Exception.Message
Set-Mailbox caseyd@contoso.onmicrosoft.com -EmailAddresses 'SMTP:caseyd@contoso.onmicrosoft.com', 'cd@contoso.onmicrosoft.com'
(Get-Recipient caseyd@contoso.onmicrosoft.com).EmailAddresses -join ','
@(Get-Mailbox -ResultSize unlimited).Count
