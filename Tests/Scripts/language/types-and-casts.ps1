(1).GetType().FullName
(2147483648).GetType().Name
(1.5).GetType().Name
"s".GetType().Name
(1, 2).GetType().FullName
@{}.GetType().Name
([ordered]@{}).GetType().Name
([pscustomobject]@{}).GetType().FullName
[int]"42" + 1
[double]"1.5"
[string]12
[bool]"false"
[bool]0
[char]65
[int][char]"A"
[int[]]("1", "2") | ForEach-Object { $_.GetType().Name }
"5" -as [int]
"x" -as [int]
$null -eq ("x" -as [int])
42 -is [int]
42 -is [long]
"42" -isnot [int]
[System.Collections.Generic.List[string]]::new().GetType().Name
