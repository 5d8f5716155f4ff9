# $foreach and $switch are the enumerators of the running loop: MoveNext() takes the next item
# (the loop goes on after it), Current reads it; pairs of lines are read this way.
$lines = 'name', 'Ann', 'name', 'Bob'
foreach ($line in $lines) {
    if ($line -eq 'name' -and $foreach.MoveNext()) { "user: $($foreach.Current)" }
}
switch ('--sku', 'EMS', '--location', 'DE', 'extra') {
    '--sku' { [void]$switch.MoveNext(); "sku=$($switch.Current)" }
    '--location' { [void]$switch.MoveNext(); "location=$($switch.Current)" }
    default { "positional=$_" }
}
# nested loops each see their own enumerator; after the loop it is gone
foreach ($o in 1..2) { foreach ($i in 'a', 'b') { "$o$i" }; "outer current: $($foreach.Current)" }
$null -eq $foreach
# MoveNext past the end is false and ends the loop
foreach ($x in 1, 2) { "x=$x"; "more: $($foreach.MoveNext())" }
foreach ($x in 1) { $foreach.GetType().FullName }
# an integer range is walked without building it: counting down, and past the size limit of the array form
foreach ($i in 3..1) { "down $i" }
$n = 0; foreach ($i in 1..25000000) { $n++; if ($n -eq 3) { break } }; "walked $n"
foreach ($c in 'a'..'c') { "char $c" }
