# Out-Default holds a table back (pwsh: until its group ends or 300 ms have passed) to size its
# columns from the rows; text written straight to the host meanwhile comes first. The empty line
# that opens the document is written at once.
[pscustomobject]@{ Sku = 'E3'; Free = 2 }
Write-Host 'written to the host'
[pscustomobject]@{ Sku = 'EMSPREMIUM'; Free = 10 }
