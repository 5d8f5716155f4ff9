import Testing
@testable import PowerShellSyntax

@Suite struct ExpressionParsingTests {
    @Test(arguments: [
        // arithmetic precedence
        ("1 + 2 * 3", "(+ 1 (* 2 3))"),
        ("(1 + 2) * 3", "(* (paren (+ 1 2)) 3)"),
        ("10 - 2 - 3", "(- (- 10 2) 3)"),
        ("-1 + 2", "(+ (- 1) 2)"),
        // comma binds tighter than binary operators, range tighter than comma's operands' operators
        ("1, 2 -join ','", "(-join (, 1 2) \",\")"),
        ("'{0}{1}' -f 'a', 'b'", "(-f \"{0}{1}\" (, \"a\" \"b\"))"),
        ("1..3 + 4", "(+ (.. 1 3) 4)"),
        ("$a -eq 1 -and $b -ne 2 -or $c", "(-or (-and (-eq $a 1) (-ne $b 2)) $c)"),
        ("$a -band 1 -eq 1", "(-band $a (-eq 1 1))"),
        ("$x ?? 'd' -eq 'd'", "(-eq (?? $x \"d\") \"d\")"),
        ("$a + 1 ?? 2", "(?? (+ $a 1) 2)"),
        ("'a' * 2 -f 1", "(* \"a\" (-f 2 1))"),
        // comparison variants
        ("$a -ieq $b", "(-eq $a $b)"),
        ("$a -ceq $b", "(-ceq $a $b)"),
        ("$a -inotcontains $b", "(-notcontains $a $b)"),
        ("$a -cnotlike 'x*'", "(-cnotlike $a \"x*\")"),
        ("$a -csplit ','", "(-csplit $a \",\")"),
        ("$a -is [string]", "(-is $a [string])"),
        ("$a -isnot [int] -and $b -as [int]", "(-and (-isnot $a [int]) (-as $b [int]))"),
        ("1 -shl 2", "(-shl 1 2)"),
        ("$a -notin 1, 2", "(-notin $a (, 1 2))"),
        ("$a -xor $b", "(-xor $a $b)"),
        // unary
        ("-not $a -eq $b", "(-eq (-not $a) $b)"),
        ("!$a", "(-not $a)"),
        ("-bnot 5", "(-bnot 5)"),
        ("-split 'a b'", "(-split \"a b\")"),
        ("-join ('a', 'b')", "(-join (paren (, \"a\" \"b\")))"),
        (", 1", "(, 1)"),
        ("++$i", "(++ $i)"),
        ("$i++", "(post++ $i)"),
        ("--$i", "(-- $i)"),
        // casts and types
        ("[int]$x", "([int] $x)"),
        ("[int]$x.Count", "([int] (. $x Count))"),
        ("[int][string]5", "([int] ([string] 5))"),
        ("[string[]]$a", "([string[]] $a)"),
        ("[System.Collections.Generic.List[string]]::new()", "(call:: [System.Collections.Generic.List[string]] new)"),
        ("[Dictionary[string,int]]::new()", "(call:: [Dictionary[string,int]] new)"),
        ("[System.Collections.Generic.Dictionary[[string],[int]]]", "[System.Collections.Generic.Dictionary[string,int]]"),
        ("[int[,]]", "[int[,]]"),
        ("[math]::PI", "(:: [math] PI)"),
        ("[ordered]@{ b = 1; a = 2 }", "([ordered] @{b=1 a=2})"),
        ("[pscustomobject]@{ Name = 'x' }", "([pscustomobject] @{Name=\"x\"})"),
        ("[void]$list.Add(1)", "([void] (call. $list Add 1))"),
        // ternary and null-conditional (PowerShell 7)
        ("$a ? 'y' : 'n'", "(? $a \"y\" \"n\")"),
        ("$a -gt 1 ? 1 : $b ? 2 : 3", "(? (-gt $a 1) 1 (? $b 2 3))"),
        ("${a}?.b", "(?. $a b)"),
        ("${a}?[0]", "(?[] $a 0)"),
        ("$a?", "$a?"),
        // members, invocations, indexes
        ("$u.Licenses.AccountSkuId", "(. (. $u Licenses) AccountSkuId)"),
        ("$o.'quoted name'", "(. $o \"quoted name\")"),
        ("$o.$dyn", "(. $o $dyn)"),
        ("$o.\"a$b\"", "(. $o (expand \"a\" $b))"),
        ("$o.($n)", "(. $o (paren $n))"),
        ("$s.Substring(1, 2).Length", "(. (call. $s Substring 1 2) Length)"),
        ("$a.Where({ $_ -gt 1 })", "(call. $a Where {(-gt $_ 1)})"),
        ("$a[1..3]", "([] $a (.. 1 3))"),
        ("$a[-1]", "([] $a (- 1))"),
        ("$a[0, 2]", "([] $a (, 0 2))"),
        ("$h['k']['j']", "([] ([] $h \"k\") \"j\")"),
        ("(Get-X).Prop", "(. (paren (command Get-X)) Prop)"),
        ("@(1)[0]", "([] @(1) 0)"),
        ("$x.Method(\n 1,\n 2\n)", "(call. $x Method 1 2)"),
        // variables
        ("$_", "$_"),
        ("$PSItem", "$PSItem"),
        ("$script:count", "$script:count"),
        ("$global:x + $local:y + $private:z + $using:w", "(+ (+ (+ $global:x $local:y) $private:z) $using:w)"),
        ("$env:USERNAME", "$env:USERNAME"),
        ("${braced name}", "$braced name"),
        ("$?", "$?"),
        ("$^", "$^"),
        ("$$", "$$"),
        ("$args[0]", "([] $args 0)"),
        // arrays, hashtables, blocks
        ("@()", "@()"),
        ("@(1; 2\n3)", "@(1 2 3)"),
        ("$(1; 2)", "$(1 2)"),
        ("@{}", "@{}"),
        ("@{ a = 1; 'b c' = 2\n 3 = 'x'\n ($k) = 4; \"e$f\" = 5 }", "@{a=1 \"b c\"=2 3=\"x\" (paren $k)=4 (expand \"e\" $f)=5}"),
        ("@{ n = 'x'; e = { $_.Y } }", "@{n=\"x\" e={(. $_ Y)}}"),
        ("@{\n  a = if ($x) { 1 } else { 2 }\n}", "@{a=(if $x {1} else {2})}"),
        ("{ param($v) $v * 3 }", "{(param ($v)) (* $v 3)}"),
        ("{ begin { 1 } end { 2 } }", "{(begin 1) (end 2)}"),
    ])
    func expressionShapes(source: String, expected: String) {
        #expect(cleanDump(source) == expected)
    }

    @Test func variablePathsSplitScopeAndName() {
        guard case .variable(let v)? = onlyExpression("$script:count") else { Issue.record("no variable"); return }
        #expect(v.variablePath.scope == .script)
        #expect(v.variablePath.name == "count")
        guard case .variable(let e)? = onlyExpression("$env:Path") else { Issue.record("no variable"); return }
        #expect(e.variablePath.scope == .drive("env"))
        #expect(e.variablePath.name == "Path")
    }

    @Test func orderedHashtableIsAConvertOverAHashtable() {
        guard case .convert(let c)? = onlyExpression("[ordered]@{ a = 1 }") else { Issue.record("no convert"); return }
        #expect(c.isOrderedHashtable)
    }

    @Test func binaryOperatorKeepsItsExtent() {
        guard case .binary(let b)? = onlyExpression("$a  -ieq 1") else { Issue.record("no binary"); return }
        #expect(b.operatorExtent.text == "-ieq")
        #expect(b.operator == .comparison(.eq, caseSensitive: false))
    }

    @Test func methodCallNeedsNoSpaceBeforeParenthesis() {
        // `$s.Trim ()` is the property Trim, then an unexpected `(`... in expression mode.
        #expect(!errorIds("$s.Trim ()").isEmpty)
        #expect(cleanDump("$s.Trim()") == "(call. $s Trim)")
    }

    @Test func expandableStringPartsAreParsedOnce() {
        guard case .expandableString(let s)? = onlyExpression("\"n=$($x.Count) v=$v\"") else { Issue.record("no string"); return }
        #expect(s.nestedExpressions.count == 2)
        #expect(s.value == "n=$($x.Count) v=$v")
        guard case .subExpression(let sub) = s.nestedExpressions[0] else { Issue.record("no subexpression"); return }
        #expect(sub.extent.text == "$($x.Count)")
    }
}
