Write-Host
Write-Host -NoNewline "a"; Write-Host "b"
Write-Host "Total:" 5 -ForegroundColor Green
Write-Verbose "hidden"
Write-Verbose "shown" -Verbose
Write-Warning "careful"
Write-Host @("x","y") -Separator ","
"a","b" | Write-Host
Write-Debug "dbg"
Write-Information "info" -InformationAction Continue
$InformationPreference = "Continue"; Write-Information "info2"
