# ConvertFrom-Json: PSCustomObject in key order, Int64 integers, Double fractions, arrays unrolled.
$o = '{"b": 1, "a": 2.5, "list": [1, 2, 3], "nested": {"x": true}}' | ConvertFrom-Json
$o.PSObject.Properties.Name -join ','
$o.b.GetType().FullName
$o.a.GetType().FullName
$o.list.Count
$o.nested.x
('[{"n":1},{"n":2}]' | ConvertFrom-Json | Measure-Object).Count
$h = '{"k": "v"}' | ConvertFrom-Json -AsHashtable
$h['k']
