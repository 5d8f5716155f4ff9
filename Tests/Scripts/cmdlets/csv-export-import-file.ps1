# Export-Csv / Import-Csv on a file: quoted fields, empty $null, -Append under the existing header.
$path = Join-Path ([System.IO.Path]::GetTempPath()) 'll-golden-export.csv'
[pscustomobject]@{ Upn = 'ann@contoso.com'; Sku = $null } | Export-Csv -Path $path -NoTypeInformation
[pscustomobject]@{ Upn = 'bob@contoso.com'; Sku = 'E3' } | Export-Csv -Path $path -Append
Get-Content $path
$rows = Import-Csv $path
$rows.Count
$rows[0].Sku -eq ''
$rows[1].Sku
Remove-Item $path
