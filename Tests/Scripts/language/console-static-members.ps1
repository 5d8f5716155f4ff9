[Console]::WriteLine("hello " + 1)
[System.Console]::Write("a"); [Console]::WriteLine("b")
[ConsoleColor]::Red
