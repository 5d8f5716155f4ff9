# New-TemporaryFile returns a FileInfo for an empty file that exists.
$t = New-TemporaryFile
$t.GetType().FullName
$t.Exists
$t.Length
$t.Extension
Test-Path $t.FullName
Remove-Item $t.FullName
