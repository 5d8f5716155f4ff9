# New-Object: PSObject with -Property, collections from the type registry, unknown types.
$p = New-Object -TypeName PSObject -Property @{ Name = 'E3' }
$p.Name
$p.GetType().FullName
$l = New-Object System.Collections.ArrayList
$l.Add('x') | Out-Null
$l.Count
(New-Object 'System.Collections.Generic.List[int]').GetType().FullName
try { New-Object No.Such.Type -ErrorAction Stop } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
