# String.IndexOf/LastIndexOf check their start and count as .NET does: a start at the end finds
# nothing, one past it is an error; a loop that steps past the last delimiter ends.
function Try-It([scriptblock] $b) { try { & $b } catch { "error: $($_.Exception.Message)" } }
Try-It { 'abc'.IndexOf('a', 3) }
Try-It { 'abc'.IndexOf('a', 4) }
Try-It { 'abc'.IndexOf('a', -1) }
Try-It { 'abc'.IndexOf('c', 1, 2) }
Try-It { 'abc'.IndexOf('c', 1, 3) }
Try-It { 'abcabc'.LastIndexOf('abc') }
Try-It { 'abcabc'.LastIndexOf('abc', 4) }
Try-It { 'abc'.LastIndexOf('a', 3) }
Try-It { 'abc'.LastIndexOf('a', 4) }
Try-It { 'aBc'.IndexOf('b', 'OrdinalIgnoreCase') }
$s = 'a,b,'; $i = 0; $found = @()
while (($i = $s.IndexOf(',', $i)) -ge 0) { $found += $i; $i++ }
"delimiters at $($found -join ', ')"
