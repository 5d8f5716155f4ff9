# The first object picks the document's view. When that is a registered view (a Guid's table
# here), later objects it does not apply to are written out of band as lists; objects without a
# registered view join a table of the first one's columns.
[guid]'a0b1c2d3-0000-0000-0000-000000000001'
[pscustomobject]@{ Name = 'E3'; Seats = 25 }
[guid]'a0b1c2d3-0000-0000-0000-000000000002'
