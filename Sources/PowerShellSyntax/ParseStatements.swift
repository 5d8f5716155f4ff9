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
        if isLetter(x) {
            let t = peek(.command)
            if case .word(let w) = t.kind, let s = parseKeywordStatement(w.lowercased(), t, label: nil) {
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
        pos = e
        lastEnd = e
        skipNewlines()
        let t = peek(.command)
        if case .word(let w) = t.kind {
            let k = w.lowercased()
            if ["foreach", "for", "while", "do", "switch"].contains(k), let s = parseKeywordStatement(k, t, label: label) {
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
        case "enum": return parseEnum(t)
        case "class", "interface":
            return parseUnsupportedTypeDefinition(t, word)
        case "using": return parseUsing(t)
        case "else", "elseif", "catch", "finally", "until", "param", "begin", "process", "end", "clean", "dynamicparam":
            if ["begin", "process", "end", "clean", "dynamicparam"].contains(word) { return nil }
            advance(t)
            error("UnexpectedToken", "Unexpected token '\(text(t.start, t.end))' in expression or statement.", t.start, t.end)
            recoverToStatementEnd()
            return .error(ErrorStatementAst(extent: extent(t.start, lastEnd)))
        default: return nil
        }
    }

    /// `(` pipeline `)` after a keyword; reports with the given ids.
    private func parseParenthesizedCondition(keyword: String, openId: String, openMessage: String, missingId: String, missingMessage: String, closeId: String, closeMessage: String) -> StatementAst? {
        skipNewlines()
        let open = peek()
        guard case .lparen = open.kind else {
            error(openId, openMessage, open.start, open.end, incomplete: open.isEOF)
            return nil
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
        } else if cond != nil {
            error(closeId, closeMessage, close.start, close.end, incomplete: close.isEOF)
        } else {
            recoverToStatementEnd()
        }
        return cond
    }

    private func errorStatement(_ start: Int) -> StatementAst {
        .error(ErrorStatementAst(extent: extent(start, max(start, lastEnd))))
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
            advance(peek(.command))
            if next == "elseif" {
                keyword = "elseif"
                continue
            }
            elseBlock = requireStatementBlock("MissingStatementBlockAfterElse", "Missing statement block after 'else' keyword.")
            break
        }
        return .if(IfStatementAst(extent: extent(t.start, lastEnd), clauses: clauses, elseClause: elseBlock))
    }

    // MARK: switch

    private func parseSwitch(_ t: Tok, label: String?) -> StatementAst {
        advance(t)
        var flags: SwitchFlags = []
        var condition: StatementAst?
        let modes: [(String, SwitchFlags)] = [("regex", .regex), ("wildcard", .wildcard), ("exact", .exact),
                                              ("casesensitive", .caseSensitive), ("file", .file), ("parallel", .parallel)]
        while true {
            let f = peek(.command)
            guard case .parameter(let name, _) = f.kind else { break }
            advance(f)
            let lower = name.lowercased()
            let matches = modes.filter { $0.0.hasPrefix(lower) && !lower.isEmpty }
            guard matches.count == 1, let flag = matches.first?.1 else {
                error("InvalidSwitchFlag", "The parameter \(text(f.start, f.end)) is not valid for the switch statement.", f.start, f.end)
                continue
            }
            if flag == .regex || flag == .wildcard || flag == .exact {
                // Conflicting match modes: the last one wins.
                flags.subtract([.regex, .wildcard, .exact])
            }
            flags.insert(flag)
            if flag == .file {
                skipNewlines()
                if let path = parseCommandArgument() {
                    let cmd = CommandExpressionAst(extent: path.extent, expression: path, redirections: [])
                    condition = .pipeline(PipelineAst(extent: path.extent, pipelineElements: [.expression(cmd)]))
                } else {
                    let m = peek()
                    error("MissingFilenameOption", "Cannot process the 'switch' statement because of a missing file name argument to the -file option.", m.start, m.end, incomplete: m.isEOF)
                }
            }
        }
        if !flags.contains(.file) {
            condition = parseParenthesizedCondition(
                keyword: "switch",
                openId: "PipelineValueRequired", openMessage: "A switch statement must have one of the following:  '-file file_name' or '( expression )'.",
                missingId: "MissingSwitchValueExpression", missingMessage: "Missing expression after '(' in switch statement.",
                closeId: "MissingEndParenthesisInSwitchStatement", closeMessage: "Missing ')' after expression in switch statement.")
            if condition == nil { return errorStatement(t.start) }
        }
        skipNewlines()
        let open = peek()
        guard case .lcurly = open.kind else {
            error("MissingCurlyBraceInSwitchStatement", "Missing '{' in switch statement.", open.start, open.end, incomplete: open.isEOF)
            return errorStatement(t.start)
        }
        advance(open)
        var clauses: [SwitchClause] = []
        var defaultClause: StatementBlockAst?
        while true {
            skipSeparators()
            let c0 = peek(.command)
            if case .rcurly = c0.kind { advance(c0); break }
            if c0.isEOF {
                error("MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", open.start, open.end, incomplete: true)
                break
            }
            if case .word(let w) = c0.kind, w.lowercased() == "default" {
                advance(c0)
                let body = requireStatementBlock("MissingSwitchStatementClause", "Missing statement block in switch statement clause.")
                if defaultClause != nil {
                    error("MultipleSwitchDefaultClauses", "A switch statement can have only one default clause.", c0.start, c0.end)
                }
                defaultClause = body
                continue
            }
            guard let cond = parseCommandArgument() else {
                error("MissingSwitchConditionExpression", "Missing condition in switch statement clause.", c0.start, c0.end)
                recoverToStatementEnd()
                if pos <= c0.start { advance(c0) }
                continue
            }
            let body = requireStatementBlock("MissingSwitchStatementClause", "Missing statement block in switch statement clause.")
            clauses.append(SwitchClause(condition: cond, body: body))
        }
        return .switch(SwitchStatementAst(extent: extent(t.start, lastEnd), label: label, flags: flags, condition: condition, clauses: clauses, defaultClause: defaultClause))
    }

    // MARK: loops

    private func parseForeach(_ t: Tok, label: String?) -> StatementAst {
        advance(t)
        var parallel = false
        var throttle: ExpressionAst?
        while true {
            let f = peek(.command)
            guard case .parameter(let name, _) = f.kind else { break }
            advance(f)
            let lower = name.lowercased()
            if "parallel".hasPrefix(lower) && !lower.isEmpty {
                parallel = true
            } else if "throttlelimit".hasPrefix(lower) && !lower.isEmpty {
                throttle = parseCommandArgument()
                if throttle == nil {
                    error("MissingThrottleLimit", "The ThrottleLimit parameter of the foreach statement is missing a value. Supply a throttle limit to the parameter.", f.start, f.end)
                }
            } else {
                error("InvalidForeachFlag", "The parameter \(text(f.start, f.end)) is not valid for the foreach statement.", f.start, f.end)
            }
        }
        skipNewlines()
        let open = peek()
        guard case .lparen = open.kind else {
            error("MissingOpenParenthesisAfterKeyword", "Missing opening '(' after keyword 'foreach'.", open.start, open.end, incomplete: open.isEOF)
            return errorStatement(t.start)
        }
        advance(open)
        skipNewlines()
        let v = peek()
        guard case .variable(let path) = v.kind else {
            error("MissingVariableNameAfterForeach", "Missing variable name after foreach.\nThe correct form is: foreach ($a in $b) {...}", v.start, v.end, incomplete: v.isEOF)
            recoverToStatementEnd()
            return errorStatement(t.start)
        }
        advance(v)
        let variable = VariableExpressionAst(extent: extent(v.start, v.end), variablePath: path, splatted: false)
        skipNewlines()
        let inTok = peek(.command)
        guard case .word(let w) = inTok.kind, w.lowercased() == "in" else {
            error("MissingInInForeach", "Missing 'in' after variable in foreach loop.\nThe correct form is: foreach ($a in $b) {...}", inTok.start, inTok.end, incomplete: inTok.isEOF)
            recoverToStatementEnd()
            return errorStatement(t.start)
        }
        advance(inTok)
        skipNewlines()
        guard let cond = parseStatement() else {
            let m = peek()
            error("MissingForeachExpression", "Missing expression in foreach loop.\nThe correct form is: foreach ($a in $b) {...}", m.start, m.end, incomplete: m.isEOF)
            recoverToStatementEnd()
            return errorStatement(t.start)
        }
        skipNewlines()
        let close = peek()
        if case .rparen = close.kind { advance(close) } else {
            error("MissingEndParenthesisAfterForeach", "Missing closing ')' after expression part of foreach loop.\nThe correct form is: foreach ($a in $b) {...}", close.start, close.end, incomplete: close.isEOF)
            return errorStatement(t.start)
        }
        let body = requireStatementBlock("MissingForeachStatement", "Missing statement body in foreach loop.\nThe correct form is: foreach ($a in $b) {...}")
        return .forEach(ForEachStatementAst(extent: extent(t.start, lastEnd), label: label, variable: variable, condition: cond, body: body, parallel: parallel, throttleLimit: throttle))
    }

    private func parseFor(_ t: Tok, label: String?) -> StatementAst {
        advance(t)
        skipNewlines()
        let open = peek()
        guard case .lparen = open.kind else {
            error("MissingOpenParenthesisAfterKeyword", "Missing opening '(' after keyword 'for'.", open.start, open.end, incomplete: open.isEOF)
            return errorStatement(t.start)
        }
        advance(open)
        var parts: [StatementAst?] = [nil, nil, nil]
        for k in 0..<3 {
            skipNewlines()
            let p = peek()
            if case .rparen = p.kind { break }
            if case .semicolon = p.kind { advance(p); continue }
            if p.isEOF { break }
            parts[k] = parseStatement()
            if parts[k] == nil { break }
            skipNewlines()
            let sep = peek()
            if case .semicolon = sep.kind { advance(sep) }
        }
        skipNewlines()
        let close = peek()
        if case .rparen = close.kind { advance(close) } else {
            error("MissingEndParenthesisAfterStatement", "Missing closing ')' after expression in 'for' statement.", close.start, close.end, incomplete: close.isEOF)
            recoverToStatementEnd()
            return errorStatement(t.start)
        }
        let body = requireStatementBlock("MissingLoopStatement", "Missing statement body in for loop.")
        return .for(ForStatementAst(extent: extent(t.start, lastEnd), label: label, initializer: parts[0], condition: parts[1], iterator: parts[2], body: body))
    }

    private func parseWhile(_ t: Tok, label: String?) -> StatementAst {
        advance(t)
        guard let cond = parseParenthesizedCondition(
            keyword: "while",
            openId: "MissingOpenParenthesisAfterKeyword", openMessage: "Missing opening '(' after keyword 'while'.",
            missingId: "MissingExpressionAfterKeyword", missingMessage: "Missing expression after 'while' in loop.",
            closeId: "MissingEndParenthesisAfterStatement", closeMessage: "Missing closing ')' after expression in 'while' statement.")
        else { return errorStatement(t.start) }
        let body = requireStatementBlock("MissingLoopStatement", "Missing statement body in while loop.")
        return .while(WhileStatementAst(extent: extent(t.start, lastEnd), label: label, condition: cond, body: body))
    }

    private func parseDo(_ t: Tok, label: String?) -> StatementAst {
        advance(t)
        let body = requireStatementBlock("MissingLoopStatement", "Missing statement body in do loop.")
        guard let which = nextWordAfterNewlines(is: ["while", "until"]) else {
            let m = lookAheadSkippingNewlines(.command)
            error("MissingWhileOrUntilInDoWhile", "Missing while or until keyword in do loop.", m.start, m.end, incomplete: m.isEOF)
            return errorStatement(t.start)
        }
        skipNewlines()
        advance(peek(.command))
        guard let cond = parseParenthesizedCondition(
            keyword: which,
            openId: "MissingOpenParenthesisAfterKeyword", openMessage: "Missing opening '(' after keyword '\(which)'.",
            missingId: "MissingExpressionAfterKeyword", missingMessage: "Missing expression after '\(which)' in loop.",
            closeId: "MissingEndParenthesisAfterStatement", closeMessage: "Missing closing ')' after expression in '\(which)' statement.")
        else { return errorStatement(t.start) }
        let e = extent(t.start, lastEnd)
        if which == "while" {
            return .doWhile(DoWhileStatementAst(extent: e, label: label, condition: cond, body: body))
        }
        return .doUntil(DoUntilStatementAst(extent: e, label: label, condition: cond, body: body))
    }

    // MARK: try / trap

    private func parseTry(_ t: Tok) -> StatementAst {
        advance(t)
        let body = requireStatementBlock("MissingTryStatementBlock", "The Try statement is missing its statement block.")
        var catches: [CatchClauseAst] = []
        var finallyBlock: StatementBlockAst?
        while let which = nextWordAfterNewlines(is: ["catch", "finally"]) {
            skipNewlines()
            let kw = peek(.command)
            advance(kw)
            if which == "finally" {
                finallyBlock = requireStatementBlock("MissingFinallyStatementBlock", "The Finally block is missing its statement block.")
                break
            }
            var types: [TypeConstraintAst] = []
            while true {
                skipNewlines()
                let b = peek()
                guard case .lbracket = b.kind else { break }
                if let type = parseTypeConstraintLiteral() { types.append(type) }
                skipNewlines()
                let comma = peek()
                if case .comma = comma.kind { advance(comma); continue }
                break
            }
            let handler = requireStatementBlock("MissingCatchHandlerBlock", "The Catch block is missing its statement block.")
            catches.append(CatchClauseAst(extent: extent(kw.start, lastEnd), catchTypes: types, body: handler))
        }
        if catches.isEmpty && finallyBlock == nil {
            let m = lookAheadSkippingNewlines(.command)
            error("MissingCatchOrFinally", "The Try statement is missing its Catch or Finally block.", m.start, m.end, incomplete: m.isEOF)
        }
        return .try(TryStatementAst(extent: extent(t.start, lastEnd), body: body, catchClauses: catches, finally: finallyBlock))
    }

    private func parseTrap(_ t: Tok) -> StatementAst {
        advance(t)
        skipNewlines()
        var type: TypeConstraintAst?
        if case .lbracket = peek().kind { type = parseTypeConstraintLiteral() }
        let body = requireStatementBlock("MissingTrapStatement", "The 'trap' statement was incomplete. A trap statement requires a body.")
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

    private func parseBreakContinue(_ word: String, _ t: Tok) -> StatementAst {
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

    // MARK: function

    private func parseFunction(_ t: Tok, isFilter: Bool) -> StatementAst {
        advance(t)
        let nameTok = peek(.command)
        let name: String
        switch nameTok.kind {
        case .word(let w): name = w
        case .expandableWord(_, let raw): name = text(raw.lowerBound, raw.upperBound)
        case .string(let s, _): name = s
        default:
            error("MissingNameAfterKeyword", "Missing name after \(isFilter ? "filter" : "function") keyword.", nameTok.start, nameTok.end, incomplete: nameTok.isEOF)
            return errorStatement(t.start)
        }
        advance(nameTok)
        skipNewlines()
        var parameters: [ParameterAst]?
        if case .lparen = peek().kind {
            let open = peek()
            advance(open)
            parameters = parseParameterList()
            let close = peek()
            if case .rparen = close.kind { advance(close) } else {
                error("MissingEndParenthesisInFunctionParameterList", "Missing ')' in function parameter list.", close.start, close.end, incomplete: close.isEOF)
            }
            skipNewlines()
        }
        let open = peek()
        guard case .lcurly = open.kind else {
            error("MissingFunctionBody", "Missing function body in function declaration.", open.start, open.end, incomplete: open.isEOF)
            return errorStatement(t.start)
        }
        advance(open)
        let body = parseScriptBlockBody(start: open.start, closed: true)
        let end = expectClosingCurly(open)
        let bodyAst = ScriptBlockAst(extent: extent(open.start, end), usingStatements: body.usingStatements, paramBlock: body.paramBlock,
                                     dynamicParamBlock: body.dynamicParamBlock, beginBlock: body.beginBlock,
                                     processBlock: body.processBlock, endBlock: body.endBlock, cleanBlock: body.cleanBlock)
        if parameters != nil && body.paramBlock != nil {
            error("OnlyOneParameterListAllowed", "The param statement cannot be used if arguments were specified in the function declaration.", open.start, open.end)
        }
        let help = functionHelp(functionStart: t.start, bodyOpen: open.end, bodyClose: max(open.end, end - 1))
        return .functionDefinition(FunctionDefinitionAst(extent: extent(t.start, end), isFilter: isFilter, name: name, parameters: parameters, body: bodyAst, help: help))
    }

    // MARK: data, enum, class, using

    private func parseData(_ t: Tok) -> StatementAst {
        advance(t)
        var variable: String?
        var commands: [ExpressionAst] = []
        let nameTok = peek(.command)
        if case .word(let w) = nameTok.kind {
            advance(nameTok)
            variable = w
        }
        while true {
            let f = peek(.command)
            guard case .parameter(let name, _) = f.kind else { break }
            advance(f)
            if "supportedcommand".hasPrefix(name.lowercased()) {
                if let list = parseCommandArgumentList() { commands.append(list) }
            } else {
                error("InvalidParameterForDataSectionStatement", "The \"\(name)\" parameter of the Data section is not valid. The valid Data section parameter is SupportedCommand.", f.start, f.end)
            }
        }
        let body = requireStatementBlock("MissingStatementBlockForDataSection", "The Data section is missing its statement block.")
        return .data(DataStatementAst(extent: extent(t.start, lastEnd), variable: variable, commandsAllowed: commands, body: body))
    }

    private func parseEnum(_ t: Tok) -> StatementAst {
        advance(t)
        let nameTok = peek(.command)
        guard case .word(let name) = nameTok.kind else {
            error("MissingNameAfterKeyword", "Missing name after enum keyword.", nameTok.start, nameTok.end, incomplete: nameTok.isEOF)
            return errorStatement(t.start)
        }
        // `enum Name : byte` — the word scanner stops at whitespace, so `Name:byte` needs splitting.
        var enumName = name
        var underlying: TypeConstraintAst?
        advance(nameTok)
        if let colon = enumName.firstIndex(of: ":") {
            let rest = String(enumName[enumName.index(after: colon)...])
            enumName = String(enumName[..<colon])
            if !rest.isEmpty { underlying = TypeConstraintAst(extent: extent(nameTok.start, nameTok.end), typeName: .simple(rest)) }
        }
        let colonTok = peek()
        if case .colon = colonTok.kind {
            advance(colonTok)
            let typeTok = peek(.command)
            if case .word(let w) = typeTok.kind {
                advance(typeTok)
                underlying = TypeConstraintAst(extent: extent(typeTok.start, typeTok.end), typeName: .simple(w))
            }
        }
        skipNewlines()
        let open = peek()
        guard case .lcurly = open.kind else {
            error("MissingTypeBody", "Missing '{' in enum definition.", open.start, open.end, incomplete: open.isEOF)
            return errorStatement(t.start)
        }
        advance(open)
        var members: [EnumMember] = []
        while true {
            skipSeparators()
            let m = peek()
            if case .rcurly = m.kind { break }
            if m.isEOF { break }
            guard case .word(let memberName) = m.kind else {
                unexpected(m)
                recoverToStatementEnd()
                if pos <= m.start { advance(m) }
                continue
            }
            advance(m)
            var value: ExpressionAst?
            if case .op(.assign(.assign)) = peek().kind {
                advance(peek())
                skipNewlines()
                value = parseExpression()
            }
            members.append(EnumMember(name: memberName, initialValue: value, extent: extent(m.start, lastEnd)))
        }
        let end = expectClosingCurly(open)
        return .typeDefinition(TypeDefinitionAst(extent: extent(t.start, end), name: enumName, attributes: [], underlyingType: underlying, members: members))
    }

    private func parseUnsupportedTypeDefinition(_ t: Tok, _ word: String) -> StatementAst {
        advance(t)
        error("ClassDefinitionNotSupported", "The '\(word)' keyword is not supported in this version of the language.", t.start, t.end)
        // Skip the header and the balanced body.
        var level = 0
        var opened = false
        while true {
            let x = peek(.command)
            if x.isEOF { break }
            if case .newline = x.kind, level == 0 {
                if opened { break }
                if case .lcurly = lookAheadSkippingNewlines(.command).kind { advance(x); continue }
                break
            }
            advance(x)
            if case .lcurly = x.kind { level += 1; opened = true }
            if case .rcurly = x.kind {
                level -= 1
                if level <= 0 { break }
            }
        }
        return errorStatement(t.start)
    }

    private func parseUsing(_ t: Tok) -> StatementAst {
        advance(t)
        let kindTok = peek(.command)
        guard case .word(let k) = kindTok.kind, let kind = UsingStatementKind(rawValue: k.lowercased()) else {
            error("MissingUsingStatementDirective", "Missing using directive", kindTok.start, kindTok.end, incomplete: kindTok.isEOF)
            recoverToStatementEnd()
            return errorStatement(t.start)
        }
        advance(kindTok)
        let nameTok = peek(.command)
        var name = ""
        switch nameTok.kind {
        case .word(let w): name = w; advance(nameTok)
        case .string(let s, _): name = s; advance(nameTok)
        default:
            error("MissingUsingItemName", "Missing using name", nameTok.start, nameTok.end, incomplete: nameTok.isEOF)
        }
        return .using(UsingStatementAst(extent: extent(t.start, lastEnd), kind: kind, name: name))
    }
}
