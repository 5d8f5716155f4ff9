function Test-It { 1 / 0; "next statement in function" }
Test-It
"after"
[int]"abc"
"still running"
