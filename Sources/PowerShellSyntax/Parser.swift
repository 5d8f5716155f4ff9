/// Parses PowerShell 7 script text into an AST.
///
/// ```swift
/// let result = Parser.parse("Get-Thing -Name x | Where-Object { $_.Count -gt 1 }")
/// if result.errors.isEmpty { run(result.scriptBlock) }
/// ```
public enum Parser {
    /// Parses a whole script (or one REPL input). Never fails: errors are returned with a
    /// partial tree; `ParseResult.isIncomplete` tells a REPL to read another line.
    public static func parse(_ text: String, fileName: String? = nil) -> ParseResult {
        let source = SourceText(text, fileName: fileName)
        let parser = ScriptParser(source: source)
        let block = parser.parseScript()
        return ParseResult(scriptBlock: block, errors: parser.finalErrors(), tokens: parser.finalTokens(), source: source)
    }

    /// The whole of `text` read as one numeric literal, with an optional sign (`-0x41y`, `1.5e3`,
    /// `10uy`, `1kb`); nil when it is not exactly one. PowerShell converts text with a type
    /// suffix to a number this way (`'1234s' -as [bigint]`, and `'200y'` is not a number).
    public static func numberLiteral(_ text: String) -> NumberValue? {
        let parser = ScriptParser(source: SourceText(text, fileName: nil))
        guard parser.n > 0 else { return nil }
        let negative = isDash(parser.c[0])
        let start = negative || parser.c[0] == 0x2B ? 1 : 0
        guard let (value, end) = parser.scanNumber(start), end == parser.n else { return nil }
        return negative ? parser.negate(value) : value
    }

    /// The tokens of `text` (comments included) as the parser read them.
    public static func tokenize(_ text: String) -> [Token] {
        parse(text).tokens
    }
}

extension ScriptParser {
    func finalErrors() -> [ParseError] {
        var seen = Set<String>()
        var out: [ParseError] = []
        for e in errors {
            let key = "\(e.extent.startOffset):\(e.errorId)"
            if seen.insert(key).inserted { out.append(e) }
        }
        return out
    }

    func finalTokens() -> [Token] {
        // Tokens are recorded in reading order; those inside strings come after the string.
        var sorted = true
        var i = 1
        while i < tokens.count {
            if tokens[i].extent.startOffset < tokens[i - 1].extent.startOffset { sorted = false; break }
            i += 1
        }
        let ordered = sorted ? tokens : tokens.enumerated().sorted {
            ($0.element.extent.startOffset, $0.offset) < ($1.element.extent.startOffset, $1.offset)
        }.map(\.element)
        var out: [Token] = []
        out.reserveCapacity(ordered.count)
        for t in ordered {
            if let last = out.last, last.extent.startOffset == t.extent.startOffset, last.extent.endOffset == t.extent.endOffset, last.kind == t.kind { continue }
            out.append(t)
        }
        return out
    }

    // MARK: script and script blocks

    func parseScript() -> ScriptBlockAst {
        let body = parseScriptBlockBody(start: 0, closed: false)
        while true {
            let t = peek()
            if t.isEOF { break }
            // A stray closer at the top level.
            unexpected(t)
            advance(t)
            _ = parseStatementList(closers: false)
        }
        let help = scriptHelp(body)
        return ScriptBlockAst(extent: extent(0, n), usingStatements: body.usingStatements, paramBlock: body.paramBlock,
                              dynamicParamBlock: body.dynamicParamBlock, beginBlock: body.beginBlock,
                              processBlock: body.processBlock, endBlock: body.endBlock, cleanBlock: body.cleanBlock,
                              requirements: requirements, help: help)
    }

    /// The inside of a script block (or the whole script): attributes and `param(...)`, then
    /// named blocks or statements. Stops before the closing `}` (or at end of input).
    func parseScriptBlockBody(start: Int, closed: Bool) -> ScriptBlockAst {
        skipSeparators()
        var usings: [UsingStatementAst] = []
        // `using` statements come first, before `param`.
        // looked for quietly: the first token read as a command word must not report errors
        // an expression reading would not (`$s=@"` + a here-string holding quotes)
        while nextWordAfterNewlines(is: ["using"]) != nil {
            guard case .using(let u)? = parseStatement() else { break }
            usings.append(u)
            skipSeparators()
        }
        var paramBlock: ParamBlockAst?
        if looksLikeParamBlock() {
            paramBlock = parseParamBlock()
        }
        skipSeparators()
        var blocks: [BlockKind: NamedBlockAst] = [:]
        // as pwsh: a body whose first word is a block keyword is made of named blocks, and a
        // keyword without its `{` is MissingNamedStatementBlock (`begin process {}`)
        if namedBlockKeyword(requireBrace: false) != nil {
            while true {
                skipSeparators()
                let t = peek(.command)
                if t.isEOF { break }
                if case .rcurly = t.kind { break }
                guard let kind = namedBlockKeyword(requireBrace: false) else {
                    error("MissingNamedBlocks", "unexpected token '\(text(t.start, t.end))', expected 'begin', 'process', 'end', or 'dynamicparam'.", t.start, t.end)
                    recoverToStatementEnd()
                    if pos <= t.start { advance(t) }
                    continue
                }
                advanceKeyword(t)
                skipNewlines()
                let open = peek()
                guard case .lcurly = open.kind else {
                    // reported right after the keyword, as pwsh does
                    error("MissingNamedStatementBlock", "Missing statement block after '\(kind.rawValue)'.", t.end, t.end, incomplete: open.isEOF)
                    // the block is kept, empty, its extent the keyword's
                    if blocks[kind] == nil {
                        blocks[kind] = NamedBlockAst(extent: extent(t.start, t.end), blockKind: kind, unnamed: false, statements: [])
                    }
                    continue
                }
                advance(open)
                let statements = parseStatementList(closers: true)
                let end = expectClosingCurly(open)
                if blocks[kind] != nil {
                    error("DuplicateScriptCommandClause", "Script command clause '\(kind.rawValue)' has already been defined.", t.start, t.end)
                }
                blocks[kind] = NamedBlockAst(extent: extent(t.start, end), blockKind: kind, unnamed: false, statements: statements)
            }
        } else {
            let bodyStart = nextSignificant()
            var statements = parseStatementList(closers: closed)
            statements.removeAll { if case .using(let u) = $0 { usings.append(u); return true } else { return false } }
            let bodyEnd = max(bodyStart, lastEnd)
            blocks[.end] = NamedBlockAst(extent: extent(min(bodyStart, bodyEnd), bodyEnd), blockKind: .end, unnamed: true, statements: statements)
        }
        return ScriptBlockAst(extent: extent(start, max(start, lastEnd)), usingStatements: usings, paramBlock: paramBlock,
                              dynamicParamBlock: blocks[.dynamicParam], beginBlock: blocks[.begin],
                              processBlock: blocks[.process], endBlock: blocks[.end], cleanBlock: blocks[.clean])
    }

    /// `begin`/`process`/`end`/`clean`/`dynamicparam` followed by `{` (or by anything, without
    /// `requireBrace`).
    func namedBlockKeyword(requireBrace: Bool = true) -> BlockKind? {
        // a quiet look: reading the next token as a command word must not report its errors
        quiet += 1
        defer { quiet -= 1 }
        let t = scan(at: pos, mode: .command)
        guard case .word(let w) = t.kind, let kind = BlockKind(rawValue: w.lowercased()) else { return nil }
        if !requireBrace { return kind }
        var p = t.end
        while true {
            let next = scan(at: p, mode: .expression)
            if next.isNewline { p = next.end; continue }
            if case .lcurly = next.kind { return kind }
            return nil
        }
    }

    /// `{ ... }` read as a script block (a function's or method's body, a script block
    /// expression): `open` is the `{`, not yet consumed; the extent runs from it to the `}`.
    func parseBracedScriptBlock(_ open: Tok) -> ScriptBlockAst {
        advance(open)
        let body = parseScriptBlockBody(start: open.start, closed: true)
        let end = expectClosingCurly(open)
        return ScriptBlockAst(extent: extent(open.start, end), usingStatements: body.usingStatements, paramBlock: body.paramBlock,
                              dynamicParamBlock: body.dynamicParamBlock, beginBlock: body.beginBlock,
                              processBlock: body.processBlock, endBlock: body.endBlock, cleanBlock: body.cleanBlock)
    }

    /// Reads the closing `}` of a block opened by `open`; reports it missing otherwise.
    /// Returns the end offset of the block.
    @discardableResult
    func expectClosingCurly(_ open: Tok) -> Int {
        skipNewlines()
        let t = peek()
        if case .rcurly = t.kind {
            advance(t)
            return t.end
        }
        error("MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", open.start, open.end, incomplete: t.isEOF)
        return lastEnd
    }

    // MARK: statement lists

    /// Statements separated by newlines or `;` until `}`/`)` (not consumed) or end of input.
    /// With `closers: false` (top level) a stray `}` or `)` is reported and skipped.
    func parseStatementList(closers: Bool) -> [StatementAst] {
        var statements: [StatementAst] = []
        while true {
            skipSeparators()
            let t = peek()
            switch t.kind {
            case .eof: return statements
            case .rcurly, .rparen:
                if closers { return statements }
                unexpected(t)
                advance(t)
                continue
            default: break
            }
            let before = pos
            let statement = parseStatement()
            if let s = statement { statements.append(s) }
            let after = peek()
            switch after.kind {
            case .newline, .semicolon, .rcurly, .rparen, .eof: break
            // a statement that ends with its own block (`trap { } "next"`, `if (...) { } f`) needs
            // no separator before the next one, as in pwsh's statement-list rule; a pipeline
            // ends only where a token cannot continue it
            default:
                if statement.map(Self.endsWithItsBlock) ?? false { break }
                unexpected(after)
                recoverToStatementEnd()
            }
            if pos == before {
                // No progress: skip one token so the loop always ends.
                let stuck = peek(.command)
                if stuck.isEOF { return statements }
                if case .rcurly = stuck.kind, closers { return statements }
                if case .rparen = stuck.kind, closers { return statements }
                unexpected(stuck)
                advance(stuck)
            }
        }
    }

    static func endsWithItsBlock(_ s: StatementAst) -> Bool {
        switch s {
        // and a statement that failed to parse: what follows is the next statement
        case .if, .switch, .forEach, .for, .while, .doWhile, .doUntil, .try, .trap, .functionDefinition, .data, .typeDefinition, .error: return true
        default: return false
        }
    }

    /// Skips to the end of the current statement (newline or `;` at this nesting level, or
    /// before an unmatched `}`/`)`).
    func recoverToStatementEnd() {
        var level = 0
        while true {
            let t = peek(.command)
            switch t.kind {
            case .eof: return
            case .newline, .semicolon: if level == 0 { return }
            case .lcurly, .lparen, .atParen, .atCurly, .dollarParen: level += 1
            case .rcurly, .rparen:
                if level == 0 { return }
                level -= 1
            default: break
            }
            advance(t)
        }
    }

    /// `{ statements }` of a control-flow statement; nil (nothing consumed) when no `{` follows.
    func parseStatementBlock() -> StatementBlockAst? {
        let open = peek()
        guard case .lcurly = open.kind else { return nil }
        advance(open)
        let statements = parseStatementList(closers: true)
        let end = expectClosingCurly(open)
        return StatementBlockAst(extent: extent(open.start, end), statements: statements)
    }

    /// A statement block that must follow; reports `id`/`message` and returns an empty block if missing.
    func requireStatementBlock(_ id: String, _ message: String) -> StatementBlockAst {
        skipNewlines()
        if let b = parseStatementBlock() { return b }
        let t = peek()
        error(id, message, t.start, t.end, incomplete: t.isEOF)
        return StatementBlockAst(extent: extent(lastEnd, lastEnd), statements: [])
    }

    /// The next token after any newlines, without consuming anything.
    func lookAheadSkippingNewlines(_ mode: LexMode) -> Tok {
        quiet += 1
        defer { quiet -= 1 }
        var p = pos
        while true {
            let t = scan(at: p, mode: mode)
            if t.isNewline { p = t.end; continue }
            return t
        }
    }

    /// True when the word after optional newlines is `keyword` (case-insensitive).
    func nextWordAfterNewlines(is keywords: Set<String>) -> String? {
        let t = lookAheadSkippingNewlines(.command)
        if case .word(let w) = t.kind, keywords.contains(w.lowercased()) { return w.lowercased() }
        return nil
    }
}
