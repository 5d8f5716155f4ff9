# Values nested 100,000 deep (arrays, hashtables, objects, lists) are freed without using a
# stack frame per level: freeing them once overflowed the stack.
$x = 1; for ($i = 0; $i -lt 100000; $i++) { $x = @(, $x) }; $x = $null; 'arrays freed'
$x = @{}; for ($i = 0; $i -lt 100000; $i++) { $x = @{ a = $x } }; $x = $null; 'hashtables freed'
$x = 1; for ($i = 0; $i -lt 100000; $i++) { $x = [pscustomobject]@{ a = $x } }; $x = $null; 'objects freed'
$x = $null; for ($i = 0; $i -lt 100000; $i++) { $l = [System.Collections.Generic.List[object]]::new(); $l.Add($x); $x = $l }; $l = $x = $null; 'lists freed'
