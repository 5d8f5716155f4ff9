10 -eq "010"
"010" -eq 10
1 -eq "1.0"
"1.0" -eq 1
$true -eq "false"
"abc" -eq "ABC"
"abc" -ceq "ABC"
