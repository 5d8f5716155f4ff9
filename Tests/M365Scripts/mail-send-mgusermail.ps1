# Send-MgUserMail sends from a user's mailbox into the lab's outbox (never the network); both
# forms of the cmdlet and Invoke-MgGraphRequest reach the same sendMail operation.
Connect-MgGraph -Scopes 'Mail.Send' -NoWelcome
$body = @{
    Message = @{
        Subject = 'Licence report'
        Body = @{ ContentType = 'HTML'; Content = '<p>2 users in <b>CountViolation</b></p>' }
        ToRecipients = @(@{ EmailAddress = @{ Address = 'averyb@contoso.onmicrosoft.com' } })
        CcRecipients = @(@{ EmailAddress = @{ Address = 'ops@fabrikam.com' } })
        Attachments = @(@{ '@odata.type' = '#microsoft.graph.fileAttachment'; Name = 'errors.csv'; ContentType = 'text/csv'
                           ContentBytes = 'VVBOLEVycm9yCmZhcmFoZyxDb3VudFZpb2xhdGlvbg==' })
    }
    SaveToSentItems = $true
}
Send-MgUserMail -UserId hugoi@contoso.onmicrosoft.com -BodyParameter $body
Send-MgUserMail -UserId hugoi@contoso.onmicrosoft.com -Message @{ Subject = 'Short'; ToRecipients = @(@{ EmailAddress = @{ Address = 'blakec@contoso.onmicrosoft.com' } }) } -PassThru
Invoke-MgGraphRequest -Method POST -Uri 'v1.0/users/averyb@contoso.onmicrosoft.com/sendMail' -Body @{ message = @{ subject = 'By REST'; toRecipients = @(@{ emailAddress = @{ address = 'hugoi@contoso.onmicrosoft.com' } }) }; saveToSentItems = $false }
Get-LabMail
(Get-LabMail -Subject 'Licence*').AttachmentBytes
# a name that is nobody, and a user without a mailbox (no Exchange license): Graph's errors
Send-MgUserMail -UserId nobody@contoso.onmicrosoft.com -BodyParameter $body
Send-MgUserMail -UserId priyaq@contoso.onmicrosoft.com -BodyParameter $body
try { Send-MgUserMail -UserId priyaq@contoso.onmicrosoft.com -BodyParameter $body -ErrorAction Stop } catch { $_.Exception.ErrorCode; $_.Exception.StatusCode }
# recipients must resolve; a message needs one
Send-MgUserMail -UserId hugoi@contoso.onmicrosoft.com -Message @{ Subject = 'x'; ToRecipients = @(@{ EmailAddress = @{ Address = 'ann@x.com; bob@x.com' } }) }
Send-MgUserMail -UserId hugoi@contoso.onmicrosoft.com -Message @{ Subject = 'x' }
Send-MgUserMail -UserId hugoi@contoso.onmicrosoft.com -BodyParameter @{ SaveToSentItems = $true }
# with permissions enforced, Mail.Send is needed
Set-LabTenant -EnforceGraphScopes $true
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
Send-MgUserMail -UserId hugoi@contoso.onmicrosoft.com -BodyParameter $body
(Get-LabMail).Count
