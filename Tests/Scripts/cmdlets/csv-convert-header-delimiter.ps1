# ConvertFrom-Csv with -Header and -Delimiter; ConvertTo-Csv -UseQuotes AsNeeded and -Delimiter.
'ann;E3', 'bob;E5' | ConvertFrom-Csv -Delimiter ';' -Header Upn, Sku | ForEach-Object { "$($_.Upn)=$($_.Sku)" }
[pscustomobject]@{ A = 'x,y'; B = 'z' } | ConvertTo-Csv -UseQuotes AsNeeded
[pscustomobject]@{ A = 1; B = 2 } | ConvertTo-Csv -Delimiter ';'
[ordered]@{ Upn = 'ann@contoso.com'; Sku = 'E3' } | ConvertTo-Csv
