# .NET Core writes negative zero as -0 (in ToString and in PowerShell's string conversion), and a
# sign written against a real literal is part of it: -0e2 is negative zero, not 0 - 0.
-0.0
"$(-0e2)"
(0.0 * -1).ToString()
[string](1, -0.0)
(0.0 * -1) -eq 0
