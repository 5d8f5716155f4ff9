# Get-Command resolves names, aliases and wildcards; a missing name is CommandNotFoundException.
(Get-Command Sort-Object).CommandType
(Get-Command sort).CommandType
(Get-Command sort).Definition
(Get-Command -Verb Import -Noun Csv).Name
(Get-Command *-Csv).Name -join ','
try { Get-Command No-SuchCommand -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
