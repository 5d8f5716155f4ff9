# Strings piped to ConvertFrom-Json: when the first is a whole document, each string is one
# document; otherwise they are the lines of one. -AsHashtable gives OrderedHashtables (pwsh 7.3+),
# and -Depth raises the reader's depth limit beyond 1024.
$docs = '{"a" : "1"}', '{"a" : "x"}' | ConvertFrom-Json -AsHashtable
$docs.Count
$docs[1].a
$docs[0].GetType().FullName
$docs[0] -is [hashtable]
('{"a" :', '"x"}' | ConvertFrom-Json).a
$deep = ('[' * 1500) + (']' * 1500)
try { $deep | ConvertFrom-Json | Out-Null } catch { $_.Exception.Message.Substring(0, 60) }
($deep | ConvertFrom-Json -Depth 2000 -NoEnumerate).GetType().Name
