# Get-Mailbox's default table (Exchange Online).
Get-Mailbox -ResultSize 2 -WarningAction SilentlyContinue
