trap { "trapped: $($_.Exception.Message)"; continue }
throw "first"
"after first"
function Test-Trap { trap { "inner trap"; break } ; throw "second"; "not here" }
try { Test-Trap } catch { "outer caught: $_" }
