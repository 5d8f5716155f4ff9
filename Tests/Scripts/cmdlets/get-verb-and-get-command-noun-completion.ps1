function Complete([string]$line) { (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText -join ' ' }
# a keyword is no reason to quote a value (Switch, ForEach)
Complete 'Get-Verb -Verb Sw'
Complete 'Get-Command -Noun Object -Module Microsoft.PowerShell.Core -Verb '
# -Noun offers the nouns of the commands Get-Command would list, sorted and unique
Complete 'Get-Command -Module Microsoft.PowerShell.Utility -Noun Js'
Complete "Get-Command -Module Microsoft.PowerShell.Utility -Verb ConvertTo -Noun 'Js"
# SortedSet with a StringComparer
$set = [System.Collections.Generic.SortedSet[string]]::new([System.StringComparer]::OrdinalIgnoreCase)
'b', 'A', 'a', 'C' | ForEach-Object { $null = $set.Add($_) }
$set -join ' '
$set.Count
[System.StringComparer]::OrdinalIgnoreCase.Equals('abc', 'ABC')
[System.StringComparer]::Ordinal.Equals('abc', 'ABC')
