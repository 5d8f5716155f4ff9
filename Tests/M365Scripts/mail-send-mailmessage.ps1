# Send-MailMessage still warns that it is obsolete, and keeps its mail in the lab's outbox:
# -SmtpServer, -Port, -UseSsl and -Credential are accepted, nothing is sent.
$dir = (New-TemporaryFile).DirectoryName
Set-Content -Path (Join-Path $dir 'seats.csv') -Value 'Sku,Free','EMS,0'
$cred = [pscredential]::new('ops@contoso.onmicrosoft.com', (ConvertTo-SecureString 'x' -AsPlainText -Force))
Send-MailMessage -From 'Ops <ops@contoso.onmicrosoft.com>' -To 'averyb@contoso.onmicrosoft.com', 'blakec@contoso.onmicrosoft.com' -Cc 'hugoi@contoso.onmicrosoft.com' -Bcc 'audit@fabrikam.com' -Subject 'Seats low' -Body '<p>EMS: 0 free</p>' -BodyAsHtml -Attachments (Join-Path $dir 'seats.csv') -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred
Get-LabMail | Select-Object From, To, Cc, Bcc, Subject, BodyType, Attachments, AttachmentBytes, SmtpServer, Transport
# positions: To, Subject, Body, SmtpServer; $PSEmailServer when -SmtpServer is left out
$PSEmailServer = 'relay.contoso.com'
Send-MailMessage 'averyb@contoso.onmicrosoft.com' 'Plain' 'Hello' -From 'ops@contoso.onmicrosoft.com' -WarningAction SilentlyContinue
(Get-LabMail -Last 1) | Select-Object Subject, Body, BodyType, SmtpServer
Remove-Variable PSEmailServer
# pwsh's errors: no server, a sender that is no address, a bad recipient (skipped), a missing attachment
Send-MailMessage -From 'ops@contoso.onmicrosoft.com' -To 'averyb@contoso.onmicrosoft.com' -Subject 'x' -WarningAction SilentlyContinue
Send-MailMessage -From 'ops' -To 'averyb@contoso.onmicrosoft.com' -Subject 'x' -SmtpServer s -WarningAction SilentlyContinue
Send-MailMessage -From 'ops@contoso.onmicrosoft.com' -To 'not an address', 'averyb@contoso.onmicrosoft.com' -Subject 'one good' -SmtpServer s -WarningAction SilentlyContinue
Send-MailMessage -From 'ops@contoso.onmicrosoft.com' -To 'averyb@contoso.onmicrosoft.com' -Subject 'x' -SmtpServer s -Attachments (Join-Path $dir 'missing.csv') -WarningAction SilentlyContinue
(Get-LabMail).Subject
