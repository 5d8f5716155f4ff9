$name = "Adele"
"Hello $name"
"Hello ${name}!"
"Sub: $($name.Length * 2)"
"No expansion: $name.Length"
"Escapes: `$name `"q`" tab[`t]"
"a,b,,c".Split(",").Count
"a,b,,c".Split(",", [System.StringSplitOptions]::RemoveEmptyEntries).Count
"Contoso".ToLower().StartsWith("con")
"Contoso".StartsWith("con")
"Contoso".Contains("toso")
"abc".PadRight(5, "*") + "|"
"  trim  ".Trim()
"x-y-z".LastIndexOf("-")
"{0,-5}|{1,5}|{2:N1}" -f "ab", 42, 1234.56
"Hello" * 2
("a", "b") -join "+"
-join ("a", "b")
-split " one  two "
"ab" -like "a?"
"CamelCase" -creplace "([A-Z])", "_`$1"
