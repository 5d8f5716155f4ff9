# Measure-Object -Line -Word -Character counts text like wc.
"one two`nthree" | Measure-Object -Line -Word -Character
