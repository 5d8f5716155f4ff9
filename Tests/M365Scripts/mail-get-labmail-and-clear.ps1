# Get-LabMail filters the outbox with wildcards and -Last; Clear-LabMail empties it, asking first
# (High impact) unless -Confirm:$false.
Connect-MgGraph -Scopes 'Mail.Send' -NoWelcome
foreach ($i in 1..4) {
    $to = if ($i % 2) { 'averyb@contoso.onmicrosoft.com' } else { 'ops@fabrikam.com' }
    Send-MgUserMail -UserId hugoi@contoso.onmicrosoft.com -Message @{ Subject = "Report $i"; ToRecipients = @(@{ EmailAddress = @{ Address = $to } }) }
}
Send-MailMessage -From 'robot@fabrikam.com' -To 'hugoi@contoso.onmicrosoft.com' -Subject 'Weekly seats' -SmtpServer s -WarningAction SilentlyContinue
(Get-LabMail).Count
(Get-LabMail -To '*@fabrikam.com').Subject
(Get-LabMail -From 'robot*').Subject
(Get-LabMail -Subject 'Report*' -Last 2).Subject
Get-LabMail 'Report 1' | Format-Table From, To, Subject
Clear-LabMail -WhatIf
(Get-LabMail).Count
Clear-LabMail -Confirm:$false -PassThru
(Get-LabMail).Count
Get-LabMail -Last 0
