// Expressions (language spec §7) with PowerShell's precedence, lowest first:
// ternary `? :`; -and -or -xor; -band -bor -bxor; comparison (-eq ... -is -as -join -split
// -replace -shl -shr); `??`; + -; * / %; -f; `..`; then the comma (array) operator, unary
// operators and casts, and postfix member access, invocation and indexing.

extension ScriptParser {
    /// expression: ternary. With `allowComma: false` a top-level `,` ends the expression
    /// (method and attribute arguments).
    func parseExpression(allowComma: Bool = true) -> ExpressionAst? {
        guard let cond = parseBinary(minPrecedence: 1, allowComma: allowComma) else { return nil }
        let q = peek()
        guard case .question = q.kind else { return cond }
        guard enter(at: q.start) else { return cond }
        defer { leave() }
        advance(q)
        skipNewlines()
        // a missing operand is reported just after its operator and stands as an error expression
        let ifTrue: ExpressionAst
        if let e = parseExpression(allowComma: allowComma) {
            ifTrue = e
        } else {
            reportAfter(q.end, "ExpectedValueExpression", "You must provide a value expression following the '?' operator.")
            ifTrue = .error(ErrorExpressionAst(extent: extent(q.end, q.end)))
        }
        let trueEnd = lastEnd
        skipNewlines()
        let colon = peek()
        guard case .colon = colon.kind else {
            // without its `:` the whole is an error expression keeping what parsed
            var nested: [any Ast] = [cond.node]
            if case .error = ifTrue {} else {
                nested.append(ifTrue.node)
                error("MissingColonInTernaryExpression", "Missing ':' in ternary expression.", colon.start, colon.end, incomplete: isAtEndOfScript(colon.start))
            }
            return .error(ErrorExpressionAst(extent: extent(cond.extent.startOffset, max(cond.extent.endOffset, trueEnd)), nestedAst: nested))
        }
        advance(colon)
        skipNewlines()
        let ifFalse: ExpressionAst
        if let e = parseExpression(allowComma: allowComma) {
            ifFalse = e
        } else {
            reportAfter(colon.end, "ExpectedValueExpression", "You must provide a value expression following the ':' operator.")
            ifFalse = .error(ErrorExpressionAst(extent: extent(colon.end, colon.end)))
        }
        return .ternary(TernaryExpressionAst(extent: extent(cond.extent.startOffset, ifFalse.extent.endOffset), condition: cond, ifTrue: ifTrue, ifFalse: ifFalse))
    }

    static func precedence(_ op: BinaryOperator) -> Int {
        switch op {
        case .and, .or, .xor: return 1
        case .band, .bor, .bxor: return 2
        case .comparison, .is, .isNot, .as, .join, .shl, .shr: return 5
        case .nullCoalesce: return 7
        case .add, .subtract: return 9
        case .multiply, .divide, .remainder: return 10
        case .format: return 12
        case .range: return 13
        }
    }

    /// Binary operators by precedence climbing; operands are array literals (`1,2 -join ','`).
    func parseBinary(minPrecedence: Int, allowComma: Bool) -> ExpressionAst? {
        let (first, height) = measured { parseArrayLiteral(allowComma: allowComma) }
        guard var left = first else { return nil }
        var links = 0
        defer { leaveLinks(links) }
        if case .op(.binary) = peek().kind { links = startChain(height: height, at: left.extent.startOffset) }
        while true {
            let t = peek()
            guard case .op(.binary(let op)) = t.kind else { break }
            let prec = ScriptParser.precedence(op)
            if prec < minPrecedence { break }
            guard enterLink(at: t.start) else { break }
            links += 1
            advance(t)
            skipNewlines()
            guard let right = parseBinary(minPrecedence: prec + 1, allowComma: allowComma) else {
                let m = peek()
                error("ExpectedValueExpression", "You must provide a value expression following the '\(text(t.start, t.end))' operator.", m.start, m.end, incomplete: m.isEOF)
                return .binary(BinaryExpressionAst(extent: extent(left.extent.startOffset, lastEnd), left: left, operator: op, right: .error(ErrorExpressionAst(extent: extent(m.start, m.start))), operatorExtent: extent(t.start, t.end)))
            }
            left = .binary(BinaryExpressionAst(extent: extent(left.extent.startOffset, lastEnd), left: left, operator: op, right: right, operatorExtent: extent(t.start, t.end)))
        }
        return left
    }

    /// array-literal: unary (',' newlines? unary)*
    func parseArrayLiteral(allowComma: Bool) -> ExpressionAst? {
        guard let first = parseUnary() else { return nil }
        guard allowComma, case .comma = peek().kind else { return first }
        var items = [first]
        while case .comma = peek().kind {
            let comma = peek()
            advance(comma)
            skipNewlines()
            guard let next = parseUnary() else {
                let m = peek()
                error("MissingExpressionAfterToken", "Missing expression after ','.", comma.start, comma.end, incomplete: m.isEOF)
                break
            }
            items.append(next)
        }
        return .arrayLiteral(ArrayLiteralAst(extent: extent(first.extent.startOffset, lastEnd), elements: items))
    }

    /// unary: (',' | '-not' | '!' | '-bnot' | '+' | '-' | '++' | '--' | '-split' | '-join') unary
    ///      | '[' type ']' unary | postfix
    func parseUnary() -> ExpressionAst? {
        let t = peek()
        let op: UnaryOperator
        switch t.kind {
        case .comma: op = .comma
        case .op(.unary(let u)): op = u
        case .op(.binary(.add)): op = .plus
        case .op(.binary(.subtract)): op = .minus
        case .op(.binary(.comparison(.split, _))): op = .split
        case .op(.binary(.join)): op = .join
        case .op(.plusPlus): op = .preIncrement
        case .op(.minusMinus): op = .preDecrement
        case .lbracket:
            return parseTypePrefixed(t)
        default:
            let (parsed, height) = measured { parsePrimary() }
            guard let primary = parsed else { return nil }
            return parsePostfix(primary, commandMode: false, height: height)
        }
        guard enter(at: t.start) else { return nil }
        defer { leave() }
        advance(t)
        skipNewlines()
        guard let child = parseUnary() else {
            let m = peek()
            error("MissingExpressionAfterOperator", "Missing expression after unary operator '\(text(t.start, t.end))'.", m.start, m.end, incomplete: m.isEOF)
            return .unary(UnaryExpressionAst(extent: extent(t.start, lastEnd), operator: op, child: .error(ErrorExpressionAst(extent: extent(m.start, m.start)))))
        }
        // a sign written against a sized literal or a real is part of it, as pwsh's tokenizer
        // reads signed numbers in an operand (`1, -0x41y` holds an SByte, not the Int32 that
        // negating gives; `-0e2` is negative zero, not 0 - 0)
        if op == .minus || op == .plus, t.end == child.extent.startOffset, case .constant(let c) = child {
            switch c.value {
            case .sbyte, .int16, .bigInteger, .double:
                return .constant(ConstantExpressionAst(extent: extent(t.start, lastEnd), value: op == .minus ? negate(c.value) : c.value))
            case .byte, .uint16, .uint32, .uint64:
                if op == .plus { return .constant(ConstantExpressionAst(extent: extent(t.start, lastEnd), value: c.value)) }
            case .int64(Int64(Int32.max) + 1) where op == .minus && lower(c.extent.endOffset - 1) != 0x6C:
                // `-2147483648` is the Int32 minimum; `-2147483648L` stays an Int64
                return .constant(ConstantExpressionAst(extent: extent(t.start, lastEnd), value: .int32(Int32.min)))
            default: break
            }
        }
        return .unary(UnaryExpressionAst(extent: extent(t.start, lastEnd), operator: op, child: child))
    }

    /// Whether the next token can start a unary expression (so `[type]` before it is a cast).
    private func nextStartsOperand() -> Bool {
        let t = peek()
        switch t.kind {
        case .variable, .number, .string, .expandable, .lparen, .dollarParen, .atParen, .atCurly, .lcurly, .lbracket:
            return true
        case .op(.unary), .op(.binary(.add)), .op(.binary(.subtract)), .op(.plusPlus), .op(.minusMinus):
            return true
        case .op(.binary(.comparison(.split, _))), .op(.binary(.join)):
            return true
        default:
            return false
        }
    }

    /// `[type]operand` (convert), `[type]::member`, `[type]` alone, or `[Attribute()]operand`.
    private func parseTypePrefixed(_ open: Tok) -> ExpressionAst? {
        guard enter(at: open.start) else { return nil }
        defer { leave() }
        guard let bracketed = parseBracketed() else { return nil }
        switch bracketed {
        case .attribute(let attr):
            skipNewlines()
            guard let child = parseUnary() else {
                let m = peek()
                error("UnexpectedAttribute", "Unexpected attribute '\(attr.typeName.fullName)'.", attr.extent.startOffset, attr.extent.endOffset, incomplete: m.isEOF)
                return .error(ErrorExpressionAst(extent: attr.extent))
            }
            // an attribute only qualifies a variable (through any casts and attributes between)
            var inner = child
            while true {
                if case .convert(let c) = inner { inner = c.child; continue }
                if case .attributed(let a) = inner { inner = a.child; continue }
                break
            }
            if case .variable = inner {} else {
                error("UnexpectedAttribute", "Unexpected attribute '\(attr.typeName.fullName)'.", attr.extent.startOffset, attr.extent.endOffset)
            }
            return .attributed(AttributedExpressionAst(extent: extent(open.start, lastEnd), attribute: attr, child: child))
        case .typeConstraint(let type):
            if pos < n && c[pos] == 0x3A && ch(pos + 1) == 0x3A {
                let te = ExpressionAst.type(TypeExpressionAst(extent: type.extent, typeName: type.typeName))
                return parsePostfix(te, commandMode: false, indexFirst: false)
            }
            if nextStartsOperand(), let child = parseUnary() {
                return .convert(ConvertExpressionAst(extent: extent(open.start, lastEnd), type: type, child: child))
            }
            let te = ExpressionAst.type(TypeExpressionAst(extent: type.extent, typeName: type.typeName))
            return parsePostfix(te, commandMode: false, indexFirst: false)
        }
    }

    // MARK: primary

    /// primary: variable | number | string | '(' pipeline ')' | '$(' statements ')'
    ///        | '@(' statements ')' | '@{' hash entries '}' | '{' script block '}'
    func parsePrimary() -> ExpressionAst? {
        let t = peek()
        switch t.kind {
        case .variable(let path):
            advance(t)
            return .variable(VariableExpressionAst(extent: extent(t.start, t.end), variablePath: path, splatted: false))
        case .number(let v):
            advance(t)
            return .constant(ConstantExpressionAst(extent: extent(t.start, t.end), value: v))
        case .string(let s, let type):
            advance(t)
            return .stringConstant(StringConstantExpressionAst(extent: extent(t.start, t.end), value: s, stringConstantType: type))
        case .expandable(let parts, let raw, let type):
            advance(t)
            return .expandableString(ExpandableStringExpressionAst(extent: extent(t.start, t.end), value: text(raw.lowerBound, raw.upperBound), stringConstantType: type, parts: convertParts(parts)))
        case .lparen:
            advance(t)
            skipNewlines()
            let inner = parseStatement()
            skipNewlines()
            let close = peek()
            if case .rparen = close.kind {
                advance(close)
            } else if inner != nil || close.isEOF {
                error("MissingEndParenthesisInExpression", "Missing closing ')' in expression.", t.start, t.end, incomplete: close.isEOF)
            }
            guard let stmt = inner else {
                if case .rparen = close.kind {
                    error("ExpectedExpression", "An expression was expected after '('.", t.start, close.end)
                }
                return .error(ErrorExpressionAst(extent: extent(t.start, lastEnd)))
            }
            return .paren(ParenExpressionAst(extent: extent(t.start, lastEnd), pipeline: stmt))
        case .dollarParen, .atParen:
            advance(t)
            let statements = parseStatementList(closers: true)
            let close = peek()
            if case .rparen = close.kind {
                advance(close)
            } else {
                if case .dollarParen = t.kind {
                    error("MissingEndParenthesisInSubexpression", "Missing closing ')' in subexpression.", t.start, t.end, incomplete: close.isEOF)
                } else {
                    error("MissingEndParenthesisInExpression", "Missing closing ')' in expression.", t.start, t.end, incomplete: close.isEOF)
                }
            }
            let block = StatementBlockAst(extent: extent(t.start, lastEnd), statements: statements)
            if case .dollarParen = t.kind {
                return .subExpression(SubExpressionAst(extent: extent(t.start, lastEnd), subExpression: block))
            }
            return .arrayExpression(ArrayExpressionAst(extent: extent(t.start, lastEnd), subExpression: block))
        case .atCurly:
            return parseHashtable(t)
        case .lcurly:
            let sb = parseBracedScriptBlock(t)
            return .scriptBlock(ScriptBlockExpressionAst(extent: sb.extent, scriptBlock: sb))
        case .splat(let path):
            advance(t)
            error("SplattingNotPermitted", splattingMessage(path), t.start, t.end)
            return .variable(VariableExpressionAst(extent: extent(t.start, t.end), variablePath: path, splatted: true))
        default:
            return nil
        }
    }

    // MARK: postfix

    /// Member access `.Name` / `::Name` / `?.Name`, invocation `.Name(args)`, indexing `[i]` /
    /// `?[i]` and postfix `++`/`--`; each must directly follow its target (no whitespace).
    /// `height`: how tall `target` is, counted as links once the chain starts.
    /// Without `indexFirst` the first operator may not be `[` or `?[` (after a type literal, as
    /// in pwsh: `[datetime]?[0]` is a ternary).
    func parsePostfix(_ target: ExpressionAst, commandMode: Bool, height: Int = 0, indexFirst: Bool = true) -> ExpressionAst {
        var e = target
        var first = true
        var links = 0
        defer { leaveLinks(links) }
        var started = height == 0
        while pos < n {
            let x = c[pos]
            let next = ch(pos + 1)
            let isFirst = first
            first = false
            guard !aborted else { break }
            if !started, x == 0x2E || x == 0x3A || x == 0x3F || x == 0x5B || x == 0x2B || isDash(x) {
                started = true
                links = startChain(height: height, at: pos)
            }
            if x == 0x2E && next != 0x2E {
                if commandMode && !(isIdentifierChar(next) || next == 0x24 || next == 0x28 || isSingleQuote(next) || isDoubleQuote(next)) { break }
                guard enterLink(at: pos) else { break }
                links += 1
                e = parseMemberAccess(e, opStart: pos, opLength: 1, isStatic: false, nullConditional: false)
            } else if x == 0x3A && next == 0x3A {
                guard enterLink(at: pos) else { break }
                links += 1
                e = parseMemberAccess(e, opStart: pos, opLength: 2, isStatic: true, nullConditional: false)
            } else if x == 0x3F && next == 0x2E && !commandMode {
                guard enterLink(at: pos) else { break }
                links += 1
                e = parseMemberAccess(e, opStart: pos, opLength: 2, isStatic: false, nullConditional: true)
            } else if x == 0x5B || (x == 0x3F && next == 0x5B && !commandMode) {
                if isFirst && !indexFirst { break }
                guard enterLink(at: pos) else { break }
                links += 1
                let nullConditional = x == 0x3F
                let open = pos
                let openLength = nullConditional ? 2 : 1
                recordToken(.punctuation, open, open + openLength, value: "")
                pos = open + openLength
                lastEnd = pos
                guard enter(at: open) else { return e }
                defer { leave() }
                skipNewlines()
                let index = parseExpression()
                skipNewlines()
                let close = peek()
                if index == nil {
                    reportAfter(open + openLength, "MissingArrayIndexExpression", "Array index expression is missing or not valid.")
                }
                if case .rbracket = close.kind {
                    advance(close)
                } else if index != nil {
                    error("MissingEndSquareBracket", "Missing ']' after array index expression.", open, open + openLength, incomplete: close.isEOF)
                }
                e = .index(IndexExpressionAst(extent: extent(e.extent.startOffset, lastEnd), target: e,
                                              index: index ?? .error(ErrorExpressionAst(extent: extent(open, lastEnd))), nullConditional: nullConditional))
            } else if !commandMode && ((x == 0x2B && next == 0x2B) || (isDash(x) && isDash(next))) {
                guard enterLink(at: pos) else { break }
                links += 1
                recordToken(.operator, pos, pos + 2, value: "")
                pos += 2
                lastEnd = pos
                e = .unary(UnaryExpressionAst(extent: extent(e.extent.startOffset, lastEnd), operator: x == 0x2B ? .postIncrement : .postDecrement, child: e))
            } else {
                break
            }
        }
        return e
    }

    private func parseMemberAccess(_ target: ExpressionAst, opStart: Int, opLength: Int, isStatic: Bool, nullConditional: Bool) -> ExpressionAst {
        recordToken(.punctuation, opStart, opStart + opLength, value: "")
        pos = opStart + opLength
        lastEnd = pos
        // spaces and line breaks after the operator, as pwsh's parser skips them before a member
        // name (`$results. Count`, or a chain broken after each dot: `$x.Extent.\n    GetType()`)
        var afterSpaces = pos
        while afterSpaces < n && (isWhitespaceChar(c[afterSpaces]) || isNewlineChar(c[afterSpaces])) { afterSpaces += 1 }
        if afterSpaces > pos, afterSpaces < n, isIdentifierChar(c[afterSpaces]) || c[afterSpaces] == 0x24 || isSingleQuote(c[afterSpaces]) || isDoubleQuote(c[afterSpaces]) {
            pos = afterSpaces
        }
        guard let member = parseMemberName() else {
            reportAfter(opStart + opLength, "MissingPropertyName", "Missing property name after reference operator.")
            return .member(MemberExpressionAst(extent: extent(target.extent.startOffset, lastEnd), expression: target,
                                               member: .error(ErrorExpressionAst(extent: extent(pos, pos))), isStatic: isStatic, nullConditional: nullConditional))
        }
        if pos < n && c[pos] == 0x28 {
            let open = peek()
            advance(open)
            let args = parseInvocationArguments(open)
            return .invokeMember(InvokeMemberExpressionAst(extent: extent(target.extent.startOffset, lastEnd), expression: target, member: member,
                                                           arguments: args, isStatic: isStatic, nullConditional: nullConditional))
        }
        // `.Where{ ... }`, `.ForEach{ ... }`: a script block right after the name is the call's one argument
        if pos < n && c[pos] == 0x7B, let block = parsePrimary(), case .scriptBlock = block {
            return .invokeMember(InvokeMemberExpressionAst(extent: extent(target.extent.startOffset, lastEnd), expression: target, member: member,
                                                           arguments: [block], isStatic: isStatic, nullConditional: nullConditional))
        }
        return .member(MemberExpressionAst(extent: extent(target.extent.startOffset, lastEnd), expression: target, member: member,
                                           isStatic: isStatic, nullConditional: nullConditional))
    }

    /// A member name directly after `.`/`::`: an identifier, a quoted string, a variable or a
    /// parenthesised expression.
    private func parseMemberName() -> ExpressionAst? {
        guard pos < n else { return nil }
        let x = c[pos]
        if isIdentifierChar(x) {
            let s = pos
            var e = pos
            while e < n && isIdentifierChar(c[e]) { e += 1 }
            let name = text(s, e)
            recordToken(.identifier, s, e, value: name)
            pos = e
            lastEnd = e
            return .stringConstant(StringConstantExpressionAst(extent: extent(s, e), value: name, stringConstantType: .bareWord))
        }
        if isSingleQuote(x) || isDoubleQuote(x) || x == 0x24 || x == 0x28 {
            return parsePrimary()
        }
        return nil
    }

    /// `( arg, arg )` of a method call; the `(` is consumed.
    func parseInvocationArguments(_ open: Tok) -> [ExpressionAst] {
        var args: [ExpressionAst] = []
        skipNewlines()
        if case .rparen = peek().kind {
            advance(peek())
            return args
        }
        while true {
            skipNewlines()
            guard let arg = parseExpression(allowComma: false) else {
                let m = peek()
                error("MissingExpressionAfterToken", "Missing expression after ','.", m.start, m.end, incomplete: m.isEOF)
                recoverToCloser()
                return args
            }
            args.append(arg)
            skipNewlines()
            let t = peek()
            if case .comma = t.kind { advance(t); continue }
            if case .rparen = t.kind { advance(t); return args }
            error("MissingEndParenthesisInMethodCall", "Missing ')' in method call.", open.start, open.end, incomplete: t.isEOF)
            return args
        }
    }

    /// Skips to and consumes the `)` closing the current group (used after a bad argument).
    private func recoverToCloser() {
        var level = 0
        while true {
            let t = peek(.command)
            switch t.kind {
            case .eof: return
            case .newline where level == 0: return
            case .lparen, .atParen, .dollarParen: level += 1
            case .rparen:
                if level == 0 { advance(t); return }
                level -= 1
            case .rcurly where level == 0: return
            default: break
            }
            advance(t)
        }
    }

    // MARK: hashtable

    /// '@{' (key '=' statement (newline | ';'))* '}'
    private func parseHashtable(_ open: Tok) -> ExpressionAst {
        advance(open)
        var entries: [HashtableEntry] = []
        while true {
            skipSeparators()
            let t = peek()
            if case .rcurly = t.kind { advance(t); break }
            if t.isEOF {
                // reported just after the `@{`
                error("MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", open.end, open.end, incomplete: true)
                break
            }
            guard let key = parseHashKey() else {
                error("MissingKeyInHashLiteral", "Missing key before '=' in hash literal.", t.start, t.end)
                recoverToStatementEnd()
                if pos <= t.start { advance(t) }
                continue
            }
            let eq = peek()
            guard case .op(.assign(.assign)) = eq.kind else {
                error("MissingEqualsInHashLiteral", "Missing '=' operator after key in hash literal.", eq.start, eq.end, incomplete: eq.isEOF)
                recoverToStatementEnd()
                continue
            }
            advance(eq)
            skipNewlines()
            guard let value = parseStatement() else {
                let m = peek()
                error("MissingStatementInHashLiteral", "Missing statement after '=' in hash literal.", m.start, m.end, incomplete: m.isEOF)
                recoverToStatementEnd()
                continue
            }
            entries.append(HashtableEntry(key: key, value: value))
            let sep = peek()
            switch sep.kind {
            case .newline, .semicolon, .rcurly, .eof: break
            default:
                unexpected(sep)
                recoverToStatementEnd()
            }
        }
        return .hashtable(HashtableAst(extent: extent(open.start, lastEnd), keyValuePairs: entries))
    }

    /// A key: a bare word (`Name`, `a-b`), or a number, string, variable or `(expression)`.
    private func parseHashKey() -> ExpressionAst? {
        let p = nextSignificant()
        guard p < n else { return nil }
        let x = c[p]
        if isLetter(x) || x == 0x5F {
            var e = p
            while e < n {
                let y = c[e]
                if isWhitespaceChar(y) || isNewlineChar(y) || y == 0x3D || y == 0x3B || y == 0x7D || y == 0x28 || y == 0x29 || y == 0x2C || isSingleQuote(y) || isDoubleQuote(y) { break }
                e += 1
            }
            let name = text(p, e)
            recordToken(.identifier, p, e, value: name)
            pos = e
            lastEnd = e
            return .stringConstant(StringConstantExpressionAst(extent: extent(p, e), value: name, stringConstantType: .bareWord))
        }
        return parseUnary()
    }
}
