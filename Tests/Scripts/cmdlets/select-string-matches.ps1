# Select-String on piped strings and on a file: matching lines, -Quiet, -AllMatches, -NotMatch, file:line:text.
'ann@contoso.com', 'bob@fabrikam.com', 'cleo@CONTOSO.com' | Select-String 'contoso'
'ann@contoso.com' | Select-String 'contoso' -Quiet
'a1b2' | Select-String '\d' -AllMatches | ForEach-Object { $_.Matches.Value -join ',' }
'x', 'y' | Select-String 'x' -NotMatch -Raw
$dir = [System.IO.Path]::GetTempPath()
Set-Location $dir
$p = Join-Path $dir 'll-golden-select-string.txt'
"alpha`nbeta`ngamma" | Set-Content $p
Select-String -Path $p -Pattern 'ta'
(Select-String -Path $p -Pattern 'a$' | ForEach-Object LineNumber) -join ','
Remove-Item $p
