# Export-Csv and ConvertTo-Csv read each object's own members, whatever shape came before it
$a = [pscustomobject]@{ A = 1; B = 2; C = 3 }
$b = [pscustomobject]@{ A = 4; B = 5; C = 6 }
$b.PSObject.Properties.Remove('A')
$c = [pscustomobject]@{ B = 8; A = 7; C = 9 }
$d = [pscustomobject]@{ A = 10; B = 11; C = 12 } | Add-Member -NotePropertyName D -NotePropertyValue 13 -PassThru
$e = [pscustomobject]@{ A = 14; B = 15; C = 16 } | Add-Member -MemberType ScriptProperty -Name A -Value { 'scripted' } -Force -PassThru
$a, $b, $c, $d, $e | ConvertTo-Csv
