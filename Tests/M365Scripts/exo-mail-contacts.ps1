# Mail contacts: create, read, change addresses, remove; the address must be free.
Reset-LabTenant -Empty
$c = New-MailContact -Name 'Pat Ext' -ExternalEmailAddress pat@fabrikam.com
$c.GetType().FullName
$c.RecipientTypeDetails
$c.ExternalEmailAddress
New-MailContact -Name 'Pat Two' -ExternalEmailAddress pat@fabrikam.com -ErrorAction SilentlyContinue
$Error[0].Exception.Message
Set-MailContact 'Pat Ext' -EmailAddresses @{Add = 'pat2@fabrikam.com'}
(Get-MailContact 'Pat Ext').EmailAddresses -join ','
Remove-MailContact -Identity 'Pat Ext' -Confirm:$false
@(Get-MailContact).Count
Remove-MailContact -Identity 'Pat Ext' -Confirm:$false -ErrorAction SilentlyContinue
$Error[0].Exception.GetType().FullName
$null = New-MailContact -Name 'Twin A' -DisplayName 'Twin' -ExternalEmailAddress twin.a@fabrikam.com
$null = New-MailContact -Name 'Twin B' -DisplayName 'Twin' -ExternalEmailAddress twin.b@fabrikam.com
Remove-MailContact -Identity 'Twin' -Confirm:$false -ErrorAction SilentlyContinue
$Error[0].Exception.Message
@(Get-MailContact).Count
