# Join-String joins pipeline objects; New-Guid makes a GUID.
1..3 | Join-String -Separator '-' -OutputPrefix '[' -OutputSuffix ']'
[pscustomobject]@{ N = 'a' }, [pscustomobject]@{ N = 'b' } | Join-String -Property N -Separator ', ' -SingleQuote
(New-Guid).GetType().FullName
(New-Guid).ToString().Length
