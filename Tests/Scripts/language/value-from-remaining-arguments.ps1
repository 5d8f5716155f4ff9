Write-Output a b c
echo 1 2
function f { param([Parameter(ValueFromRemainingArguments)]$Rest) $Rest.Count }
f 1 2 3
f one
function g { param($First, [Parameter(ValueFromRemainingArguments)][string[]]$Others) "$First|$($Others -join ",")" }
g a b c
