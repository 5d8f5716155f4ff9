# Several positional script blocks: the first is Begin, the last End, the middle ones run per object.
1..2 | ForEach-Object { 'begin' } { "process A $_" } { "process B $_" } { 'end' }
1..2 | ForEach-Object { 'begin only' } { "item $_" }
