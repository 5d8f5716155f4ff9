# SecureString is one of PowerShell's default scalar types: as output it shows its type name,
# never a table of its Length.
$secure = ConvertTo-SecureString 'P@ssw0rd' -AsPlainText -Force
$secure
$secure.Length
