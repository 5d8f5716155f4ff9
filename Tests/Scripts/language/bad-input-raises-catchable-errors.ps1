try { 'a' -match '(' } catch { 'bad regex' }
try { [int]99999999999 } catch { 'overflow' }
try { [datetime]'not a date' } catch { 'bad date' }
try { 1..100000000 } catch { 'range too large' }
$a = @(1); try { $a['x'] } catch { 'string index' }
try { 'abc'.Substring(-1) } catch { 'negative substring' }
try { [guid]'xyz' } catch { 'bad guid' }
try { $h = @{}; $h.Add($null, 1) } catch { 'null key' }
try { 5 % 0 } catch { 'mod zero' }
try { [char]'ab' } catch { 'char' }
try { 'x' -f 1,2 } catch { 'fmt' }
try { '{5}' -f 1 } catch { 'fmt index' }
try { [int[]]'a','b' } catch { 'int array' }
try { [System.Collections.Generic.List[int]]::new().Add('x') } catch { 'list add' }
try { $null[0] = 1 } catch { 'null index assign' }
try { @(1)[5] = 1 } catch { 'out of range assign' }
try { -bnot 'x' } catch { 'bnot' }
try { [Math]::Round('x') } catch { 'round' }
try { New-Object -TypeName No.Such.Type } catch { 'no type' }
'survived'
