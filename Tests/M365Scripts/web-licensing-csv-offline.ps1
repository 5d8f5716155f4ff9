# Licensing reports download Microsoft's "Product names and service plan identifiers" CSV to
# show friendly names. The lab has no network: it serves that CSV (made from its catalog, in
# Microsoft's columns) to Invoke-WebRequest and Invoke-RestMethod; other addresses fail as an
# unreachable host does.
$url = 'https://download.microsoft.com/download/e/3/e/e3e9faf2-f28b-490a-9ada-c6089a1fc5b0/Product%20names%20and%20service%20plan%20identifiers%20for%20licensing.csv'
$file = Join-Path ([IO.Path]::GetTempPath()) "skus-$PID.csv"
Invoke-WebRequest -Uri $url -OutFile $file -UseBasicParsing
$rows = Import-Csv $file
$rows.Count
$names = @{}; $rows | ForEach-Object { $names[$_.String_Id] = $_.Product_Display_Name }
Get-MsolAccountSku | ForEach-Object { '{0,-20} {1}' -f $_.SkuPartNumber, $names[$_.SkuPartNumber] }
$r = Invoke-WebRequest $url
"$($r.StatusCode) $($r.Headers['Content-Type']) $($r.Content.Length -gt 1000)"
(Invoke-RestMethod -Uri $url | ConvertFrom-Csv | Where-Object Service_Plan_Name -eq 'EXCHANGE_S_ENTERPRISE' | Select-Object -First 1).Service_Plans_Included_Friendly_Names
try { Invoke-RestMethod https://example.com/skus.json -ErrorAction Stop } catch { $_.Exception.GetType().FullName; $_.FullyQualifiedErrorId; $_.Exception.Message }
($rows | Select-Object -First 1 | Get-Member -MemberType NoteProperty).Name -join ','
Remove-Item $file
