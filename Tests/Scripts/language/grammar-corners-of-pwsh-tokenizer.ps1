# Corners of pwsh's grammar, each as its tokenizer and parser have it:
# `$?` is one character even before `??`;
$???$false
# a statement that ends with its own block needs no separator before the next one;
$a = . { trap { 'trapped'; continue } 'hello'; throw 'boom'; 'world' }
$a -join ','
if ($true) { 'if' } 'after if'
function Get-One { 1 } Get-One
# a backtick before a space or a tab is whitespace between tokens;
[math]::Max(1,` 2)
# spaces after a member dot are skipped;
$list = 'a', 'b', 'c'
$list. Count
# a script block right after a method name is its one argument;
(1, 2, 3, 4).Where{ $_ % 2 -eq 0 } -join ','
(1, 2, 3).ForEach{ $_ * 10 } -join ','
# a braced variable name takes backtick escapes as a double-quoted string does.
${arrow`u{2195}} = 42
${arrow↕}
${a`}b} = 'brace'
(Get-Variable 'a}b').Value
# An assembly-qualified type name finds the type by its name.
[System.Collections.Generic.List[string], System.Private.CoreLib]::new().Count
[System.Collections.Generic.Dictionary[[string, System.Private.CoreLib], [int, System.Private.CoreLib]]]::new().Count
[int, mscorlib, Version=4.0.0.0]'41' + 1
