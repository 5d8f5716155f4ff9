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
