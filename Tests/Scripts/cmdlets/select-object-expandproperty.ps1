# -ExpandProperty unrolls a collection property; a missing property is an error.
$u = [pscustomobject]@{ Name = 'Ann'; Licenses = @('E3', 'EMS') }
$u | Select-Object -ExpandProperty Licenses
($u | Select-Object -ExpandProperty Name).GetType().FullName
try { $u | Select-Object -ExpandProperty Nope -ErrorAction Stop } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
