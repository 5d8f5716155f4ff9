// Type literals, attributes and parameter declarations.

extension ScriptParser {
    // MARK: param blocks

    /// Attributes (`[CmdletBinding()]` ...) followed by the `param` keyword and `(`.
    func looksLikeParamBlock() -> Bool {
        quiet += 1
        defer { quiet -= 1 }
        var p = pos
        while true {
            let t = scan(at: p, mode: .expression)
            switch t.kind {
            case .newline:
                p = t.end
            case .lbracket:
                guard let e = skipBrackets(t.start) else { return false }
                p = e
            case .word(let w) where w.lowercased() == "param":
                var q = t.end
                while true {
                    let u = scan(at: q, mode: .expression)
                    if u.isNewline { q = u.end; continue }
                    if case .lparen = u.kind { return true }
                    return false
                }
            default:
                return false
            }
        }
    }

    /// `enum` or `class` when attributes at the current position are followed by that keyword.
    func attributedTypeDefinitionKeyword() -> String? {
        quiet += 1
        defer { quiet -= 1 }
        var p = pos
        while true {
            let t = scan(at: p, mode: .expression)
            switch t.kind {
            case .newline:
                p = t.end
            case .lbracket:
                guard let e = skipBrackets(t.start) else { return nil }
                p = e
            case .word(let w) where ["enum", "class"].contains(w.lowercased()) && p > pos:
                let after = ch(t.end)
                return isWhitespaceChar(after) || isNewlineChar(after) ? w.lowercased() : nil
            default:
                return nil
            }
        }
    }

    /// From a `[`: the index after its matching `]` (strings inside are skipped), or nil.
    private func skipBrackets(_ start: Int) -> Int? {
        var level = 0
        var p = start
        while p < n {
            let x = c[p]
            if x == 0x5B { level += 1 } else if x == 0x5D {
                level -= 1
                if level == 0 { return p + 1 }
            } else if isSingleQuote(x) {
                p = scanSingleQuotedBody(p + 1).1
                continue
            } else if isDoubleQuote(x) {
                p = scanExpandableBody(p + 1, terminator: .doubleQuote).1
                continue
            }
            p += 1
        }
        return nil
    }

    /// attributes 'param' '(' parameter-list ')'
    func parseParamBlock() -> ParamBlockAst {
        let start = nextSignificant()
        var attributes: [AttributeAst] = []
        while true {
            skipNewlines()
            let t = peek()
            guard case .lbracket = t.kind else { break }
            guard let b = parseBracketed() else { break }
            switch b {
            case .attribute(let a): attributes.append(a)
            case .typeConstraint(let tc):
                error("TypeNotAllowedBeforeParam", "Unexpected type [\(tc.typeName.fullName)] was found in the parameter statement.", tc.extent.startOffset, tc.extent.endOffset)
            }
        }
        skipNewlines()
        let kw = peek(.command)
        advanceKeyword(kw)
        skipNewlines()
        let open = peek()
        var parameters: [ParameterAst] = []
        if case .lparen = open.kind {
            advance(open)
            parameterListErrorEnd = nil
            parameters = parseParameterList()
            let close = peek()
            if case .rparen = close.kind { advance(close) } else if parameterListErrorEnd == nil {
                error("MissingEndParenthesisInFunctionParameterList", "Missing ')' in function parameter list.", close.start, close.end, incomplete: close.isEOF)
            }
        }
        return ParamBlockAst(extent: extent(start, lastEnd), attributes: attributes, parameters: parameters)
    }

    /// parameter (',' parameter)* — stops before `)`.
    func parseParameterList() -> [ParameterAst] {
        var parameters: [ParameterAst] = []
        var seen = Set<String>()
        var comma: Tok?
        while true {
            guard let p = parseParameter() else {
                if let comma { reportAfter(comma.end, "MissingExpressionAfterToken", "Missing expression after ','.") }
                break
            }
            let name = p.name.variablePath.userPath
            if !seen.insert(name.lowercased()).inserted {
                error("DuplicateFormalParameter", "Duplicate parameter $\(name) in parameter list.", p.name.extent.startOffset, p.name.extent.endOffset)
            }
            parameters.append(p)
            skipNewlines()
            let sep = peek()
            guard case .comma = sep.kind else { break }
            advance(sep)
            comma = sep
        }
        skipNewlines()
        let close = peek()
        if case .rparen = close.kind { return parameters }
        error("MissingEndParenthesisInFunctionParameterList", "Missing ')' in function parameter list.", close.start, close.end, incomplete: close.isEOF)
        parameterListErrorEnd = lastEnd
        recoverToCloserOfList()
        return parameters
    }

    /// One parameter: attributes, a variable (`@name` is reported), an optional `= default`.
    /// nil, with nothing reported, when neither attribute nor variable starts here.
    private func parseParameter() -> ParameterAst? {
        skipNewlines()
        let start = peek()
        var attributes: [AttributeBaseAst] = []
        while case .lbracket = peek().kind {
            guard let b = parseBracketed() else { break }
            attributes.append(b)
            skipNewlines()
        }
        let v = peek()
        let path: VariablePath
        switch v.kind {
        case .variable(let p): path = p
        case .splat(let p):
            path = p
            error("SplattingNotPermitted", splattingMessage(p), v.start, v.end)
        default:
            guard let last = attributes.last else { return nil }
            reportAfter(last.extent.endOffset, "InvalidFunctionParameter", "Parameter declarations are a comma-separated list of variable names with optional initializer expressions.")
            parameterListErrorEnd = lastEnd
            recoverToCloserOfList()
            return nil
        }
        advance(v)
        var defaultValue: ExpressionAst?
        skipNewlines()
        let eq = peek()
        if case .op(.assign(.assign)) = eq.kind {
            advance(eq)
            skipNewlines()
            defaultValue = parseExpression(allowComma: false)
            if defaultValue == nil {
                reportAfter(eq.end, "MissingExpressionAfterToken", "Missing expression after '='.")
            }
        }
        let name = VariableExpressionAst(extent: extent(v.start, v.end), variablePath: path, splatted: false)
        return ParameterAst(extent: extent(start.start, lastEnd), name: name, attributes: attributes, defaultValue: defaultValue)
    }

    func splattingMessage(_ p: VariablePath) -> String {
        "The splatting operator '@' cannot be used to reference variables in an expression. '@\(p.userPath)' can be used only as an argument to a command. To reference variables in an expression use '$\(p.userPath)'."
    }

    /// Skips to (not past) the `)` that closes a parameter list.
    private func recoverToCloserOfList() {
        var level = 0
        while true {
            let t = peek(.command)
            switch t.kind {
            case .eof: return
            case .lparen, .atParen, .dollarParen, .lcurly, .atCurly: level += 1
            case .rparen, .rcurly:
                if level == 0 { return }
                level -= 1
            default: break
            }
            advance(t)
        }
    }

    // MARK: type literals and attributes

    /// `[type]` read as a type constraint (catch and trap types).
    func parseTypeConstraintLiteral() -> TypeConstraintAst? {
        guard let b = parseBracketed() else { return nil }
        switch b {
        case .typeConstraint(let t): return t
        case .attribute(let a):
            error("UnexpectedAttribute", "Unexpected attribute '\(a.typeName.fullName)'.", a.extent.startOffset, a.extent.endOffset)
            return TypeConstraintAst(extent: a.extent, typeName: a.typeName)
        }
    }

    /// `[TypeName]` or `[Attribute(args)]` at the current `[`.
    func parseBracketed() -> AttributeBaseAst? {
        let open = peek()
        guard case .lbracket = open.kind else { return nil }
        advance(open)
        skipSpaces()
        guard let typeName = parseTypeName() else {
            // reported where the name should be; the `[` is left for the caller to report
            error("MissingTypename", "Missing type name after '['.", pos, min(n, pos + 1), incomplete: pos >= n)
            pos = open.start
            lastEnd = open.start
            return nil
        }
        skipSpaces()
        if pos < n && c[pos] == 0x28 {
            let paren = peek()
            advance(paren)
            let (positional, named) = parseAttributeArguments(paren)
            skipSpaces()
            if pos < n && c[pos] == 0x5D {
                recordToken(.punctuation, pos, pos + 1, value: "]")
                pos += 1
                lastEnd = pos
            } else {
                error("EndSquareBracketExpectedAtEndOfAttribute", "Missing ] at end of attribute or type literal.", open.start, open.end, incomplete: pos >= n)
            }
            return .attribute(AttributeAst(extent: extent(open.start, lastEnd), typeName: typeName, positionalArguments: positional, namedArguments: named))
        }
        skipAssemblyName()
        if pos < n && c[pos] == 0x5D {
            recordToken(.punctuation, pos, pos + 1, value: "]")
            pos += 1
            lastEnd = pos
        } else if tooManyDimensions {
            tooManyDimensions = false
            error("EndSquareBracketExpectedAtEndOfAttribute", "Missing ] at end of attribute or type literal.", pos, pos, incomplete: isAtEndOfScript(pos))
        } else {
            error("EndSquareBracketExpectedAtEndOfType", "Missing ] at end of type token.", open.start, open.end, incomplete: pos >= n)
            skipPastBracket()
        }
        return .typeConstraint(TypeConstraintAst(extent: extent(open.start, lastEnd), typeName: typeName))
    }

    /// An assembly-qualified name (`[List[string], System.Private.CoreLib]`,
    /// `[[string, mscorlib, Version=4.0.0.0]]`): the assembly part, from the comma to the closing
    /// bracket, is read and dropped — LicenseLab finds its types by name.
    private func skipAssemblyName() {
        guard pos < n, c[pos] == 0x2C else { return }
        var q = pos + 1
        while q < n && isWhitespaceChar(c[q]) { q += 1 }
        guard q < n, isIdentifierChar(c[q]) else { return }
        while pos < n && c[pos] != 0x5D && !isNewlineChar(c[pos]) { pos += 1 }
        lastEnd = pos
    }

    func skipSpaces() {
        while pos < n && isWhitespaceChar(c[pos]) { pos += 1 }
    }

    private func skipPastBracket() {
        while pos < n && c[pos] != 0x5D && !isNewlineChar(c[pos]) { pos += 1 }
        if pos < n && c[pos] == 0x5D { pos += 1 }
        lastEnd = pos
    }

    /// type-name: name ('[' (type-args | ','* ) ']')*
    func parseTypeName() -> TypeName? {
        guard enter(at: pos) else { return nil }
        defer { leave() }
        let s = pos
        // a type name starts with a letter or `_` (`[1]` names no type)
        guard pos < n, !isDigit(c[pos]) else { return nil }
        while pos < n {
            let x = c[pos]
            if isIdentifierChar(x) || x == 0x2E || x == 0x2B || x == 0x60 || x == 0x23 { pos += 1 } else { break }
        }
        guard pos > s else { return nil }
        recordToken(.typeName, s, pos, value: text(s, pos))
        lastEnd = pos
        var name = TypeName.simple(text(s, pos))
        while pos < n && c[pos] == 0x5B {
            // Array rank `[]`, `[,]`, or generic arguments `[string,int]` / `[[string],[int]]`.
            var q = pos + 1
            while q < n && isWhitespaceChar(c[q]) { q += 1 }
            if ch(q) == 0x5D || ch(q) == 0x2C {
                var rank = 1
                let firstComma = q
                var lastComma = q
                while ch(q) == 0x2C || isWhitespaceChar(ch(q)) { if ch(q) == 0x2C { rank += 1; lastComma = q }; q += 1 }
                if rank > 32 {
                    // .NET arrays have at most 32 dimensions: reported over the commas, the `]`
                    // after them (if any) taken, and the type read without the rank
                    error("ArrayHasTooManyDimensions", "The array has too many dimensions: \(rank). The number of dimensions for an array must be less than or equal to 32.", firstComma, lastComma + 1)
                    pos = ch(q) == 0x5D ? q + 1 : q
                    lastEnd = pos
                    tooManyDimensions = true
                    break
                }
                guard ch(q) == 0x5D else { break }
                pos = q + 1
                lastEnd = pos
                name = .array(name, rank: rank)
                continue
            }
            pos += 1
            var args: [TypeName] = []
            while true {
                skipSpaces()
                var arg: TypeName?
                if pos < n && c[pos] == 0x5B {
                    pos += 1
                    skipSpaces()
                    arg = parseTypeName()
                    skipSpaces()
                    skipAssemblyName()
                    if pos < n && c[pos] == 0x5D { pos += 1 }
                } else {
                    arg = parseTypeName()
                }
                guard let a = arg else {
                    error("MissingTypename", "Missing type name after '['.", pos, pos + 1, incomplete: pos >= n)
                    return name
                }
                args.append(a)
                skipSpaces()
                if pos < n && c[pos] == 0x2C { pos += 1; continue }
                if pos < n && c[pos] == 0x5D { pos += 1; break }
                error("EndSquareBracketExpectedAtEndOfType", "Missing ] at end of type token.", s, pos, incomplete: pos >= n)
                return name
            }
            lastEnd = pos
            name = .generic(name, args)
        }
        return name
    }

    /// Arguments of an attribute; the `(` is consumed, the `)` is consumed.
    private func parseAttributeArguments(_ open: Tok) -> ([ExpressionAst], [NamedAttributeArgumentAst]) {
        var positional: [ExpressionAst] = []
        var named: [NamedAttributeArgumentAst] = []
        skipNewlines()
        if case .rparen = peek().kind { advance(peek()); return (positional, named) }
        while true {
            skipNewlines()
            let p = nextSignificant()
            var handled = false
            if p < n && (isLetter(c[p]) || c[p] == 0x5F) {
                var e = p
                while e < n && isIdentifierChar(c[e]) { e += 1 }
                var q = e
                while q < n && isWhitespaceChar(c[q]) { q += 1 }
                let name = text(p, e)
                if ch(q) == 0x3D {
                    recordToken(.identifier, p, e, value: name)
                    pos = q + 1
                    lastEnd = pos
                    skipNewlines()
                    let value = parseExpression(allowComma: false)
                    if value == nil {
                        let m = peek()
                        error("MissingExpressionInNamedArgument", "Missing statement after '=' in named argument.", m.start, m.end, incomplete: m.isEOF)
                    }
                    named.append(NamedAttributeArgumentAst(extent: extent(p, lastEnd), argumentName: name,
                                                           argument: value ?? .error(ErrorExpressionAst(extent: extent(lastEnd, lastEnd))), expressionOmitted: false))
                    handled = true
                } else if ch(q) == 0x2C || ch(q) == 0x29 || isNewlineChar(ch(q)) {
                    recordToken(.identifier, p, e, value: name)
                    pos = e
                    lastEnd = e
                    let trueValue = ExpressionAst.variable(VariableExpressionAst(extent: extent(p, e), variablePath: VariablePath(userPath: "true", scope: .none, name: "true"), splatted: false))
                    named.append(NamedAttributeArgumentAst(extent: extent(p, e), argumentName: name, argument: trueValue, expressionOmitted: true))
                    handled = true
                }
            }
            if !handled {
                guard let value = parseExpression(allowComma: false) else {
                    let m = peek()
                    error("MissingEndParenthesisInExpression", "Missing closing ')' in expression.", open.start, open.end, incomplete: m.isEOF)
                    recoverToCloserOfList()
                    if case .rparen = peek().kind { advance(peek()) }
                    return (positional, named)
                }
                positional.append(value)
            }
            skipNewlines()
            let t = peek()
            if case .comma = t.kind { advance(t); continue }
            if case .rparen = t.kind { advance(t); return (positional, named) }
            error("MissingEndParenthesisInExpression", "Missing closing ')' in expression.", open.start, open.end, incomplete: t.isEOF)
            return (positional, named)
        }
    }
}
