# A call depth overflow ends the whole script (ScriptCallDepthException) instead of being reported
# once per overflowing call; try/catch can stop it.
function f { f; f }
try { f } catch { "caught: $($_.Exception.GetType().FullName)" }
function g { g }
g
"not reached"
