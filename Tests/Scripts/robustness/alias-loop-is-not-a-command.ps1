# Aliases that name each other resolve to nothing: Get-Command lists the alias, invoking it or
# asking for its help says it is not a command; a chain that ends in a command works.
Set-Alias a b
Set-Alias b a
Get-Command a | ForEach-Object { "$($_.CommandType) $($_.DisplayName)" }
try { a } catch { $_.FullyQualifiedErrorId }
try { Get-Help a -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
Set-Alias c d
Set-Alias d Get-Date
(c -Date '2026-01-02').Day
