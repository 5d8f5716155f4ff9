# Exchange aliases: letters, digits, ! # $ % & ' * + - / = ? ^ _ ` { | } ~, periods between other
# characters. The demo tenant's old contact has a valid one; invalid ones are refused with
# Exchange's text, and the object keeps its alias.
(Get-MailContact 'Wes Young (old)').Alias
Set-MailContact 'Wes Young (old)' -Alias 'WesYoung(old)'
Set-MailContact 'Wes Young (old)' -Alias 'wes..young'
(Get-MailContact 'Wes Young (old)').Alias
Set-Mailbox hugoi@contoso.onmicrosoft.com -Alias 'hugo ibarra' -EmailAddresses @{ Add = 'smtp:hugo@contoso.onmicrosoft.com' }
(Get-Mailbox hugoi@contoso.onmicrosoft.com).EmailAddresses.Count
Set-Mailbox hugoi@contoso.onmicrosoft.com -Alias "hugo.ibarra"
(Get-Mailbox hugoi@contoso.onmicrosoft.com).Alias
New-MailContact -Name 'Bad Alias' -ExternalEmailAddress bad@fabrikam.com -Alias '.bad'
(Get-MailContact -ResultSize Unlimited).Count
# without -Alias Exchange derives one from the name: spaces removed, other characters become ?
(New-MailContact -Name 'Ann (Fabrikam)' -ExternalEmailAddress ann@fabrikam.com).Alias
New-Mailbox -Shared -Name 'Bad One' -Alias 'a b'
