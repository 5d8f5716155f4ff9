import Testing
@testable import PowerShellSyntax

@Suite struct IncompleteInputTests {
    @Test(arguments: [
        "if ($a) {",
        "function f {\n  1",
        "$x = (1 +",
        "'abc",
        "\"abc",
        "@'\nline",
        "@\"\nline $x",
        "Get-X |",
        "Get-X -A 1 `",
        "Get-X -A 1 `\n",
        "$a -eq",
        "$a = ",
        "@{ a = 1",
        "@(1,",
        "foreach ($x in $y)",
        "try { 1 }",
        "do { 1 }",
        "$h[",
        "<# open comment",
        "\"$(Get-Date\"",
        "[int",
        "switch ($x) {",
        "Get-X -Names a,",
    ])
    func inputThatMoreLinesCouldCompleteIsIncomplete(source: String) {
        let r = Parser.parse(source)
        #expect(!r.errors.isEmpty)
        #expect(r.isIncomplete, "\(r.errors)")
    }

    @Test(arguments: [
        "if ($a) { 1 } }",
        "$x = )",
        "1 +* 2",
        "Get-X | | Get-Y",
        "function { }",
        "$a.Method(1 2)",
    ])
    func inputWithAnErrorBeforeTheEndIsNotIncomplete(source: String) {
        let r = Parser.parse(source)
        #expect(!r.errors.isEmpty)
        #expect(!r.isIncomplete, "\(r.errors)")
    }

    @Test func anEarlierDefiniteErrorIsReportedEvenIfTheEndIsIncomplete() {
        let r = Parser.parse("$x = )\nif ($a) {")
        #expect(r.errors.contains { $0.incompleteInput })
        #expect(!r.isIncomplete)
    }

    @Test func completeInputHasNoErrors() {
        #expect(Parser.parse("if ($a) {\n 1\n}").errors.isEmpty)
    }
}

@Suite struct ParseErrorTests {
    @Test func missingClosingBraceUsesPowerShellWordingAndPointsAtTheOpenBrace() {
        let r = Parser.parse("if ($a) {\n  1\n")
        #expect(r.errors.count == 1)
        let e = r.errors[0]
        #expect(e.errorId == "MissingEndCurlyBrace")
        #expect(e.message == "Missing closing '}' in statement block or type definition.")
        #expect(e.line == 1)
        #expect(e.column == 9)
    }

    @Test func unexpectedTokenNamesTheToken() {
        let r = Parser.parse("$a = 1 }")
        #expect(r.errors.map(\.message) == ["Unexpected token '}' in expression or statement."])
        #expect(r.errors.first?.column == 8)
    }

    @Test func unterminatedStringNamesItsTerminator() {
        #expect(Parser.parse("'abc").errors.first?.message == "The string is missing the terminator: '.")
        #expect(Parser.parse("\"abc").errors.first?.message == "The string is missing the terminator: \".")
        #expect(Parser.parse("@\"\nabc").errors.first?.message == "The string is missing the terminator: \"@.")
    }

    @Test func missingOperandAfterBinaryOperator() {
        let r = Parser.parse("$a -eq")
        #expect(r.errors.first?.errorId == "ExpectedValueExpression")
        #expect(r.errors.first?.message == "You must provide a value expression following the '-eq' operator.")
    }

    @Test func missingOperandAfterUnaryOperator() {
        let r = Parser.parse("-not")
        #expect(r.errors.first?.errorId == "MissingExpressionAfterOperator")
        #expect(r.errors.first?.message == "Missing expression after unary operator '-not'.")
    }

    @Test func emptyPipeElement() {
        let r = Parser.parse("Get-X | | Get-Y")
        #expect(r.errors.first?.errorId == "EmptyPipeElement")
        #expect(r.errors.first?.message == "An empty pipe element is not allowed.")
    }

    @Test(arguments: [
        ("if $a { }", "MissingOpenParenthesisInIfStatement"),
        ("if () { }", "IfStatementMissingCondition"),
        ("if ($a)", "MissingStatementBlock"),
        ("if ($a) { } else", "MissingStatementBlockAfterElse"),
        ("foreach ($x $y) { }", "MissingInInForeach"),
        ("foreach (x in $y) { }", "MissingVariableNameAfterForeach"),
        ("try { }", "MissingCatchOrFinally"),
        ("do { } foo", "MissingWhileOrUntilInDoWhile"),
        ("function f", "MissingFunctionBody"),
        ("$h = @{ a 1 }", "MissingEqualsInHashLiteral"),
        ("$a[]", "MissingArrayIndexExpression"),
        ("$a[1", "MissingEndSquareBracket"),
        ("(1", "MissingEndParenthesisInExpression"),
        ("$(1", "MissingEndParenthesisInSubexpression"),
        ("$a.M(1", "MissingEndParenthesisInMethodCall"),
        ("[int", "EndSquareBracketExpectedAtEndOfType"),
        ("[]", "MissingTypename"),
        ("$x.", "MissingPropertyName"),
        ("switch ($x) { 1 }", "MissingSwitchStatementClause"),
        ("switch ($x) { default {1} default {2} }", "MultipleSwitchDefaultClauses"),
        ("@x", "SplattingNotPermitted"),
        ("Get-X > ", "MissingFileSpecification"),
        ("a < b", "RedirectionNotSupported"),
        ("${}", "EmptyVariableReference"),
        ("$x = $", "InvalidVariableReference"),
        ("workflow w { }", "WorkflowNotSupportedInPowerShellCore"),
        ("<# x", "MissingTerminatorMultiLineComment"),
        ("@'x\n'@", "UnexpectedCharactersAfterHereStringHeader"),
    ])
    func errorIdsMatchPowerShell(source: String, id: String) {
        #expect(errorIds(source).contains(id), "\(errorIds(source))")
    }

    @Test func errorsCarryLinesAndSourceTextForSquiggles() {
        let r = Parser.parse("$ok = 1\n$bad = (2 +\n")
        guard let e = r.errors.first else { Issue.record("no error"); return }
        #expect(e.extent.startLineText.isEmpty || e.line >= 2)
        let r2 = Parser.parse("$ok = 1\n$a -eq }")
        guard let e2 = r2.errors.first else { Issue.record("no error"); return }
        #expect(e2.line == 2)
        #expect(e2.extent.startLineText == "$a -eq }")
    }

    @Test func partialTreeKeepsTheGoodStatements() {
        let r = Parser.parse("'first'\n$x = )\n'last'")
        #expect(!r.errors.isEmpty)
        let statements = r.scriptBlock.endBlock?.statements.map(AstDump.dump) ?? []
        #expect(statements.first == "\"first\"")
        #expect(statements.last == "\"last\"")
    }
}
