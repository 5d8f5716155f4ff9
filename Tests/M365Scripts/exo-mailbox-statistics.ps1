# Mailbox statistics are generated from each mailbox's id: the same mailbox reports the same
# sizes every run; a shared mailbox has no logon.
Get-MailboxStatistics -Identity hugoi@contoso.onmicrosoft.com
Get-Mailbox -ResultSize Unlimited | Get-MailboxStatistics | Sort-Object DisplayName | Select-Object -First 3 DisplayName, ItemCount, TotalItemSize
Get-EXOMailboxStatistics -Identity hugoi@contoso.onmicrosoft.com
Get-EXOMailboxStatistics -UserPrincipalName averyb@contoso.onmicrosoft.com -Properties LastLogonTime, AssociatedItemCount | Format-List
$s = Get-MailboxStatistics averyb@contoso.onmicrosoft.com
$s.TotalItemSize.Value.ToBytes()
$s.TotalItemSize.Value.ToMB()
$s.TotalItemSize.ToString().Split('(')[0].Trim()
[math]::Round(($s.TotalItemSize.ToString().Split('(')[1].Split(' ')[0].Replace(',', '') / 1GB), 2)
New-Mailbox -Shared -Name 'Sales Desk' -Alias salesdesk | Out-Null
Get-MailboxStatistics salesdesk | Format-List DisplayName, ItemCount, LastLogonTime, TotalItemSize, MailboxTypeDetail
Get-MailboxStatistics -Identity nobody
Get-EXOMailboxStatistics -Identity nobody
