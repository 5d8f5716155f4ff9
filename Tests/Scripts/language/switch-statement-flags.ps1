switch (1, 2, 3) { 2 { "two" } default { "other $_" } }
switch -Wildcard ("contoso:ENTERPRISEPACK") { "*:STANDARD*" { "E1" } "*:ENTERPRISE*" { "E3" } }
switch -Regex ("user@contoso.com") { "^(\w+)@" { $Matches[1] } }
switch -CaseSensitive ("abc") { "ABC" { "upper" } "abc" { "lower" } }
switch ("a", "b", "c") { "b" { "found b"; break } default { "saw $_" } }
switch ("x", "y") { "x" { "x1"; continue } "x" { "x2" } default { "d $_" } }
switch ($true) { (1 -gt 2) { "no" } (2 -gt 1) { "yes" } }
$r = switch (5) { { $_ -gt 3 } { "big" } }
$r
