# Start-Transcript copies what the session prints into the transcript file until Stop-Transcript.
$path = Join-Path ([System.IO.Path]::GetTempPath()) 'll-golden-transcript.txt'
if (Test-Path $path) { Remove-Item $path }
Start-Transcript -Path $path | Out-Null
'recorded output'
Write-Host 'recorded host line'
Stop-Transcript | Out-Null
'not recorded'
$lines = Get-Content $path
$lines[1]
($lines | Where-Object { $_ -like 'recorded*' }) -join '|'
($lines | Where-Object { $_ -eq 'not recorded' }).Count
Remove-Item $path
