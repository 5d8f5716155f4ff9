import Testing
@testable import PowerShellSyntax

@Suite struct StatementParsingTests {
    @Test func ifElseifElseAcrossLines() {
        #expect(cleanDump("if ($a) { 1 }\nelseif ($b) { 2 }\nelse { 3 }") == "(if $a {1} $b {2} else {3})")
    }

    @Test func switchWithFlagsScriptBlockConditionsAndDefault() {
        let src = """
        switch -Regex -CaseSensitive ($x) {
            '^a' { 'A'; break }
            { $_ -gt 1 } { 'big' }
            5 { 'five' }
            bare { 'word' }
            default { 'other' }
        }
        """
        #expect(cleanDump(src) == "(switch -regex -casesensitive $x \"^a\" {\"A\" (break)} {(-gt $_ 1)} {\"big\"} 5 {\"five\"} bare {\"word\"} default {\"other\"})")
    }

    @Test func switchLastMatchModeWinsAndFileTakesAPath() {
        #expect(cleanDump("switch -regex -wildcard ('a') { 'a' { 1 } }") == "(switch -wildcard \"a\" \"a\" {1})")
        #expect(cleanDump("switch -File ./in.txt { 'x' { 1 } }") == "(switch -file ./in.txt \"x\" {1})")
    }

    @Test func foreachWithParallelAndLabels() {
        #expect(cleanDump("foreach ($x in 1..3) { $x }") == "(foreach $x (.. 1 3) {$x})")
        #expect(cleanDump("foreach -parallel ($x in $list) { $x }") == "(foreach -parallel $x $list {$x})")
        #expect(cleanDump(":outer foreach ($a in $b) { foreach ($c in $d) { break outer; continue outer } }") ==
                "(:outer foreach $a $b {(foreach $c $d {(break outer) (continue outer)})})")
    }

    @Test func forLoopsWithEmptyPartsAndNewlines() {
        #expect(cleanDump("for ($i = 0; $i -lt 3; $i++) { $i }") == "(for (= $i 0) (-lt $i 3) (post++ $i) {$i})")
        #expect(cleanDump("for (;;) { break }") == "(for _ _ _ {(break)})")
        #expect(cleanDump("for ($i = 0\n $i -lt 2\n $i++) {}") == "(for (= $i 0) (-lt $i 2) (post++ $i) {})")
    }

    @Test func whileAndDoLoops() {
        #expect(cleanDump("while ($true) { break }") == "(while $true {(break)})")
        #expect(cleanDump("do { $i-- } while ($i -gt 0)") == "(do {(post-- $i)} while (-gt $i 0))")
        #expect(cleanDump("do {\n $i++\n}\nuntil ($i -ge 3)") == "(do {(post++ $i)} until (-ge $i 3))")
    }

    @Test func tryWithSeveralCatchTypesAndFinally() {
        let src = "try { x }\ncatch [System.IO.IOException],\n [System.ArgumentException] { 1 }\ncatch { 2 }\nfinally { 3 }"
        #expect(cleanDump(src) == "(try {(command x)} (catch [System.IO.IOException] [System.ArgumentException] {1}) (catch {2}) (finally {3}))")
    }

    @Test func trapThrowReturnExit() {
        #expect(cleanDump("trap [System.Exception] { continue }") == "(trap [System.Exception] {(continue)})")
        #expect(cleanDump("throw") == "(throw)")
        #expect(cleanDump("throw 'x'") == "(throw \"x\")")
        #expect(cleanDump("return ,$a") == "(return (, $a))")
        #expect(cleanDump("exit 1") == "(exit 1)")
        #expect(cleanDump("function f { return }") == "(function f {(return)})")
    }

    @Test func functionsWithScopesInlineParametersAndFilters() {
        #expect(cleanDump("function script:Get-X { 1 }") == "(function script:Get-X {1})")
        #expect(cleanDump("function Verb-Noun($a, [int]$b = 2) { $a }") == "(function Verb-Noun (($a) ($b [int] = 2)) {$a})")
        #expect(cleanDump("filter Only-Odd { if ($_ % 2) { $_ } }") == "(filter Only-Odd {(if (% $_ 2) {$_})})")
    }

    @Test func advancedFunctionWithAttributesAndNamedBlocks() {
        let src = """
        function Set-Thing {
            [CmdletBinding(SupportsShouldProcess = $true)]
            [OutputType([string])]
            param(
                [Parameter(Mandatory, ValueFromPipeline, Position = 0)]
                [ValidateNotNullOrEmpty()]
                [Alias('n', 'id')]
                [string[]]$Name,
                [ValidateSet('Low', 'High')] $Level = 'Low'
            )
            begin { $c = 0 }
            process { $c++ }
            end { $c }
            clean { }
        }
        """
        #expect(cleanDump(src) == "(function Set-Thing {(param [CmdletBinding(SupportsShouldProcess=$true)] [OutputType([string])] ($Name [Parameter(Mandatory ValueFromPipeline Position=0)] [ValidateNotNullOrEmpty()] [Alias(\"n\" \"id\")] [string[]]) ($Level [ValidateSet(\"Low\" \"High\")] = \"Low\")) (begin (= $c 0)) (process (post++ $c)) (end $c) (clean )})")
    }

    @Test func parameterAttributeDetails() {
        guard case .functionDefinition(let f)? = onlyStatement("function F { param([Parameter(Mandatory, Position=0)][string]$N) }"),
              let p = f.body.paramBlock?.parameters.first else { Issue.record("no parameter"); return }
        #expect(p.name.name == "N")
        #expect(p.typeConstraint?.typeName == .simple("string"))
        guard case .attribute(let attr) = p.attributes[0] else { Issue.record("no attribute"); return }
        #expect(attr.namedArgument("mandatory")?.expressionOmitted == true)
        #expect(attr.namedArgument("Position").map { AstDump.dump($0.argument) } == "0")
    }

    @Test func scriptLevelParamBlockAndRequires() {
        let r = Parser.parse("#Requires -Version 5.1 -Modules MSOnline, AzureAD\n[CmdletBinding()]\nparam([string]$Tenant)\n$Tenant")
        #expect(r.errors.isEmpty)
        #expect(r.scriptBlock.paramBlock?.parameters.count == 1)
        #expect(r.scriptBlock.paramBlock?.attributes.first?.typeName == .simple("CmdletBinding"))
        #expect(r.scriptBlock.requirements == [
            ScriptRequirement(parameter: "Version", values: ["5.1"], line: 1),
            ScriptRequirement(parameter: "Modules", values: ["MSOnline", "AzureAD"], line: 1),
        ])
    }

    @Test func requiresKeepsModuleSpecificationsWhole() {
        let r = Parser.parse("#requires -Modules @{ ModuleName = 'Az.Accounts'; ModuleVersion = '2.0' }, MSOnline -RunAsAdministrator\n1")
        #expect(r.scriptBlock.requirements == [
            ScriptRequirement(parameter: "Modules", values: ["@{ ModuleName = 'Az.Accounts'; ModuleVersion = '2.0' }", "MSOnline"], line: 1),
            ScriptRequirement(parameter: "RunAsAdministrator", values: [], line: 1),
        ])
    }

    @Test func dataSectionEnumAndUsing() {
        #expect(cleanDump("data msgs { 'hello' }") == "(data msgs {\"hello\"})")
        #expect(cleanDump("enum Color { Red; Green = 5\n Blue }") == "(enum Color Red Green=5 Blue)")
        #expect(cleanDump("[Flags()] enum Perm { Read = 1; Write = 2 }") == "(enum Perm Read=1 Write=2)")
        #expect(cleanDump("[Flags()]\nenum Perm : byte { Read = 1 }") == "(enum Perm Read=1)")
        #expect(cleanDump("using namespace System.Text\n1") == "1")
        #expect(Parser.parse("using namespace System.Text\n1").scriptBlock.usingStatements.first?.name == "System.Text")
        let withParam = Parser.parse("using module MSOnline\nusing namespace System.IO\nparam($p)\n$p")
        #expect(withParam.errors.isEmpty)
        #expect(withParam.scriptBlock.usingStatements.map(\.kind) == [.module, .namespace])
        #expect(withParam.scriptBlock.paramBlock?.parameters.count == 1)
    }

    @Test func classesParseWithPropertiesMethodsAndConstructors() {
        let r = Parser.parse("class Foo {\n [int]$x\n Foo() { }\n}\n'after'")
        #expect(r.errors.isEmpty)
        #expect(AstDump.dump(r.scriptBlock) == "(class Foo (property [int] $x) (ctor Foo () {})) \"after\"")
        #expect(cleanDump("class A : B, IComparable { hidden static [string] $s = 'x'; [ValidateNotNull()][int[]] $n }")
                == "(class A : B,IComparable (property static hidden [string] $s=\"x\") (property [int[]] $n))")
        #expect(cleanDump("class A {\n [void] M([int] $a,\n $b) { $a }\n static [A] Make() { return [A]::new() }\n}")
                == "(class A (method [void] M (($a [int]) ($b)) {$a}) (method static [A] Make () {(return (call:: [A] new))}))")
        #expect(cleanDump("class D : A { D($x) : base($x, 2) { } }") == "(class D : A (ctor D (($x)) base($x 2) {}))")
        #expect(cleanDump("[NoRunspaceAffinity()]\nclass E { }") == "(class E)")
    }

    /// As PowerShell's parser, a loop that fails to parse is an ErrorStatementAst that keeps the
    /// parts that did parse (tools walking the tree still see `$a` in `for($a;`), and starts at
    /// its label.
    @Test func aBrokenLoopKeepsThePartsThatParsed() {
        func parts(_ source: String) -> (text: String, nested: [String])? {
            guard case .error(let e)? = Parser.parse(source).scriptBlock.endBlock?.statements.first else { return nil }
            return (e.extent.text, e.nestedAst.map(\.extent.text))
        }
        #expect(parts("for($a;$b")?.text == "for($a;$b")
        #expect(parts("for($a;$b")?.nested == ["$a", "$b"])
        #expect(parts("for($a;$b;$c)")?.nested == ["$a", "$b", "$c"])
        #expect(parts(":outer foreach ($u in $users")?.text == ":outer foreach ($u in $users")
        #expect(parts(":outer foreach ($u in $users")?.nested == ["$u", "$users"])
        #expect(parts("foreach ($a zz")?.text == "foreach ($a")
        #expect(parts("do {1} until($false")?.nested == ["{1}", "$false"])
        #expect(parts("while ($x)")?.nested == ["$x"])
        #expect(parts("for z")?.nested == [])
        #expect(parts("try {1} catch {2} catch")?.nested == ["{1}", "catch {2}"])
        #expect(parts("try {1} catch [int],")?.nested == ["{1}", "[int]"])
        #expect(parts("trap [int]")?.nested == ["[int]"])
        #expect(parts("data -s a,b")?.nested == ["a", "b"])
        #expect(parts("function foo($a = 1")?.text == "function foo($a = 1")
        #expect(parts("function foo($a = 1")?.nested == ["$a = 1"])
        #expect(parts("function foo($a 1")?.text == "function foo($a")
    }

    @Test func onlyWhatCanTakeAValueMayBeAssignedTo() {
        for bad in ["1 ??= 1", "@() ??= 1", "$a,$b += 1,2", "[int] ??= 1", "${x}?.name = 'v'", "${x}?[0] = 1", "1..2 = 3"] {
            #expect(Parser.parse(bad).errors.first?.errorId == "InvalidLeftHandSide", "\(bad)")
            #expect(Parser.parse(bad).errors.first?.extent.startOffset == 0, "\(bad)")
        }
        for good in ["$a = 1", "$a, $b = 1, 2", "[int]$n = '5'", "$o.P = 1", "$a[0] += 1", "$env:X = 'y'", "($a) = 2", "[ValidateRange(1, 5)][int]$r = 3"] {
            #expect(Parser.parse(good).errors.isEmpty, "\(good)")
        }
    }

    @Test func malformedClassMembersAreErrorsAtTheirPosition() {
        #expect(Parser.parse("class { }").errors.map(\.errorId) == ["MissingNameAfterKeyword"])
        #expect(Parser.parse("class A { [int] }").errors.map(\.errorId) == ["IncompleteMemberDefinition"])
        #expect(Parser.parse("class A { M { } }").errors.map(\.errorId) == ["MissingPropertyOrMethodDefinition"])
        #expect(Parser.parse("class A { [void] M() : base() { } }").errors.map(\.errorId) == ["BaseCallOnlyInConstructor"])
        #expect(Parser.parse("class A { [int] M() { 1 } }").errors.map(\.errorId) == ["MethodHasCodePathNotReturn"])
        #expect(Parser.parse("class A { [int] M() { throw 'no' }; [void] N() { 1 }; [int] P() { if ($x) { return 1 }; return 2 } }").errors.isEmpty)
        #expect(Parser.parse("class A { [int] M() { $f = { return 1 } } }").errors.map(\.errorId) == ["MethodHasCodePathNotReturn"])
        let missing = Parser.parse("class A { [int]$x")
        #expect(missing.errors.map(\.errorId) == ["MissingEndCurlyBrace"])
        #expect(missing.errors.first?.incompleteInput == true)
    }

    @Test func statementsAsValues() {
        #expect(cleanDump("$x = foreach ($i in 1..2) { $i }") == "(= $x (foreach $i (.. 1 2) {$i}))")
        #expect(cleanDump("$r = switch (1) { 1 { 'a' } }") == "(= $r (switch 1 1 {\"a\"}))")
        #expect(cleanDump("$a = $b = 1") == "(= $a (= $b 1))")
    }

    @Test func compoundAssignments() {
        #expect(cleanDump("$a += 1; $a -= 1; $a *= 2; $a /= 2; $a %= 2; $a ??= 3") == "(+= $a 1) (-= $a 1) (*= $a 2) (/= $a 2) (%= $a 2) (??= $a 3)")
        #expect(cleanDump("$h.k = 1; $a[0] = 2; [int]$n = '5'; $first, $rest = $list") == "(= (. $h k) 1) (= ([] $a 0) 2) (= ([int] $n) \"5\") (= (, $first $rest) $list)")
    }
}

@Suite struct PipelineParsingTests {
    @Test func pipelinesContinueAfterATrailingPipeAndBeforeALeadingPipe() {
        #expect(cleanDump("Get-A |\n  Get-B") == "(pipeline (command Get-A) (command Get-B))")
        #expect(cleanDump("Get-A\n  | Get-B\n  # note\n  | Get-C -x") == "(pipeline (command Get-A) (command Get-B) (command Get-C -x))")
    }

    @Test func aBlankLineBeforeALeadingPipeEndsThePipeline() {
        let r = Parser.parse("Get-A\n  | Get-B\n\n  | Get-C -x")
        #expect(r.errors.map(\.errorId) == ["EmptyPipeElement"])
        #expect(r.errors.first?.extent.startOffset == 19)
    }

    @Test func pipelineChainsAndBackground() {
        #expect(cleanDump("a && b || c") == "(|| (&& (command a) (command b)) (command c))")
        #expect(cleanDump("Start-Long &") == "(pipeline (command Start-Long) &)")
    }

    @Test func redirections() {
        #expect(cleanDump("cmd 2>&1 > out.txt") == "(command cmd 2>&1 1>out.txt)")
        #expect(cleanDump("cmd >> $log 2>$null *>&1 3>&1") == "(command cmd 1>>$log 2>$null 0>&1 3>&1)")
        #expect(cleanDump("$x > $null") == "(redirect $x 1>$null)")
    }

    @Test func expressionsOnlyFirstInPipeline() {
        #expect(errorIds("Get-X | $y") == ["ExpressionsMustBeFirstInPipeline"])
    }

    @Test func backtickContinuesACommand() {
        #expect(cleanDump("Get-X -A 1 `\n  -B 2") == "(command Get-X -A 1 -B 2)")
    }

    @Test func semicolonsAndNewlinesSeparateStatements() {
        #expect(cleanDump("a; b\nc") == "(command a) (command b) (command c)")
    }

    @Test func keywordsInsideCommandNamesAreNotKeywords() {
        #expect(cleanDump("foreach-object { 1 }") == "(command foreach-object {1})")
        #expect(cleanDump("if-thing x") == "(command if-thing x)")
    }
}

@Suite struct AstWalkerTests {
    @Test func walkVisitsNestedNodesInSourceOrder() {
        let r = Parser.parse("function F { param($a) if ($a) { \"x $b\" } }\nF -A @{ k = $c }")
        var variables: [String] = []
        AstWalker.walk(r.scriptBlock) { node in
            if let v = node as? VariableExpressionAst { variables.append(v.name) }
            return true
        }
        #expect(variables == ["a", "a", "b", "c"])
    }

    @Test func walkCanSkipChildren() {
        let r = Parser.parse("function F { $inside }\n$outside")
        var variables: [String] = []
        AstWalker.walk(r.scriptBlock) { node in
            if node is FunctionDefinitionAst { return false }
            if let v = node as? VariableExpressionAst { variables.append(v.name) }
            return true
        }
        #expect(variables == ["outside"])
    }
}

@Suite struct ExtentTests {
    @Test func statementExtentsCoverTheirTextOnly() {
        let r = Parser.parse("  Get-X -A 1   # note\nthrow 'Oops!'\nif ($a) {\n  1\n}\n\n$x = @{ k = 1 }\n")
        let texts = r.scriptBlock.endBlock?.statements.map(\.extent.text) ?? []
        #expect(texts == ["Get-X -A 1", "throw 'Oops!'", "if ($a) {\n  1\n}", "$x = @{ k = 1 }"])
    }

    @Test func nestedExtentsPointIntoTheSource() {
        guard case .expandableString(let s)? = onlyExpression("\"a $b $($c.D)\"") else { Issue.record("no string"); return }
        #expect(s.nestedExpressions.map(\.extent.text) == ["$b", "$($c.D)"])
        guard case .pipeline(let p)? = onlyStatement("Get-A |\n  Get-B -X") else { Issue.record("no pipeline"); return }
        #expect(p.pipelineElements.map(\.extent.text) == ["Get-A", "Get-B -X"])
        #expect(p.pipelineElements[1].extent.startLine == 2)
        #expect(p.pipelineElements[1].extent.startColumn == 3)
    }

    @Test func functionExtentStartsAtTheKeyword() {
        guard case .functionDefinition(let f)? = onlyStatement("function F {\n 1\n}") else { Issue.record("no function"); return }
        #expect(f.extent.text == "function F {\n 1\n}")
        #expect(f.body.extent.text == "{\n 1\n}")
    }
}

@Suite struct CompactSpacingTests {
    @Test func keywordsWithoutSpacesBeforeParenthesesAndBraces() {
        #expect(cleanDump("if($a){1}elseif($b){2}else{3}") == "(if $a {1} $b {2} else {3})")
        #expect(cleanDump("foreach($x in $y){$x}") == "(foreach $x $y {$x})")
        #expect(cleanDump("while($true){break}") == "(while $true {(break)})")
        #expect(cleanDump("do{$i++}while($i -lt 3)") == "(do {(post++ $i)} while (-lt $i 3))")
        #expect(cleanDump("try{1}catch{2}finally{3}") == "(try {1} (catch {2}) (finally {3}))")
        #expect(cleanDump("switch($x){1{'a'}default{'b'}}") == "(switch $x 1 {\"a\"} default {\"b\"})")
        #expect(cleanDump("function Foo{param($a)$a}") == "(function Foo {(param ($a)) $a})")
        #expect(cleanDump("Get-X|%{$_}|?{$_}") == "(pipeline (command Get-X) (command % {$_}) (command ? {$_}))")
    }

    @Test func crlfBomAndNonBreakingSpaces() {
        #expect(cleanDump("\u{FEFF}$a\u{00A0}=\u{00A0}1\r\nif ($a) {\r\n  'x'\r\n}\r\n") == "(= $a 1) (if $a {\"x\"})")
    }
}
