# Write-Progress shows nothing when the output is not interactive.
1..3 | ForEach-Object { Write-Progress -Activity 'Licensing' -Status "$_ of 3" -PercentComplete ($_ * 33) }
Write-Progress -Activity 'Licensing' -Completed
'done'
