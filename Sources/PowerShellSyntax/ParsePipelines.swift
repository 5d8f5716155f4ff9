// Pipelines, pipeline chains, commands and their arguments (argument mode).

extension ScriptParser {
    /// pipeline-chain: pipeline (('&&' | '||') newlines? pipeline)* '&'?
    /// What an assignment can write to: a variable, a property or an element (not through `?.`
    /// or `?[`), one under a type constraint or attribute, or with `=` a list of those.
    func isAssignable(_ e: ExpressionAst, simple: Bool) -> Bool {
        switch e {
        case .variable(let v): return !v.splatted
        case .member(let m): return !m.nullConditional
        case .index(let i): return !i.nullConditional
        case .convert(let c): return isAssignable(c.child, simple: simple)
        case .attributed(let a): return isAssignable(a.child, simple: simple)
        case .arrayLiteral(let a): return simple && a.elements.allSatisfy { isAssignable($0, simple: simple) }
        case .paren(let p): return p.pipeline.pureExpression.map { isAssignable($0, simple: simple) } ?? false
        default: return false
        }
    }

    func parsePipelineChain() -> StatementAst? {
        let start = nextSignificant()
        guard var left = parsePipeline() else { return nil }
        if case .assignment = left { return left }
        while true {
            let t = peek()
            let op: PipelineChainOperator
            if case .ampAmp = t.kind { op = .and } else if case .pipePipe = t.kind { op = .or } else { break }
            advance(t)
            skipNewlines()
            guard let right = parseChainOperand(t) else { break }
            left = .pipelineChain(PipelineChainAst(extent: extent(start, lastEnd), lhs: left, operator: op, rhs: right))
        }
        let b = peek()
        if case .amp = b.kind {
            advance(b)
            switch left {
            case .pipeline(let p):
                left = .pipeline(PipelineAst(extent: extent(start, lastEnd), pipelineElements: p.pipelineElements, background: true))
            case .pipelineChain(let c):
                left = .pipelineChain(PipelineChainAst(extent: extent(start, lastEnd), lhs: c.lhs, operator: c.operator, rhs: c.rhs, background: true))
            default: break
            }
        }
        return left
    }

    private func parseChainOperand(_ opTok: Tok) -> PipelineAst? {
        let p = peek()
        guard let right = parsePipeline(), case .pipeline(let rp) = right else {
            error("MissingExpressionAfterToken", "Missing expression after '\(text(opTok.start, opTok.end))'.", p.start, p.end, incomplete: p.isEOF)
            return nil
        }
        return rp
    }

    /// Whether a pipeline element starting at `p` is a command (argument mode) rather than an
    /// expression: bare words, `&`, dot-sourcing and paths are commands; values are expressions.
    func elementIsCommand(_ p: Int) -> Bool {
        guard p < n else { return false }
        let x = c[p]
        if x == 0x24 || x == 0x28 || x == 0x40 || x == 0x5B || x == 0x2C || x == 0x21 || x == 0x2B || x == 0x7B { return false }
        if isSingleQuote(x) || isDoubleQuote(x) || isDash(x) { return false }
        if x == 0x26 { return true }
        if x == 0x2E { return !isDigit(ch(p + 1)) }
        if isDigit(x) {
            quiet += 1
            defer { quiet -= 1 }
            guard let (_, e) = scanNumber(p) else { return true }
            return e < n && !endsGenericToken(c[e]) && !isOperatorStartAfterNumber(c[e], e)
        }
        return true
    }

    /// After a number at statement start, characters that continue an expression (`1+2`, `1..5`, `5*2`, `7%3`).
    private func isOperatorStartAfterNumber(_ x: UInt32, _ e: Int) -> Bool {
        switch x {
        case 0x2B, 0x2A, 0x2F, 0x25, 0x3D, 0x2E, 0x5B, 0x3E, 0x21: return true
        default: return isDash(x)
        }
    }

    /// pipeline: assignment | expression redirections? ('|' command)* | command ('|' command)*
    func parsePipeline() -> StatementAst? {
        let start = nextSignificant()
        guard start < n, !aborted else { return nil }
        var elements: [CommandBaseAst] = []
        if c[start] == 0x7C {
            // a pipe with nothing before it is reported at the pipe; what follows it is parsed
            let t = peek()
            error("EmptyPipeElement", "An empty pipe element is not allowed.", t.start, t.end, incomplete: isAtEndOfScript(t.end))
        } else if elementIsCommand(start) {
            guard let cmd = parseCommand() else { return nil }
            elements.append(.command(cmd))
        } else {
            guard let expr = parseExpression() else { return nil }
            let t = peek()
            if case .op(.assign(let op)) = t.kind {
                if !isAssignable(expr, simple: op == .assign) {
                    error("InvalidLeftHandSide", "The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.",
                          expr.extent.startOffset, expr.extent.endOffset)
                }
                advance(t)
                skipNewlines()
                let rhsTok = peek()
                guard let rhs = parseStatement() else {
                    error("ExpectedValueExpression", "You must provide a value expression following the '\(op.rawValue)' operator.", rhsTok.start, rhsTok.end, incomplete: rhsTok.isEOF)
                    let err = StatementAst.error(ErrorStatementAst(extent: extent(rhsTok.start, rhsTok.start)))
                    return .assignment(AssignmentStatementAst(extent: extent(start, lastEnd), left: expr, operator: op, right: err, operatorExtent: extent(t.start, t.end)))
                }
                return .assignment(AssignmentStatementAst(extent: extent(start, lastEnd), left: expr, operator: op, right: rhs, operatorExtent: extent(t.start, t.end)))
            }
            let redirections = parseRedirections()
            elements.append(.expression(CommandExpressionAst(extent: extent(expr.extent.startOffset, lastEnd), expression: expr, redirections: redirections)))
        }
        // each stage passes every object on to the next by a nested call, so stages count toward
        // the tree-depth budget like chain links (two each: a stage's call is deeper than an operator's)
        var links = 0
        defer { leaveLinks(links) }
        while true {
            var t = peek()
            if t.isNewline {
                // PowerShell 7: the next line starting with `|` continues the pipeline
                guard isPipeContinuation(after: t.end) else { break }
                skipNewlines()
                t = peek()
            }
            guard case .pipe = t.kind else { break }
            guard enterLink(at: t.start) else { break }
            links += 1
            guard enterLink(at: t.start) else { break }
            links += 1
            advance(t)
            skipNewlines()
            let p = nextSignificant()
            let next = peek(.command)
            switch next.kind {
            case .eof, .pipe, .rparen, .rcurly, .semicolon, .ampAmp, .pipePipe, .newline:
                // reported just after the pipe; another pipe carries on
                reportAfter(t.end, "EmptyPipeElement", "An empty pipe element is not allowed.")
                continue
            default: break
            }
            if elementIsCommand(p) {
                guard let cmd = parseCommand() else { break }
                elements.append(.command(cmd))
            } else {
                error("ExpressionsMustBeFirstInPipeline", "Expressions are only allowed as the first element of a pipeline.", next.start, next.end)
                guard let expr = parseExpression() else { break }
                elements.append(.expression(CommandExpressionAst(extent: expr.extent, expression: expr, redirections: parseRedirections())))
            }
        }
        guard let first = elements.first else { return nil }
        return .pipeline(PipelineAst(extent: extent(first.node.extent.startOffset, lastEnd), pipelineElements: elements))
    }

    /// Whether the line after the newline ending at `offset` starts with `|` (comment lines may
    /// come between; a blank or whitespace-only line ends the pipeline), as pwsh decides.
    func isPipeContinuation(after offset: Int) -> Bool {
        var i = offset
        var lineIsBlank = true
        while i < n {
            let x = c[i]
            if isNewlineChar(x) {
                if lineIsBlank { return false }
                lineIsBlank = true
                i += (x == 0x0D && ch(i + 1) == 0x0A) ? 2 : 1
            } else if isWhitespaceChar(x) {
                i += 1
            } else if x == 0x23 /* # */ {
                lineIsBlank = false
                while i < n && !isNewlineChar(c[i]) { i += 1 }
            } else if x == 0x3C && ch(i + 1) == 0x23 /* <# */ {
                lineIsBlank = false
                i += 2
                while i < n && !(c[i] == 0x23 && ch(i + 1) == 0x3E) { i += 1 }
                i = min(n, i + 2)
            } else {
                return x == 0x7C
            }
        }
        return false
    }

    /// Redirections after an expression element (`$x > $null`, `... 2>&1`).
    func parseRedirections() -> [RedirectionAst] {
        var out: [RedirectionAst] = []
        while true {
            let t = peek()
            guard case .redirect = t.kind, let r = parseRedirection(t) else { return out }
            out.append(r)
        }
    }

    /// One redirection whose operator token is `t` (not yet consumed).
    func parseRedirection(_ t: Tok) -> RedirectionAst? {
        guard case .redirect(let from, let to, let append) = t.kind else { return nil }
        advance(t)
        if let to {
            return .merging(MergingRedirectionAst(extent: extent(t.start, t.end), fromStream: from, toStream: to))
        }
        guard let target = parseCommandArgument() else {
            let m = peek()
            error("MissingFileSpecification", "Missing file specification after redirection operator.", t.start, t.end, incomplete: m.isEOF)
            return nil
        }
        return .file(FileRedirectionAst(extent: extent(t.start, lastEnd), fromStream: from, location: target, append: append))
    }

    // MARK: commands

    /// command: ('&' | '.')? command-name command-element*
    func parseCommand() -> CommandAst? {
        let start = nextSignificant()
        var elements: [CommandElementAst] = []
        var redirections: [RedirectionAst] = []
        var invocation = InvocationOperator.none
        let x = ch(start)
        if x == 0x2E {
            let next = ch(start + 1)
            if !(isIdentifierChar(next) || next == 0x2F || next == 0x5C || next == 0x2E) {
                // `. script.ps1`, `. $sb`, `. { }`: dot-sourcing.
                invocation = .dot
                recordToken(.operator, start, start + 1, value: ".")
                pos = start + 1
                lastEnd = pos
            }
        } else if x == 0x26 {
            let t = peek(.command)
            advance(t)
            invocation = .ampersand
        }
        if invocation != .none {
            let m = peek(.command)
            let index = tokens.count
            defer { if case .word = m.kind { retag(index, start: m.start, traits: .commandName) } }
            guard let name = parseCommandArgument() else {
                // at the operator itself, as pwsh reports it
                error("MissingExpression", "Missing expression after '\(invocation.rawValue)' in pipeline element.", start, start + 1)
                return CommandAst(extent: extent(start, lastEnd), commandElements: [], invocationOperator: invocation, redirections: [])
            }
            elements.append(.expression(name))
        } else {
            let t = peek(.command)
            switch t.kind {
            case .word(let w):
                let index = tokens.count
                advance(t)
                retag(index, start: t.start, traits: .commandName)
                elements.append(.expression(.stringConstant(StringConstantExpressionAst(extent: extent(t.start, t.end), value: w, stringConstantType: .bareWord))))
            case .redirect:
                break
            default:
                guard let name = parseCommandArgument() else {
                    unexpected(t)
                    return nil
                }
                elements.append(.expression(name))
            }
        }
        var endOfParameters = false
        argumentLoop: while true {
            let t = peek(.command)
            switch t.kind {
            case .newline, .semicolon, .rparen, .rcurly, .pipe, .pipePipe, .ampAmp, .eof, .amp:
                break argumentLoop
            case .parameter(let name, let colon):
                advance(t)
                if endOfParameters {
                    elements.append(.expression(.stringConstant(StringConstantExpressionAst(extent: extent(t.start, t.end), value: text(t.start, t.end), stringConstantType: .bareWord))))
                    continue
                }
                var argument: ExpressionAst?
                // `-a: ,`: the comma is reported by the element loop, not here
                if colon, !isComma(peek(.command)) {
                    argument = parseCommandArgumentList()
                    if argument == nil {
                        // reported just after the parameter, never as incomplete input
                        error("ParameterRequiresArgument", "Parameter \(text(t.start, t.end)) requires an argument.", t.end, t.end)
                    }
                }
                let param = CommandParameterAst(extent: extent(t.start, argument == nil ? t.end : lastEnd), parameterName: name,
                                                argument: argument, errorPosition: extent(t.start, t.end))
                elements.append(.parameter(param))
            case .endOfParameters:
                advance(t)
                endOfParameters = true
                // Kept as the bare word `--` so the binder can apply "end of parameters".
                elements.append(.expression(.stringConstant(StringConstantExpressionAst(extent: extent(t.start, t.end), value: "--", stringConstantType: .bareWord))))
            case .stopParsing(let rest):
                advance(t)
                elements.append(.expression(.stringConstant(StringConstantExpressionAst(extent: extent(t.start, t.end), value: rest, stringConstantType: .verbatimArgument))))
            case .redirect:
                if let r = parseRedirection(t) { redirections.append(r) }
            case .comma:
                // a comma with no argument before it
                advance(t)
                error("MissingArgument", "Missing argument in parameter list.", t.start, t.end)
            default:
                if let arg = parseCommandArgumentList() {
                    elements.append(.expression(arg))
                } else {
                    unexpected(t)
                    advance(t)
                }
            }
        }
        return CommandAst(extent: extent(start, lastEnd), commandElements: elements, invocationOperator: invocation, redirections: redirections)
    }

    private func isComma(_ t: Tok) -> Bool { if case .comma = t.kind { return true } else { return false } }

    /// Arguments separated by commas form one array argument (`-AddLicenses a, b`).
    func parseCommandArgumentList() -> ExpressionAst? {
        guard let first = parseCommandArgument() else { return nil }
        var items = [first]
        while true {
            let t = peek(.command)
            guard case .comma = t.kind else { break }
            advance(t)
            skipNewlines()
            guard let next = parseCommandArgument() else {
                reportAfter(t.end, "MissingExpression", "Missing expression after ',' in pipeline element.")
                break
            }
            items.append(next)
        }
        if items.count == 1 { return first }
        return .arrayLiteral(ArrayLiteralAst(extent: extent(first.extent.startOffset, lastEnd), elements: items))
    }

    /// One argument in argument mode: a bare word (string), number, string, variable with
    /// adjacent member access/indexing, `(...)`, `$(...)`, `@(...)`, `@{...}`, `{...}`, `@splat`.
    func parseCommandArgument() -> ExpressionAst? {
        let t = peek(.command)
        switch t.kind {
        case .word(let w):
            advance(t)
            return .stringConstant(StringConstantExpressionAst(extent: extent(t.start, t.end), value: w, stringConstantType: .bareWord))
        case .expandableWord(let parts, let raw):
            advance(t)
            return .expandableString(ExpandableStringExpressionAst(extent: extent(t.start, t.end), value: text(raw.lowerBound, raw.upperBound), stringConstantType: .bareWord, parts: convertParts(parts)))
        case .number(let v):
            advance(t)
            return .constant(ConstantExpressionAst(extent: extent(t.start, t.end), value: v))
        case .string, .expandable:
            guard let e = parsePrimary() else { return nil }
            return parsePostfix(e, commandMode: true)
        case .variable(let path):
            advance(t)
            let v = ExpressionAst.variable(VariableExpressionAst(extent: extent(t.start, t.end), variablePath: path, splatted: false))
            return parsePostfix(v, commandMode: true)
        case .splat(let path):
            advance(t)
            return .variable(VariableExpressionAst(extent: extent(t.start, t.end), variablePath: path, splatted: true))
        case .lparen, .dollarParen, .atParen, .atCurly, .lcurly:
            guard let e = parsePrimary() else { return nil }
            return parsePostfix(e, commandMode: true)
        default:
            return nil
        }
    }

    /// Turns scanned string pieces into AST parts, parsing each `$( ... )` in place.
    func convertParts(_ raw: [RawStringPart]) -> [ExpandableStringPart] {
        var out: [ExpandableStringPart] = []
        for part in raw {
            switch part {
            case .literal(let s):
                out.append(.literal(s))
            case .variable(let path, let s, let e):
                out.append(.expression(.variable(VariableExpressionAst(extent: extent(s, e), variablePath: path, splatted: false))))
            case .subExpression(let s, let e):
                out.append(.expression(parseNestedSubExpression(s, e)))
            }
        }
        return out
    }

    /// Parses `$( ... )` found inside a string, at its own position in the source.
    private func parseNestedSubExpression(_ s: Int, _ e: Int) -> ExpressionAst {
        let savedPos = pos, savedLast = lastEnd, savedCache = cache, savedLimit = limit
        defer { pos = savedPos; lastEnd = savedLast; cache = savedCache; limit = savedLimit }
        pos = s
        cache = nil
        limit = min(limit, e)
        let open = peek()
        guard case .dollarParen = open.kind else {
            return .error(ErrorExpressionAst(extent: extent(s, e)))
        }
        advance(open)
        let statements = parseStatementList(closers: true)
        let close = peek()
        if case .rparen = close.kind {
            advance(close)
        } else {
            error("MissingEndParenthesisInSubexpression", "Missing closing ')' in subexpression.", open.start, open.end, incomplete: close.isEOF)
        }
        let block = StatementBlockAst(extent: extent(s, max(s, lastEnd)), statements: statements)
        return .subExpression(SubExpressionAst(extent: extent(s, max(s, lastEnd)), subExpression: block))
    }
}
