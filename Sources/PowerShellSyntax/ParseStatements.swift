// Statements (language spec §8, grammar chapter 15 "statement").

extension ScriptParser {
    /// statement: label? (if | switch | foreach | for | while | do | try | trap | throw | return
    /// | exit | break | continue | function | filter | data | enum | using) | pipeline-chain
    func parseStatement() -> StatementAst? {
        let p = nextSignificant()
        guard enter(at: p) else { return nil }
        defer { leave() }
        let x = ch(p)
        if x == 0x3A /* : */ && isIdentifierChar(ch(p + 1)) {
            return parseLabeledStatement(p)
        }
        if x == 0x5B /* [ */, let keyword = attributedTypeDefinitionKeyword() {
            // `[Flags()] enum Name { ... }`
            var attributes: [AttributeAst] = []
            while case .lbracket = peek().kind {
                guard let b = parseBracketed() else { break }
                if case .attribute(let at) = b { attributes.append(at) }
                skipNewlines()
            }
            let t = peek(.command)
            return keyword == "enum" ? parseEnum(t, attributes: attributes) : parseClass(t, attributes: attributes)
        }
        if isLetter(x) {
            let t = peek(.command)
            let index = tokens.count
            if case .word(let w) = t.kind, let s = parseKeywordStatement(w.lowercased(), t, label: nil) {
                retag(index, start: t.start, kind: .keyword)
                return s
            }
        }
        return parsePipelineChain()
    }

    private func parseLabeledStatement(_ p: Int) -> StatementAst? {
        var e = p + 1
        while e < n && isIdentifierChar(c[e]) { e += 1 }
        let label = text(p + 1, e)
        recordToken(.label, p, e, value: label)
        labelStart = p
        defer { labelStart = nil }
        pos = e
        lastEnd = e
        skipNewlines()
        let t = peek(.command)
        if case .word(let w) = t.kind {
            let k = w.lowercased()
            let index = tokens.count
            if ["foreach", "for", "while", "do", "switch"].contains(k), let s = parseKeywordStatement(k, t, label: label) {
                retag(index, start: t.start, kind: .keyword)
                return s
            }
        }
        // PowerShell accepts a label before any statement and ignores it.
        return parsePipelineChain()
    }

    /// Dispatches on a keyword; nil when `word` is not a statement keyword (a command then).
    private func parseKeywordStatement(_ word: String, _ t: Tok, label: String?) -> StatementAst? {
        switch word {
        case "if": return parseIf(t)
        case "switch": return parseSwitch(t, label: label)
        case "foreach": return parseForeach(t, label: label)
        case "for": return parseFor(t, label: label)
        case "while": return parseWhile(t, label: label)
        case "do": return parseDo(t, label: label)
        case "try": return parseTry(t)
        case "trap": return parseTrap(t)
        case "throw", "return", "exit": return parseFlowWithPipeline(word, t)
        case "break", "continue": return parseBreakContinue(word, t)
        case "function", "filter": return parseFunction(t, isFilter: word == "filter")
        case "workflow":
            advance(t)
            error("WorkflowNotSupportedInPowerShellCore", "Workflow is not supported in PowerShell 6+.", t.start, t.end)
            recoverToStatementEnd()
            return .error(ErrorStatementAst(extent: extent(t.start, lastEnd)))
        case "data": return parseData(t)
        case "enum": return parseEnum(t, attributes: [])
        case "class": return parseClass(t, attributes: [])
        case "interface":
            return parseUnsupportedTypeDefinition(t, word)
        case "using": return parseUsing(t)
        case "else", "elseif", "catch", "finally", "until", "param", "begin", "process", "end", "clean", "dynamicparam":
            if ["begin", "process", "end", "clean", "dynamicparam"].contains(word) { return nil }
            advance(t)
            error("UnexpectedToken", "Unexpected token '\(visible(text(t.start, t.end)))' in expression or statement.", t.start, t.end)
            recoverToStatementEnd()
            return .error(ErrorStatementAst(extent: extent(t.start, lastEnd)))
        default: return nil
        }
    }

    /// `(` pipeline `)` after a keyword; reports with the given ids. The condition is returned
    /// even when the `)` is missing; with neither, the rest of the statement is skipped.
    func parseParenthesizedCondition(keyword: String, openId: String, openMessage: String, missingId: String, missingMessage: String, closeId: String, closeMessage: String) -> StatementAst? {
        parseParenthesizedConditionParts(keyword: keyword, openId: openId, openMessage: openMessage, missingId: missingId, missingMessage: missingMessage,
                                         closeId: closeId, closeMessage: closeMessage, recoverWhenEmpty: true).condition
    }

    func errorStatement(_ start: Int) -> StatementAst {
        .error(ErrorStatementAst(extent: extent(start, max(start, lastEnd))))
    }

    /// An error statement for a loop (its label included) ending at `end` (the end of what
    /// parsed), keeping the parts that parsed.
    func loopErrorStatement(_ start: Int, end: Int? = nil, nested: [(any Ast)?]) -> StatementAst {
        let s = labelStart ?? start
        return .error(ErrorStatementAst(extent: extent(s, max(s, end ?? lastEnd)), nestedAst: nested.compactMap { $0 }))
    }

    /// `(` pipeline `)` after a keyword, with what parsed even when it failed: nil condition
    /// and false when there was no `(` or no pipeline; the condition and false when `)` is missing.
    /// `recoverWhenEmpty` skips the rest of the statement when there is neither pipeline nor `)`.
    func parseParenthesizedConditionParts(keyword: String, openId: String, openMessage: String, missingId: String, missingMessage: String, closeId: String, closeMessage: String,
                                          recoverWhenEmpty: Bool = false) -> (condition: StatementAst?, ok: Bool) {
        skipNewlines()
        let open = peek()
        guard case .lparen = open.kind else {
            error(openId, openMessage, open.start, open.end, incomplete: open.isEOF)
            return (nil, false)
        }
        advance(open)
        skipNewlines()
        let cond = parseStatement()
        if cond == nil {
            let t = peek()
            error(missingId, missingMessage, t.start, t.end, incomplete: t.isEOF)
        }
        skipNewlines()
        let close = peek()
        if case .rparen = close.kind {
            advance(close)
            return (cond, cond != nil)
        }
        if cond != nil {
            error(closeId, closeMessage, close.start, close.end, incomplete: close.isEOF)
        } else if recoverWhenEmpty {
            recoverToStatementEnd()
        }
        return (cond, false)
    }

    // MARK: if

    private func parseIf(_ t: Tok) -> StatementAst {
        advance(t)
        var clauses: [IfClause] = []
        var elseBlock: StatementBlockAst?
        var keyword = "if"
        while true {
            guard let cond = parseParenthesizedCondition(
                keyword: keyword,
                openId: "MissingOpenParenthesisInIfStatement", openMessage: "Missing '(' after '\(keyword)' in if statement.",
                missingId: "IfStatementMissingCondition", missingMessage: "Missing condition in if statement after '\(keyword) ('.",
                closeId: "MissingEndParenthesisAfterStatement", closeMessage: "Missing closing ')' after expression in '\(keyword)' statement.")
            else { return errorStatement(t.start) }
            let body = requireStatementBlock("MissingStatementBlock", "Missing statement block after \(keyword) ( condition ).")
            clauses.append(IfClause(condition: cond, body: body))
            guard let next = nextWordAfterNewlines(is: ["elseif", "else"]) else { break }
            skipNewlines()
            advanceKeyword(peek(.command))
            if next == "elseif" {
                keyword = "elseif"
                continue
            }
            elseBlock = requireStatementBlock("MissingStatementBlockAfterElse", "Missing statement block after 'else' keyword.")
            break
        }
        return .if(IfStatementAst(extent: extent(t.start, lastEnd), clauses: clauses, elseClause: elseBlock))
    }

    // MARK: try / trap

    private func parseTry(_ t: Tok) -> StatementAst {
        advance(t)
        // a broken try is an error statement keeping the blocks, clauses and types that parsed
        func broken(_ nested: [any Ast]) -> StatementAst {
            .error(ErrorStatementAst(extent: extent(t.start, max(t.start, lastEnd)), nestedAst: nested))
        }
        skipNewlines()
        guard let body = parseStatementBlock() else {
            let m = peek()
            error("MissingTryStatementBlock", "The Try statement is missing its statement block.", m.start, m.end, incomplete: m.isEOF)
            return broken([])
        }
        var catches: [CatchClauseAst] = []
        var finallyBlock: StatementBlockAst?
        while let which = nextWordAfterNewlines(is: ["catch", "finally"]) {
            skipNewlines()
            let kw = peek(.command)
            advanceKeyword(kw)
            if which == "finally" {
                skipNewlines()
                guard let f = parseStatementBlock() else {
                    let m = peek()
                    error("MissingFinallyStatementBlock", "The Finally block is missing its statement block.", m.start, m.end, incomplete: m.isEOF)
                    return broken([body] + catches)
                }
                checkFlowOutOfFinally(f)
                finallyBlock = f
                break
            }
            var types: [TypeConstraintAst] = []
            var comma: Tok?
            while true {
                skipNewlines()
                let b = peek()
                guard case .lbracket = b.kind else {
                    if let comma {
                        // a type list ending in a comma: reported just after it, and nothing more
                        reportAfter(comma.end, "MissingTypeLiteralToken", "Missing type literal.")
                        return broken([body] + catches + types)
                    }
                    break
                }
                if let type = parseTypeConstraintLiteral() { types.append(type) }
                skipNewlines()
                let next = peek()
                if case .comma = next.kind { advance(next); comma = next; continue }
                break
            }
            skipNewlines()
            guard let handler = parseStatementBlock() else {
                let m = peek()
                error("MissingCatchHandlerBlock", "The Catch block is missing its statement block.", m.start, m.end, incomplete: m.isEOF)
                return broken([body] + catches + types)
            }
            catches.append(CatchClauseAst(extent: extent(kw.start, lastEnd), catchTypes: types, body: handler))
        }
        if catches.isEmpty && finallyBlock == nil {
            let m = lookAheadSkippingNewlines(.command)
            error("MissingCatchOrFinally", "The Try statement is missing its Catch or Finally block.", m.start, m.end, incomplete: m.isEOF)
            return broken([body])
        }
        return .try(TryStatementAst(extent: extent(t.start, lastEnd), body: body, catchClauses: catches, finally: finallyBlock))
    }

    private func parseTrap(_ t: Tok) -> StatementAst {
        advance(t)
        skipNewlines()
        var type: TypeConstraintAst?
        if case .lbracket = peek().kind { type = parseTypeConstraintLiteral() }
        skipNewlines()
        guard let body = parseStatementBlock() else {
            let m = peek()
            error("MissingTrapStatement", "The 'trap' statement was incomplete. A trap statement requires a body.", m.start, m.end, incomplete: m.isEOF)
            return .error(ErrorStatementAst(extent: extent(t.start, max(t.start, lastEnd)), nestedAst: [type].compactMap { $0 }))
        }
        return .trap(TrapStatementAst(extent: extent(t.start, lastEnd), trapType: type, body: body))
    }

    // MARK: flow control

    private func atStatementEnd() -> Bool {
        switch peek().kind {
        case .newline, .semicolon, .rcurly, .rparen, .eof, .pipe, .ampAmp, .pipePipe: return true
        default: return false
        }
    }

    private func parseFlowWithPipeline(_ word: String, _ t: Tok) -> StatementAst {
        advance(t)
        var pipeline: StatementAst?
        if !atStatementEnd() {
            pipeline = parsePipelineChain()
        }
        let e = extent(t.start, lastEnd)
        switch word {
        case "throw": return .throw(ThrowStatementAst(extent: e, pipeline: pipeline))
        case "return": return .return(ReturnStatementAst(extent: e, pipeline: pipeline))
        default: return .exit(ExitStatementAst(extent: e, pipeline: pipeline))
        }
    }

    func parseBreakContinue(_ word: String, _ t: Tok) -> StatementAst {
        advance(t)
        var label: ExpressionAst?
        if !atStatementEnd() {
            let l = peek(.command)
            switch l.kind {
            case .word(let w):
                advance(l)
                label = .stringConstant(StringConstantExpressionAst(extent: extent(l.start, l.end), value: w, stringConstantType: .bareWord))
            default:
                label = parseCommandArgument()
            }
        }
        let e = extent(t.start, lastEnd)
        if word == "break" { return .break(BreakStatementAst(extent: e, label: label)) }
        return .continue(ContinueStatementAst(extent: e, label: label))
    }


    /// `break`, `continue` and `return` may not leave a finally block (ControlLeavingFinally):
    /// a break or continue is fine when a loop or switch inside the block takes it (one without
    /// a label, or with its label); a nested script block, function or trap is its own scope.
    func checkFlowOutOfFinally(_ block: StatementBlockAst) {
        var stack: [(node: any Ast, labels: [String])] = [(block, [])]
        while let (node, labels) = stack.popLast() {
            var inner = labels
            switch node {
            case is ScriptBlockAst, is TrapStatementAst, is NamedBlockAst: continue
            case let s as SwitchStatementAst: inner.append(s.label ?? "")
            case let l as ForEachStatementAst: inner.append(l.label ?? "")
            case let l as ForStatementAst: inner.append(l.label ?? "")
            case let l as WhileStatementAst: inner.append(l.label ?? "")
            case let l as DoWhileStatementAst: inner.append(l.label ?? "")
            case let l as DoUntilStatementAst: inner.append(l.label ?? "")
            case let b as BreakStatementAst: leavesFinally(b, label: b.label, labels)
            case let c as ContinueStatementAst: leavesFinally(c, label: c.label, labels)
            case let r as ReturnStatementAst:
                error("ControlLeavingFinally", "Flow of control cannot leave a Finally block.", r.extent.startOffset, r.extent.endOffset)
            default: break
            }
            for child in AstWalker.children(of: node).reversed() { stack.append((child, inner)) }
        }
    }

    private func leavesFinally(_ node: any Ast, label: ExpressionAst?, _ labels: [String]) {
        let taken: Bool
        switch label {
        case nil: taken = !labels.isEmpty
        case .stringConstant(let s)?: taken = labels.contains { (l: String) in l.lowercased() == s.value.lowercased() }
        default: taken = false  // a label only known when it runs
        }
        if !taken {
            error("ControlLeavingFinally", "Flow of control cannot leave a Finally block.", node.extent.startOffset, node.extent.endOffset)
        }
    }
}
