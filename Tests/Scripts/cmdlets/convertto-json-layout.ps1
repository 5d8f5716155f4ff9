# ConvertTo-Json: two-space indentation, arrays of several objects, -Compress, whole doubles with .0.
[pscustomobject]@{ Name = 'E3'; Seats = 25; Price = 3.0; Plans = @('Exchange', 'Teams'); Owner = $null }
[pscustomobject]@{ Name = 'E3'; Seats = 25; Price = 3.0; Plans = @('Exchange', 'Teams'); Owner = $null } | ConvertTo-Json
1, 2 | ConvertTo-Json -Compress
ConvertTo-Json -InputObject @{ ok = $true } -Compress
'<a & b>' | ConvertTo-Json -EscapeHandling EscapeHtml
'café' | ConvertTo-Json -EscapeHandling EscapeNonAscii
