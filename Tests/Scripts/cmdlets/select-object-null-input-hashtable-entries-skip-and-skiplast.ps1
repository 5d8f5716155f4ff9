# Select-Object selects nothing from a $null input object; a hashtable's entry comes before its
# members (-Property and -ExpandProperty); -Skip combines with -SkipLast; an object passed
# through is marked Selected.* once.
($null | Select-Object -Property Name).Count
(1, $null, 2 | Select-Object).Count
(@{ Entry = 100 } | Select-Object -Property Entry).Entry
@{ Entry = 100 } | Select-Object -ExpandProperty Entry
(@{ Keys = 10 } | Select-Object -Property Keys).Keys
(@{ Value = 10 } | Select-Object -Property Keys).Keys
(1..10 | Select-Object -Skip 2 -SkipLast 3) -join ','
$o = [pscustomobject]@{ Name = 1 } | Select-Object | Select-Object
$o.PSObject.TypeNames -join ', '
# Where-Object: an operator switched off while -Value is given is an error
try { $o | Where-Object Name -GT:$false -Value 0 } catch { $_.FullyQualifiedErrorId }
($o | Where-Object Name -In:$false).Name
# .NET accessor methods
$h = @{ a = 1; b = 2 }
$h.get_Keys() -join ','
$o.set_Name(5); $o.Name
# stand-ins for "no value" that are not $null
([System.DBNull]::Value ?? 'fallback').GetType().FullName
([NullString]::Value ?? 'fallback').GetType().FullName
[System.Management.Automation.Internal.AutomationNull]::Value ?? 'fallback'
