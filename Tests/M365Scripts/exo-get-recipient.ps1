# Get-Recipient: default view, -Identity, -Filter (OPATH), -RecipientType, -ResultSize.
Connect-ExchangeOnline -ShowBanner:$false
Get-Recipient -ResultSize 3
(Get-Recipient -Identity 'Wes Young (old)').RecipientType
(Get-Recipient -Filter "EmailAddresses -eq 'wesy@contoso.onmicrosoft.com'").Name
(Get-Recipient -Filter "EmailAddresses -eq 'smtp:WESY@contoso.onmicrosoft.com'").Name
@(Get-Recipient -Filter "RecipientType -eq 'UserMailbox' -and -not (Name -like 'a*')").Count
@(Get-Recipient -RecipientType MailContact).Count
@(Get-Recipient -ResultSize unlimited).Count
Get-EXORecipient -Filter "Name -like 'cas*'" | ForEach-Object { "$($_.Name) $($_.PrimarySmtpAddress)" }
Get-Recipient -Identity nobody -ErrorAction SilentlyContinue
$Error[0].Exception.Message
Get-Recipient -Filter "Name -eq" -ErrorAction SilentlyContinue
$Error[0].Exception.Message.Split([char]10)[0]
Get-Recipient -RecipientType MailContact -RecipientTypeDetails UserMailbox -ErrorAction SilentlyContinue
$Error[0].Exception.Message
