// switch, foreach, for, while, do (language spec §8.3-8.6).

extension ScriptParser {
    // MARK: switch

    /// switch: options, `(value)` or `-file name`, then `{ condition { body } ... }`. On an error
    /// the statement becomes an error statement keeping what parsed, as PowerShell does: its
    /// options, the value, and the clause conditions and bodies in order.
    func parseSwitch(_ t: Tok, label: String?) -> StatementAst {
        let keywordIndex = tokens.count
        advance(t)
        let keyword = quiet == 0 && tokens.count > keywordIndex ? tokens[keywordIndex] : nil
        let start = labelStart ?? t.start
        var errorEnd = t.end
        var isError = false
        var isIncomplete = false
        var flags: SwitchFlags = []
        var condition: StatementAst?
        var needErrorCondition = false
        var options: [ErrorStatementOption] = []
        func note(_ name: String, _ f: Tok, _ value: (any Ast)?) {
            guard !options.contains(where: { $0.name == name }) else { return }
            options.append(ErrorStatementOption(name: name, token: Token(kind: .parameter, extent: extent(f.start, f.end), value: name), value: value))
        }
        // the first option a written prefix names wins, in this order
        let modes: [(String, SwitchFlags)] = [("regex", .regex), ("wildcard", .wildcard), ("exact", .exact),
                                              ("casesensitive", .caseSensitive), ("parallel", .parallel), ("file", .file)]
        skipNewlines()
        while true {
            let f = peek(.command)
            guard case .parameter(let name, _) = f.kind else { break }
            advance(f)
            errorEnd = f.end
            let lower = name.lowercased()
            guard let (mode, flag) = modes.first(where: { $0.0.hasPrefix(lower) }) else {
                isError = true
                error("InvalidSwitchFlag", "The parameter \(text(f.start, f.end)) is not valid for the switch statement.", f.start, f.end)
                continue
            }
            if flag == .regex || flag == .wildcard || flag == .exact {
                // conflicting match modes: the last one wins
                flags.subtract([.regex, .wildcard, .exact])
            }
            flags.insert(flag)
            guard flag == .file else {
                note(mode, f, nil)
                continue
            }
            skipNewlines()
            if let path = parseCommandArgument() {
                errorEnd = path.extent.endOffset
                let cmd = CommandExpressionAst(extent: path.extent, expression: path, redirections: [])
                let pipeline = PipelineAst(extent: path.extent, pipelineElements: [.expression(cmd)])
                condition = .pipeline(pipeline)
                note(mode, f, pipeline)
            } else {
                isError = true
                isIncomplete = reportAfter(f.end, "MissingFilenameOption", "Cannot process the 'switch' statement because of a missing file name argument to the -file option.")
                note(mode, f, nil)
            }
        }
        let valueRequired = "A switch statement must have one of the following:  '-file file_name' or '( expression )'."
        let open = peek()
        if case .lparen = open.kind {
            advance(open)
            errorEnd = open.end
            if flags.contains(.file) {
                isError = true
                error("PipelineValueRequired", valueRequired, open.start, open.end)
            }
            needErrorCondition = true
            skipNewlines()
            if case .rparen = peek().kind { condition = nil } else { condition = parseStatement() }
            if let condition {
                errorEnd = condition.node.extent.endOffset
            } else {
                isError = true
                isIncomplete = reportAfter(open.end, "PipelineValueRequired", valueRequired)
            }
            skipNewlines()
            let close = peek()
            if case .rparen = close.kind {
                advance(close)
                errorEnd = close.end
            } else if !isIncomplete {
                isError = true
                isIncomplete = reportAfter(errorEnd, "MissingEndParenthesisInSwitchStatement", "Missing ')' after expression in switch statement.")
            }
        } else if condition == nil && !flags.contains(.file) {
            isError = true
            isIncomplete = reportAfter(errorEnd, "PipelineValueRequired", valueRequired)
        }
        skipNewlines()
        var clauses: [SwitchClause] = []
        var defaultClause: StatementBlockAst?
        var parsed: [any Ast] = []
        var closed = false
        let lcurly = peek()
        if case .lcurly = lcurly.kind {
            advance(lcurly)
            errorEnd = lcurly.end
            skipNewlines()
            while true {
                let c0 = peek(.command)
                let isDefault: Bool
                if case .word(let w) = c0.kind, w.lowercased() == "default" { isDefault = true } else { isDefault = false }
                let clauseCondition: ExpressionAst
                if isDefault {
                    advanceKeyword(c0)
                    clauseCondition = .stringConstant(StringConstantExpressionAst(extent: extent(c0.start, c0.end), value: text(c0.start, c0.end), stringConstantType: .bareWord))
                } else if let cond = parseCommandArgument() {
                    clauseCondition = cond
                } else {
                    // nothing that looks like a condition, so no body either: hope for the `}`
                    isError = true
                    _ = reportAfter(errorEnd, "MissingSwitchConditionExpression", "Missing condition in switch statement clause.")
                    if case .rcurly = peek().kind { advance(peek()) }
                    break
                }
                parsed.append(clauseCondition.node)
                errorEnd = clauseCondition.node.extent.endOffset
                skipNewlines()
                if let body = parseStatementBlock() {
                    parsed.append(body)
                    errorEnd = body.extent.endOffset
                    if isDefault {
                        if defaultClause != nil {
                            isError = true
                            error("MultipleSwitchDefaultClauses", "A switch statement can have only one default clause.", c0.start, c0.end)
                        }
                        defaultClause = body
                    } else {
                        clauses.append(SwitchClause(condition: clauseCondition, body: body))
                    }
                } else {
                    isError = true
                    isIncomplete = reportAfter(errorEnd, "MissingSwitchStatementClause", "Missing statement block in switch statement clause.")
                }
                skipSeparators()
                let next = peek(.command)
                if case .rcurly = next.kind {
                    advance(next)
                    closed = true
                    break
                }
                if next.isEOF {
                    if !isIncomplete {
                        isError = true
                        error("MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", lcurly.start, lcurly.end, incomplete: true)
                    }
                    break
                }
            }
        } else if !isIncomplete {
            isError = true
            _ = reportAfter(errorEnd, "MissingCurlyBraceInSwitchStatement", "Missing '{' in switch statement.")
        }
        if isError || !closed {
            return .error(ErrorStatementAst(extent: extent(start, max(start, errorEnd)), keyword: keyword, options: options,
                                            conditions: needErrorCondition ? (condition.map { [$0.node] } ?? []) : [], bodies: parsed))
        }
        return .switch(SwitchStatementAst(extent: extent(t.start, lastEnd), label: label, flags: flags, condition: condition, clauses: clauses, defaultClause: defaultClause))
    }

    // MARK: loops

    func parseForeach(_ t: Tok, label: String?) -> StatementAst {
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
            return loopErrorStatement(t.start, nested: [])
        }
        advance(open)
        skipNewlines()
        let v = peek()
        if case .splat(let path) = v.kind {
            error("SplattingNotPermitted", splattingMessage(path), v.start, v.end)
        }
        let variablePath: VariablePath?
        switch v.kind {
        case .variable(let p), .splat(let p): variablePath = p
        default: variablePath = nil
        }
        guard let path = variablePath else {
            error("MissingVariableNameAfterForeach", "Missing variable name after foreach.\nThe correct form is: foreach ($a in $b) {...}", v.start, v.end, incomplete: v.isEOF)
            let end = lastEnd
            recoverToStatementEnd()
            return loopErrorStatement(t.start, end: end, nested: [])
        }
        advance(v)
        let variable = VariableExpressionAst(extent: extent(v.start, v.end), variablePath: path, splatted: false)
        skipNewlines()
        let inTok = peek(.command)
        guard case .word(let w) = inTok.kind, w.lowercased() == "in" else {
            reportAfter(v.end, "MissingInInForeach", "Missing 'in' after variable in foreach loop.\nThe correct form is: foreach ($a in $b) {...}")
            let end = lastEnd
            recoverToStatementEnd()
            return loopErrorStatement(t.start, end: end, nested: [variable])
        }
        advanceKeyword(inTok)
        skipNewlines()
        guard let cond = parseStatement() else {
            let m = peek()
            error("MissingForeachExpression", "Missing expression in foreach loop.\nThe correct form is: foreach ($a in $b) {...}", m.start, m.end, incomplete: m.isEOF)
            let end = lastEnd
            recoverToStatementEnd()
            return loopErrorStatement(t.start, end: end, nested: [variable])
        }
        skipNewlines()
        let close = peek()
        if case .rparen = close.kind { advance(close) } else {
            error("MissingEndParenthesisAfterForeach", "Missing closing ')' after expression part of foreach loop.\nThe correct form is: foreach ($a in $b) {...}", close.start, close.end, incomplete: close.isEOF)
            return loopErrorStatement(t.start, nested: [variable, cond.node])
        }
        skipNewlines()
        guard let body = parseStatementBlock() else {
            let m = peek()
            error("MissingForeachStatement", "Missing statement body in foreach loop.\nThe correct form is: foreach ($a in $b) {...}", m.start, m.end, incomplete: m.isEOF)
            return loopErrorStatement(t.start, nested: [variable, cond.node])
        }
        return .forEach(ForEachStatementAst(extent: extent(t.start, lastEnd), label: label, variable: variable, condition: cond, body: body, parallel: parallel, throttleLimit: throttle))
    }

    func parseFor(_ t: Tok, label: String?) -> StatementAst {
        advance(t)
        skipNewlines()
        let open = peek()
        guard case .lparen = open.kind else {
            error("MissingOpenParenthesisAfterKeyword", "Missing opening '(' after keyword 'for'.", open.start, open.end, incomplete: open.isEOF)
            return loopErrorStatement(t.start, nested: [])
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
            let end = lastEnd
            recoverToStatementEnd()
            return loopErrorStatement(t.start, end: end, nested: parts.map { $0?.node })
        }
        skipNewlines()
        guard let body = parseStatementBlock() else {
            let m = peek()
            error("MissingLoopStatement", "Missing statement body in for loop.", m.start, m.end, incomplete: m.isEOF)
            return loopErrorStatement(t.start, nested: parts.map { $0?.node })
        }
        return .for(ForStatementAst(extent: extent(t.start, lastEnd), label: label, initializer: parts[0], condition: parts[1], iterator: parts[2], body: body))
    }

    func parseWhile(_ t: Tok, label: String?) -> StatementAst {
        advance(t)
        let parsed = parseParenthesizedConditionParts(
            keyword: "while",
            openId: "MissingOpenParenthesisAfterKeyword", openMessage: "Missing opening '(' after keyword 'while'.",
            missingId: "MissingExpressionAfterKeyword", missingMessage: "Missing expression after 'while' in loop.",
            closeId: "MissingEndParenthesisAfterStatement", closeMessage: "Missing closing ')' after expression in 'while' statement.")
        guard parsed.ok, let cond = parsed.condition else { return loopErrorStatement(t.start, nested: [parsed.condition?.node]) }
        skipNewlines()
        guard let body = parseStatementBlock() else {
            let m = peek()
            error("MissingLoopStatement", "Missing statement body in while loop.", m.start, m.end, incomplete: m.isEOF)
            return loopErrorStatement(t.start, nested: [cond.node])
        }
        return .while(WhileStatementAst(extent: extent(t.start, lastEnd), label: label, condition: cond, body: body))
    }

    func parseDo(_ t: Tok, label: String?) -> StatementAst {
        advance(t)
        skipNewlines()
        guard let body = parseStatementBlock() else {
            let m = peek()
            error("MissingLoopStatement", "Missing statement body in do loop.", m.start, m.end, incomplete: m.isEOF)
            return loopErrorStatement(t.start, nested: [])
        }
        guard let which = nextWordAfterNewlines(is: ["while", "until"]) else {
            let m = lookAheadSkippingNewlines(.command)
            error("MissingWhileOrUntilInDoWhile", "Missing while or until keyword in do loop.", m.start, m.end, incomplete: m.isEOF)
            return loopErrorStatement(t.start, nested: [body])
        }
        skipNewlines()
        advanceKeyword(peek(.command))
        let parsed = parseParenthesizedConditionParts(
            keyword: which,
            openId: "MissingOpenParenthesisAfterKeyword", openMessage: "Missing opening '(' after keyword '\(which)'.",
            missingId: "MissingExpressionAfterKeyword", missingMessage: "Missing expression after '\(which)' in loop.",
            closeId: "MissingEndParenthesisAfterStatement", closeMessage: "Missing closing ')' after expression in '\(which)' statement.")
        guard parsed.ok, let cond = parsed.condition else { return loopErrorStatement(t.start, nested: [body, parsed.condition?.node]) }
        let e = extent(t.start, lastEnd)
        if which == "while" {
            return .doWhile(DoWhileStatementAst(extent: e, label: label, condition: cond, body: body))
        }
        return .doUntil(DoUntilStatementAst(extent: e, label: label, condition: cond, body: body))
    }
}
