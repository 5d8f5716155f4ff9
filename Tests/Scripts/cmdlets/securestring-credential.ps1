# ConvertTo-SecureString -AsPlainText and a PSCredential built from it; the secure string never prints.
$sec = ConvertTo-SecureString 'P@ssw0rd' -AsPlainText -Force
$sec.GetType().FullName
"$sec"
$cred = New-Object System.Management.Automation.PSCredential('admin@contoso.com', $sec)
$cred.UserName
$sec | ConvertFrom-SecureString -AsPlainText
