# Add-Member: note, script and alias properties, script methods, -NotePropertyMembers, -Force, -PassThru.
$o = [pscustomobject]@{ First = 'Ann'; Last = 'Lee' }
$o | Add-Member -MemberType NoteProperty -Name Dept -Value 'Sales'
$o | Add-Member -MemberType ScriptProperty -Name Full -Value { "$($this.First) $($this.Last)" }
$o | Add-Member -MemberType AliasProperty -Name Given -Value First
$o | Add-Member -MemberType ScriptMethod -Name Greet -Value { param($g) "$g, $($this.First)" }
$o | Add-Member -NotePropertyMembers @{ Seats = 2 }
$o.Dept; $o.Full; $o.Given; $o.Greet('Hi'); $o.Seats
try { $o | Add-Member -NotePropertyName Dept -NotePropertyValue 'IT' -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
($o | Add-Member -NotePropertyName Dept -NotePropertyValue 'IT' -Force -PassThru).Dept
