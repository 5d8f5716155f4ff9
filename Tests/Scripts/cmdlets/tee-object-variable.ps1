# Tee-Object passes objects on and keeps them in a variable.
1, 2, 3 | Tee-Object -Variable kept | Measure-Object | ForEach-Object Count
$kept -join ','
