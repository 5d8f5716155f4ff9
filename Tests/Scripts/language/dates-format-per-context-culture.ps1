# The current culture is en-US. PowerShell converts dates culture-invariantly ("$d", [string]$d,
# -join), but .NET's ToString — called by $d.ToString(), -f, Get-Date -Format, Export-Csv and
# Write-Host — formats in the current culture.
$d = [datetime]'2024-03-05 14:07'
"interpolated: $d"
"cast: $([string]$d)"
"ToString(): $($d.ToString())"
"ToString('d'): $($d.ToString('d'))"
"ToShortDateString: $($d.ToShortDateString())"
"ToShortTimeString: $($d.ToShortTimeString())"
"-f: {0}" -f $d
"-f with g: {0:g}" -f $d
"Get-Date -Format g: $(Get-Date $d -Format g)"
"Get-Date -Format D: $(Get-Date $d -Format D)"
"custom format: $($d.ToString('yyyy-MM-dd HH:mm'))"
[pscustomobject]@{ When = $d } | ConvertTo-Csv
Write-Host $d
# a culture-formatted date reads back with a cast
[datetime]'3/5/2024 2:07:00 PM' -eq $d
