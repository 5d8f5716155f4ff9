# $? after an expression statement is false when an error was written while it ran: a
# parenthesized command, a subexpression or an array subexpression that wrote one.
(Write-Error 'Bad' 2>$null); "paren: $?"
$(Write-Error 'Bad' 2>$null); "subexpression: $?"
@('Hi'; Write-Error 'Bad' 2>$null) | Out-Null; "array subexpression piped: $?"
@('Hi'; Write-Error 'Bad' 2>$null); "array subexpression: $?"
"next: $?"
(1 + 1); "plain expression: $?"
