# The variable cmdlets keep a description, options (ReadOnly, Constant, Private, AllScope) and
# visibility. ReadOnly needs -Force to change, Constant never changes, an existing variable can
# not become Constant, and an AllScope variable is assigned in place from a child scope.
New-Variable -Name seats -Value 10 -Description 'seats bought' -PassThru | Format-List Name, Value, Description, Options
Set-Variable -Name seats -Description 'seats bought in 2026'
"$seats / $((Get-Variable seats).Description)"
Set-Variable -Name limit -Value 5 -Option ReadOnly
Set-Variable -Name limit -Value 6 -ErrorAction SilentlyContinue -ErrorVariable e1
"limit $limit; $($e1[0].FullyQualifiedErrorId)"
Set-Variable -Name limit -Value 7 -Force
"forced: $limit"
New-Variable -Name fixed -Value 1 -Option Constant
Set-Variable -Name fixed -Value 2 -Force -ErrorAction SilentlyContinue -ErrorVariable e2
"fixed $fixed; $($e2[0].FullyQualifiedErrorId)"
New-Variable -Name plain -Value 1
Set-Variable -Name plain -Option Constant -ErrorAction SilentlyContinue -ErrorVariable e3
"$((Get-Variable plain).Options); $($e3[0].FullyQualifiedErrorId)"
Set-Variable -Name hidden -Value 'x' -Option ReadOnly -Scope Private
(Get-Variable hidden).Options
New-Variable -Name shared -Value 1 -Option AllScope
& { $shared = 2 }
"shared: $shared"
# wildcards reach the existing variables of the scope; -Include and -Exclude filter them
Set-Variable abcaVar bar; Set-Variable bcdaVar other; Set-Variable aVarfoo bogus
Set-Variable -Name '*aV*' -Value 'overwrite' -Include '*Var*' -Exclude 'bcd*'
Get-Variable -Name '*aVar*' -Scope Local | ForEach-Object { "$($_.Name)=$($_.Value)" }
try { New-Variable -Name bad -Option Sticky } catch { $_.FullyQualifiedErrorId }
