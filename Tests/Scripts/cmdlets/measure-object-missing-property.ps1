# A property no input object has is reported once at the end.
try {
    [pscustomobject]@{ A = 1 } | Measure-Object -Property B -Sum -ErrorAction Stop
} catch {
    $_.Exception.Message
    $_.FullyQualifiedErrorId
}
