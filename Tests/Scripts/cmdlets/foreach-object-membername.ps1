# ForEach-Object with a member name reads a property or calls a method (with -ArgumentList).
'alpha', 'beta' | ForEach-Object Length
'alpha', 'beta' | ForEach-Object ToUpper
'alpha' | ForEach-Object Substring 1 2
[pscustomobject]@{ Tags = 'a', 'b' } | ForEach-Object Tags
