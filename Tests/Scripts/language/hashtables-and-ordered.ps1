$h = @{}
$h["x"] = 1
$h.y = 2
$h += @{ z = 3 }
$h.Count
($h.Keys | Sort-Object) -join ","
$h.Remove("x")
$h.ContainsKey("X")
$h.ContainsKey("Y")
$nested = @{ a = @{ b = @{ c = "deep" } } }
$nested.a.b.c
$nested["a"]["b"]["c"]
$o = [ordered]@{ z = 1; a = 2 }
$o.Keys -join ","
$o["a"]
"$h" -eq "System.Collections.Hashtable"
$h.Missing -eq $null
# System.Management.Automation.OrderedHashtable: ordered, and a Hashtable
$oh = [System.Management.Automation.OrderedHashtable]::new(@{ a = 1 })
$oh.Add('b', 2); $oh['c'] = 3
$oh.GetType().Name
$oh -is [hashtable]
$oh.Keys -join ','
$copy = $oh.Clone(); $copy.Remove('a'); '{0} {1} {2}' -f $oh.Count, $copy.Count, $copy.GetType().Name
$slots = 0, 0, 0, 0; $oh.CopyTo($slots, 1); $slots[1].GetType().Name + ' ' + $slots[3].Key
