@testable import PowerShellSyntax
import Testing

/// Corners of pwsh's tokenizer and parser, one rule each (issue #16 item 2).
@Suite struct GrammarCornerTests {
    @Test func dollarQuestionIsOneCharacterBeforeTheCoalescingOperator() {
        #expect(errorIds("$???$false").isEmpty)
        #expect(errorIds("$? ?? $false").isEmpty)
        #expect(cleanDump("$???$false").contains("$?"))
    }

    @Test func aStatementEndingWithItsBlockNeedsNoSeparator() {
        #expect(errorIds("trap { continue } 'next'").isEmpty)
        #expect(errorIds("if ($true) { 1 } 2").isEmpty)
        #expect(errorIds("function f { 1 } f").isEmpty)
        #expect(errorIds("while ($false) { } 'x'").isEmpty)
        // a pipeline still ends only where a token cannot continue it
        #expect(errorIds("1 2") == ["UnexpectedToken"])
    }

    @Test func aBacktickBeforeASpaceOrTabIsWhitespace() {
        #expect(errorIds("[math]::Max(1,` 2)").isEmpty)
        #expect(errorIds("[math]::Max(1,`\t2)").isEmpty)
    }

    /// PowerShell's own tests break a chain after each dot (`$ast.Extent.StartScriptPosition.`
    /// then `GetType().` on the next line): the member name may follow spaces or line breaks.
    @Test func spacesAndLineBreaksAfterAMemberDotAreSkipped() {
        #expect(errorIds("$r. Count").isEmpty)
        #expect(cleanDump("$r. Count") == cleanDump("$r.Count"))
        #expect(cleanDump("$r.\n    Count.\n  GetType()") == cleanDump("$r.Count.GetType()"))
        #expect(errorIds("$r.\n").map { $0 } == ["MissingPropertyName"])
    }

    @Test func aScriptBlockRightAfterAMethodNameIsItsArgument() {
        #expect(cleanDump("$a.Where{ $_ }") == cleanDump("$a.Where({ $_ })"))
        #expect(cleanDump("$a.ForEach{ 1 }") == cleanDump("$a.ForEach({ 1 })"))
    }

    @Test func aBracedVariableNameTakesBacktickEscapes() {
        guard case .variable(let v)? = onlyExpression("${a`u{2195}}") else { Issue.record("not a variable"); return }
        #expect(v.variablePath.name == "a\u{2195}")
        guard case .variable(let w)? = onlyExpression("${a`}b}") else { Issue.record("not a variable"); return }
        #expect(w.variablePath.name == "a}b")
        guard case .variable(let t)? = onlyExpression("${tab`t}") else { Issue.record("not a variable"); return }
        #expect(t.variablePath.name == "tab\t")
    }

    @Test func anAssemblyQualifiedTypeNameIsTheTypeItNames() {
        #expect(cleanDump("[System.Collections.Generic.List[string], System.Private.CoreLib]") == cleanDump("[System.Collections.Generic.List[string]]"))
        #expect(cleanDump("[Dictionary[[string, mscorlib], [int, mscorlib, Version=4.0.0.0]]]") == cleanDump("[Dictionary[[string], [int]]]"))
        #expect(cleanDump("[int, mscorlib]") == cleanDump("[int]"))
    }
}
