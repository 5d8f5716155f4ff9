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
