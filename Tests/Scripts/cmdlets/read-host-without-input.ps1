# Read-Host with no input available is a clear error.
try { Read-Host 'Tenant' -ErrorAction Stop } catch { $_.Exception.Message }
