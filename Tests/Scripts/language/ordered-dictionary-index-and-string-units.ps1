# An ordered dictionary indexed by an integer gives the entry at that position; a string key
# still looks up by key.
$o = [ordered]@{ first = 'a'; second = 'b' }
$o[0]
$o[1]
$o['second']
$null -eq $o[5]
# a hashtable has no positions: an integer is a key like any other
$h = @{ 0 = 'zero' }
$h[0]
# strings index by UTF-16 unit, as Length counts them
$s = "a😀b"
$s.Length
$s[0]
$s[3]
$s[-1]
# an information record converts to its message
$rec = Write-Information 'note' 6>&1
"[$rec]"
