// switch, foreach, for, while, do (language spec §8.3-8.6).

extension ScriptParser {
    // MARK: switch

    func parseSwitch(_ t: Tok, label: String?) -> StatementAst {
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
        guard case .variable(let path) = v.kind else {
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
            error("MissingInInForeach", "Missing 'in' after variable in foreach loop.\nThe correct form is: foreach ($a in $b) {...}", inTok.start, inTok.end, incomplete: inTok.isEOF)
            let end = lastEnd
            recoverToStatementEnd()
            return loopErrorStatement(t.start, end: end, nested: [variable])
        }
        advance(inTok)
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
        advance(peek(.command))
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
