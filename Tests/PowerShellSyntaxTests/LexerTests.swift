import Foundation
import Testing
@testable import PowerShellSyntax

@Suite struct NumberLiteralTests {
    @Test(arguments: [
        ("42", "42"),
        ("0x10", "16"),
        ("0xFFFFFFFF", "-1"),
        ("0x100000000", "4294967296L"),
        ("3000000000", "3000000000L"),
        ("42l", "42L"),
        ("7u", "7u"),
        ("7ul", "7ul"),
        ("10y", "10y"),
        ("10uy", "10uy"),
        ("10s", "10s"),
        ("10us", "10us"),
        ("5n", "5n"),
        ("1kb", "1024"),
        ("4gb", "4294967296L"),
        ("1.5kb", "1536.0"),
        ("1e3", "1000.0"),
        ("2.5E-1", "0.25"),
        (".5", "0.5"),
        ("1.5d", "1.5d"),
        ("3d", "3d"),
        ("0b101", "5"),
        ("99999999999999999999", "99999999999999999999d"),
        // a real with an integer suffix is rounded to even
        ("3.72y", "4y"),
        ("2.5n", "2n"),
        ("3e2s", "300s"),
        // full-width hex and binary BigInteger literals with the top bit set are negative
        ("0b11111111n", "-1n"),
        ("0xFFFFFFFFn", "-1n"),
        ("0b10n", "2n"),
        ("0xFFn", "255n"),
    ])
    func numericLiteralsGetPowerShellTypesAndValues(source: String, expected: String) {
        #expect(cleanDump(source) == expected)
    }

    @Test func argumentModeNumberStaysANumberButDigitsWithOperatorsAreAWord() {
        #expect(cleanDump("Write-Output 2") == "(command Write-Output 2)")
        #expect(cleanDump("Write-Output 2+2") == "(command Write-Output 2+2)")
        #expect(cleanDump("Write-Output -5") == "(command Write-Output -5)")
        #expect(cleanDump("ping 10.0.0.1") == "(command ping 10.0.0.1)")
        #expect(cleanDump("Write-Output 1..3") == "(command Write-Output 1..3)")
    }

    @Test func expressionModeReadsOperatorsBetweenNumbers() {
        #expect(cleanDump("2+2") == "(+ 2 2)")
        #expect(cleanDump("1..5") == "(.. 1 5)")
        #expect(cleanDump("10 -5") == "(- 10 5)")
    }

    @Test func aNumberWhoseValueDoesNotFitItsSuffixIsBadNumericConstant() {
        #expect(errorIds("$x = 0xFFFFy") == ["BadNumericConstant"])
        #expect(errorIds("500sgb") == ["BadNumericConstant"])
        #expect(errorIds("1 + 1uykb") == ["BadNumericConstant"])
    }

    /// PowerShell's tokenizer reads text without a number's shape as a generic token, so at the
    /// start of a statement (also after `=`) it is a command name, not a parse error.
    @Test(arguments: ["16p", "1_6", "80x", "20ux", "18uu", "100ll", "100Il", "100yu", "160dd", "10ds", "16sl", "188lu",
                      "10_000ul", "$x = 12abc"])
    func textWithoutANumbersShapeAtStatementStartIsACommand(source: String) {
        #expect(errorIds(source) == [])
        let name = source.hasPrefix("$x = ") ? String(source.dropFirst(5)) : source
        #expect(cleanDump(source).contains("(command \(name))"))
    }

    @Test func textWithoutANumbersShapeIsNoOperand() {
        #expect(errorIds("1 + 16p") == ["ExpectedValueExpression", "UnexpectedToken"])
    }

    @Test func aSignAgainstASizedLiteralIsPartOfIt() {
        #expect(cleanDump("1, -0x41y") == "(, 1 -65y)")
        #expect(cleanDump("1, - 5y") == "(, 1 (- 5y))")
        #expect(cleanDump("1, +10uy") == "(, 1 10uy)")
        #expect(Parser.numberLiteral("-0x41y") == .sbyte(-65))
        #expect(Parser.numberLiteral("200y") == nil)
        #expect(Parser.numberLiteral("1234s") == .int16(1234))
    }
}

@Suite struct StringLiteralTests {
    @Test func singleQuotedStringsAreVerbatimWithDoubledQuoteEscape() {
        #expect(cleanDump("'It''s $x `n'") == "\"It's $x `n\"")
    }

    @Test func doubleQuotedStringsExpandVariablesAndBacktickEscapes() {
        #expect(cleanDump("\"a`tb $x `$y `\"q`\" \"\"\"") == "(expand \"a\\tb \" $x \" $y \\\"q\\\" \\\"\")".replacingOccurrences(of: "\\t", with: "\t"))
    }

    @Test func memberAccessIsNotPartOfSimpleExpansion() {
        #expect(cleanDump("\"$a.b\"") == "(expand $a \".b\")")
        #expect(cleanDump("\"$a[0]\"") == "(expand $a \"[0]\")")
    }

    @Test func bracedScopedAndSubexpressionExpansion() {
        #expect(cleanDump("\"${a b}x $env:TEMP $script:n $($x.Count)\"") == "(expand $a b \"x \" $env:TEMP \" \" $script:n \" \" $((. $x Count)))")
    }

    @Test func arraySubexpressionIsNotExpandedInStrings() {
        #expect(cleanDump("\"@(1) $\"") == "\"@(1) $\"")
    }

    @Test func doubleQuotedStringWithoutVariablesIsAConstant() {
        guard case .stringConstant(let s)? = onlyExpression("\"plain\"") else { Issue.record("not a constant"); return }
        #expect(s.stringConstantType == .doubleQuoted)
        #expect(s.value == "plain")
    }

    @Test func unicodeEscape() {
        #expect(cleanDump("\"`u{263A}\"") == "\"\u{263A}\"")
    }

    @Test func typographicQuotesDelimitStrings() {
        #expect(cleanDump("\u{201C}SATS1:EXCHANGEDESKLESS\u{201D}") == "\"SATS1:EXCHANGEDESKLESS\"")
        #expect(cleanDump("\u{2018}it\u{2019}\u{2019}s\u{2019}") == "\"it\u{2019}s\"")
        #expect(cleanDump("Write-Host \u{201E}x $a\u{201D}") == "(command Write-Host (expand \"x \" $a))")
    }

    @Test func hereStringsKeepInnerLinesAndDropTheDelimiterLines() {
        #expect(cleanDump("@'\nA 'q' $x\nB\n'@") == "\"A 'q' $x\\nB\"")
        #expect(cleanDump("@\"\r\nLine1 $name\r\nLine2\r\n\"@") == "(expand \"Line1 \" $name \"\\r\\nLine2\")")
        #expect(cleanDump("@\"\n\"@") == "\"\"")
    }

    @Test func hereStringWithSubexpression() {
        #expect(cleanDump("@\"\nTotal: $($a + 1)\n\"@") == "(expand \"Total: \" $((+ $a 1)))")
    }

    @Test func multiLineDoubleQuotedStringWithBraces() {
        #expect(cleanDump("\"<style>\nbody { color: red; }\n</style>\"") == "\"<style>\\nbody { color: red; }\\n</style>\"")
    }

    @Test func nestedStringInsideSubexpression() {
        #expect(cleanDump("\"a $(\"b $(\"c\")\") d\"") == "(expand \"a \" $((expand \"b \" $(\"c\"))) \" d\")")
    }

    @Test func dollarFollowedByNonNameIsLiteral() {
        #expect(cleanDump("\"cost: $ 5 $\"") == "\"cost: $ 5 $\"")
    }

    @Test func variableWithDriveAndNoNameIsAnError() {
        #expect(errorIds("\"$HOME: x\"") == ["InvalidVariableReferenceWithDrive"])
    }
}

@Suite struct ArgumentModeTests {
    @Test func bareWordsAreStringsAndParametersAreParameters() {
        #expect(cleanDump("Write-Host Installing module.. -ForegroundColor Green") == "(command Write-Host Installing module.. -ForegroundColor Green)")
    }

    @Test func bracketedWordInArgumentModeIsText() {
        #expect(cleanDump("Read-Host Are you sure? [Y] Yes") == "(command Read-Host Are you sure? [Y] Yes)")
    }

    @Test func variableFollowedByTextIsOneExpandableWord() {
        #expect(cleanDump("Write-Output $a+2") == "(command Write-Output (expand $a \"+2\"))")
        #expect(cleanDump("Write-Output a$a") == "(command Write-Output (expand \"a\" $a))")
        #expect(cleanDump("Get-Item $env:TEMP\\x.txt") == "(command Get-Item (expand $env:TEMP \"\\\\x.txt\"))")
    }

    @Test func quotedPiecesJoinABareWord() {
        #expect(cleanDump("Write-Output a'$a'") == "(command Write-Output a$a)")
    }

    @Test func variableMemberAccessIsOneArgument() {
        #expect(cleanDump("Write-Output $x.Prop $y[0] $z.M(1)") == "(command Write-Output (. $x Prop) ([] $y 0) (call. $z M 1))")
    }

    @Test func parenthesisedArgumentsAndStatementsInArguments() {
        #expect(cleanDump("Write-Output(2+2)") == "(command Write-Output (paren (+ 2 2)))")
        #expect(cleanDump("Write-Output (!1)") == "(command Write-Output (paren (-not 1)))")
        #expect(cleanDump("Write-Output !1") == "(command Write-Output !1)")
        #expect(cleanDump("f $(1) @(2) @{a=1} {3} 'q' \"w\"") == "(command f $(1) @(2) @{a=1} {3} \"q\" \"w\")")
    }

    @Test func commasMakeOneArrayArgument() {
        #expect(cleanDump("Set-X -AddLicenses a, b,\n  c") == "(command Set-X -AddLicenses (, a b c))")
        #expect(cleanDump("Set-Variable AB A,B") == "(command Set-Variable AB (, A B))")
    }

    @Test func colonParameterTakesTheNextArgument() {
        #expect(cleanDump("Remove-Thing -Confirm:$false -Name:x") == "(command Remove-Thing -Confirm:$false -Name:x)")
    }

    @Test func splattingInCommands() {
        #expect(cleanDump("Set-Thing @params -Force @args") == "(command Set-Thing @params -Force @args)")
    }

    @Test func endOfParametersAndStopParsing() {
        #expect(cleanDump("Write-Output -- -a") == "(command Write-Output -- -a)")
        #expect(cleanDump("icacls x --% /grant a:(OI)") == "(command icacls x --% \"/grant a:(OI)\")")
    }

    @Test func enAndEmDashesAreDashes() {
        #expect(cleanDump("Set-MsolUserLicense \u{2013}LicenseOptions $o \u{2014}Force \u{2015}X") == "(command Set-MsolUserLicense -LicenseOptions $o -Force -X)")
        #expect(cleanDump("$a \u{2013}eq 1") == "(-eq $a 1)")
        #expect(cleanDump("$a\u{2013}\u{2013}") == "(post-- $a)")
    }

    @Test func invocationOperators() {
        #expect(cleanDump("& $sb 4") == "(command & $sb 4)")
        #expect(cleanDump("& 'C:\\x y\\a.exe' -v") == "(command & \"C:\\\\x y\\\\a.exe\" -v)")
        #expect(cleanDump(". ./lib.ps1") == "(command . ./lib.ps1)")
        #expect(cleanDump(". { 1 }") == "(command . {1})")
        #expect(cleanDump("./x.ps1 -a 1") == "(command ./x.ps1 -a 1)")
        #expect(cleanDump(".\\x.ps1") == "(command .\\x.ps1)")
    }

    @Test func aliasesLikePercentAndQuestionMarkAreCommands() {
        #expect(cleanDump("1..3 | % { $_ } | ? { $_ -gt 1 }") == "(pipeline (.. 1 3) (command % {$_}) (command ? {(-gt $_ 1)}))")
        #expect(cleanDump("$x | foreach { $_ }") == "(pipeline $x (command foreach {$_}))")
    }
}

@Suite struct TokenTests {
    @Test func tokensIncludeCommentsAndKindsInSourceOrder() {
        let tokens = Parser.tokenize("Get-X -Name $a # note\n'v'")
        let kinds = tokens.map(\.kind)
        #expect(kinds == [.generic, .parameter, .variable, .comment, .newLine, .stringLiteral])
        #expect(tokens[1].value == "Name")
        #expect(tokens[2].value == "a")
        #expect(tokens[3].text == "# note")
    }

    @Test func tokenExtentsHaveLinesAndColumns() {
        let tokens = Parser.tokenize("a\r\n  $b")
        guard let v = tokens.first(where: { $0.kind == .variable }) else { Issue.record("no variable"); return }
        #expect(v.extent.startLine == 2)
        #expect(v.extent.startColumn == 3)
        #expect(v.extent.startLineText == "  $b")
    }
}
