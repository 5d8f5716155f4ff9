# Literal suffixes and casts give the .NET type they name, and the type stays with the value:
# GetType(), -is, -as and the string form all see it.
'-- literals'
foreach ($n in 10y, 10uy, 10s, 10us, 10u, 10ul, 10n, 5000000000u, 0xFFy, 0xFFuy, 0b1010us, -0x41y, 0b11111111n, 3.72y, 3e2s, 2.5n) {
    '{0,-22} {1}' -f $n.GetType().FullName, $n
}
'-- casts'
foreach ($n in [byte]5, [sbyte]-5, [int16]'0x10', [uint16]65535, [uint32]'4294967295', [uint64]'18446744073709551615', [single]1.1, [bigint]'123456789012345678901234567890') {
    '{0,-26} {1}' -f $n.GetType().FullName, $n
}
'-- type tests'
[byte]5 -is [byte]
[byte]5 -is [int]
5 -is [byte]
10uy -is [ValueType]
(5 -as [byte]).GetType().Name
(300 -as [byte]) -eq $null
'-- limits are values of the type'
[byte]::MaxValue.GetType().Name, [sbyte]::MinValue.GetType().Name, [uint64]::MaxValue.GetType().Name, [single]::MaxValue.GetType().Name -join ' '
"$([single]::MaxValue) $([float]::MinValue)"
[single]::MaxValue.ToString()
'-- parse'
[byte]::Parse('200').GetType().Name
$r = 0uy; [byte]::TryParse('300', [ref]$r); $r.GetType().Name
'-- text'
"$([single]0.1) $([single]1/3)"
([single]0.1).ToString()
'{0:N2}' -f [single]2.5
[bigint]::Parse('-99999999999999999999').ToString()
10n, 200uy, [single]1.5 | ConvertTo-Json -Compress
