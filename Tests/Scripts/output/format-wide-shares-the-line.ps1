# Format-Wide: two items a row unless -Column says otherwise; -AutoSize fits as many as the
# widest item allows; the line is shared out evenly. Strings are written out of band, as
# everywhere.
$skus = 'ENTERPRISEPACK', 'EMS', 'POWER_BI_PRO', 'MCOMEETADV', 'STANDARDPACK' | ForEach-Object { [pscustomobject]@{ Name = $_ } }
$skus | Format-Wide | Out-String -Width 40
$skus | Format-Wide -Column 3 | Out-String -Width 40
$skus | Format-Wide -AutoSize | Out-String -Width 40
'a', 'b', 'c' | Format-Wide -Column 3
