// The scanner: trivia (whitespace, comments, line continuations) and tokens in both modes.

extension ScriptParser {
    /// Skips spaces, comments and backtick-newline line continuations; stops at a newline.
    func skipTrivia(_ start: Int) -> (pos: Int, sawSpace: Bool) {
        var p = start
        var saw = false
        while p < n {
            let x = c[p]
            if isWhitespaceChar(x) {
                p += 1; saw = true
            } else if x == 0x60 /* ` */ {
                let next = ch(p + 1)
                if next == 0x0D || next == 0x0A {
                    let s = p
                    p += (next == 0x0D && ch(p + 2) == 0x0A) ? 3 : 2
                    saw = true
                    if p >= n {
                        // A continued line with nothing after it: more input is expected.
                        error("IncompleteLineContinuation", "Missing input after the line continuation character (`).", s, s + 1, incomplete: true)
                    }
                } else if p + 1 >= n {
                    error("IncompleteLineContinuation", "Missing input after the line continuation character (`).", p, p + 1, incomplete: true)
                    p += 1; saw = true
                } else if next == 0x20 || next == 0x09 {
                    // a backtick before a space or tab is whitespace between tokens, as in pwsh's
                    // tokenizer (`[math]::Max(1,` 2)`; trailing spaces after a continuation)
                    p += 2; saw = true
                } else {
                    return (p, saw)
                }
            } else if x == 0x23 /* # */ {
                let s = p
                while p < n && !isNewlineChar(c[p]) { p += 1 }
                noteComment(s, p)
                saw = true
            } else if x == 0x3C /* < */ && ch(p + 1) == 0x23 {
                let s = p
                p += 2
                var closed = false
                while p < n {
                    if c[p] == 0x23 && ch(p + 1) == 0x3E { p += 2; closed = true; break }
                    p += 1
                }
                if !closed {
                    error("MissingTerminatorMultiLineComment", "The terminator '#>' is missing from the multiline comment.", s, s + 2, incomplete: true)
                }
                noteComment(s, p)
                saw = true
            } else {
                return (p, saw)
            }
        }
        return (p, saw)
    }

    func noteComment(_ s: Int, _ e: Int) {
        guard quiet == 0, s >= commentHighWater else { return }
        commentHighWater = e
        comments.append((s, e))
        tokens.append(Token(kind: .comment, extent: extent(s, e), value: text(s, e)))
        if c[s] == 0x23 { noteRequires(s, e) }
    }

    /// `#Requires -Name value, value ...` at the start of a line is recorded.
    func noteRequires(_ s: Int, _ e: Int) {
        var lineStart = s
        while lineStart > 0 && !isNewlineChar(c[lineStart - 1]) {
            if !isWhitespaceChar(c[lineStart - 1]) { return }
            lineStart -= 1
        }
        let body = text(s + 1, e)
        guard body.lowercased().hasPrefix("requires") else { return }
        let rest = body.dropFirst("requires".count)
        guard let first = rest.first, first == " " || first == "\t" else { return }
        let line = source.location(of: s).line
        // Split "-Name args -Other args" at dashes that start a word outside braces/quotes.
        var entries: [(name: String, args: String)] = []
        var current: String?
        var args = ""
        var level = 0
        var quote: Character?
        var previous: Character = " "
        for ch in rest {
            if let q = quote {
                if ch == q { quote = nil }
                args.append(ch)
            } else if ch == "'" || ch == "\"" {
                quote = ch
                args.append(ch)
            } else if ch == "{" { level += 1; args.append(ch) }
            else if ch == "}" { level -= 1; args.append(ch) }
            else if level == 0 && (previous == " " || previous == "\t") && (ch == "-" || ch == "\u{2013}" || ch == "\u{2014}") {
                if let name = current { entries.append((name, args)) }
                current = ""
                args = ""
            } else if let name = current, args.isEmpty, ch != " ", ch != "\t", previous != " ", previous != "\t" {
                // Characters right after the dash form the parameter name.
                current = name + String(ch)
            } else {
                args.append(ch)
            }
            previous = ch
        }
        if let name = current { entries.append((name, args)) }
        for (name, text) in entries where !name.isEmpty {
            requirements.append(ScriptRequirement(parameter: name, values: splitRequirementValues(text), line: line))
        }
    }

    /// `a, 'b', @{ ModuleName = 'c'; ModuleVersion = '1.0' }` → three values (module specs kept whole).
    private func splitRequirementValues(_ text: String) -> [String] {
        var values: [String] = []
        var current = ""
        var level = 0
        var quote: Character?
        for ch in text {
            if let q = quote {
                if ch == q { quote = nil }
                current.append(ch)
            } else if ch == "'" || ch == "\"" {
                quote = ch
                current.append(ch)
            } else if ch == "{" { level += 1; current.append(ch) }
            else if ch == "}" { level -= 1; current.append(ch) }
            else if ch == "," && level == 0 {
                values.append(current)
                current = ""
            } else {
                current.append(ch)
            }
        }
        values.append(current)
        return values.map { v -> String in
            let t = trimmed(v, " \t")
            return t.hasPrefix("@{") ? t : trimmed(t, "\"'")
        }.filter { !$0.isEmpty }
    }

    /// Reads one token at `start` in `mode`.
    func scan(at start: Int, mode: LexMode) -> Tok {
        let (p, space) = skipTrivia(start)
        let end = min(n, limit)
        if aborted || p >= end {
            // never behind the position asked for: a scan that loops on `t.end` moves forward
            let at = max(end, min(p, n))
            return Tok(kind: .eof, start: at, end: at, precededBySpace: space)
        }
        var t = scanToken(p, mode)
        t.precededBySpace = space
        return t
    }

    private func tok(_ k: TokKind, _ s: Int, _ e: Int) -> Tok { Tok(kind: k, start: s, end: e, precededBySpace: false) }

    private func scanToken(_ p: Int, _ mode: LexMode) -> Tok {
        let x = c[p]
        let next = ch(p + 1)
        switch x {
        case 0x0D: return tok(.newline, p, next == 0x0A ? p + 2 : p + 1)
        case 0x0A: return tok(.newline, p, p + 1)
        case 0x3B: return tok(.semicolon, p, p + 1)
        case 0x2C: return tok(.comma, p, p + 1)
        case 0x28: return tok(.lparen, p, p + 1)
        case 0x29: return tok(.rparen, p, p + 1)
        case 0x7B: return tok(.lcurly, p, p + 1)
        case 0x7D: return tok(.rcurly, p, p + 1)
        case 0x5B:
            if mode == .command { return scanGenericWord(p) }
            return tok(.lbracket, p, p + 1)
        case 0x5D:
            if mode == .command { return scanGenericWord(p) }
            return tok(.rbracket, p, p + 1)
        case 0x7C: return next == 0x7C ? tok(.pipePipe, p, p + 2) : tok(.pipe, p, p + 1)
        case 0x26: return next == 0x26 ? tok(.ampAmp, p, p + 2) : tok(.amp, p, p + 1)
        case 0x40: return scanAt(p, mode)
        case 0x24: return scanDollar(p, mode)
        case 0x60:
            if mode == .command { return scanGenericWord(p) }
            // as in pwsh a stray backtick starts a token no expression takes: whoever meets it
            // reports it, after what it left incomplete (`'a' + `#x`: the missing operand first)
            return tok(.unknown, p, p + 1)
        default: break
        }
        if isSingleQuote(x) || isDoubleQuote(x) {
            return scanQuotedString(p)
        }
        if isDigit(x) {
            if let r = scanRedirection(p) { return r }
            return scanNumberToken(p, mode, negative: false)
        }
        if isDash(x) { return scanDash(p, mode) }
        if mode == .command { return scanCommandModeOther(p) }
        return scanExpressionModeOther(p)
    }

    private func unknownChar(_ p: Int) -> Tok {
        error("UnexpectedToken", "Unexpected token '\(visible(text(p, p + 1)))' in expression or statement.", p, p + 1)
        return tok(.unknown, p, p + 1)
    }

    // MARK: @ and $

    private func scanAt(_ p: Int, _ mode: LexMode) -> Tok {
        let next = ch(p + 1)
        if next == 0x28 { return tok(.atParen, p, p + 2) }
        if next == 0x7B { return tok(.atCurly, p, p + 2) }
        if isSingleQuote(next) || isDoubleQuote(next) { return scanHereString(p) }
        if isVariableChar(next) && next != 0x3F {
            var e = p + 1
            while e < n && isVariableChar(c[e]) { e += 1 }
            // `@scope:name`
            if ch(e) == 0x3A && isVariableChar(ch(e + 1)) {
                e += 1
                while e < n && isVariableChar(c[e]) { e += 1 }
            }
            return tok(.splat(VariablePath(parsing: text(p + 1, e))), p, e)
        }
        if mode == .command { return scanGenericWord(p) }
        return unknownChar(p)
    }

    private func scanDollar(_ p: Int, _ mode: LexMode) -> Tok {
        if ch(p + 1) == 0x28 { return tok(.dollarParen, p, p + 2) }
        guard let (path, e) = scanVariableName(p, inString: false) else {
            if mode == .command { return scanGenericWord(p) }
            error("InvalidVariableReference", "Variable reference is not valid. '$' was not followed by a valid variable name character. Consider using ${} to delimit the name.", p, p + 1)
            return tok(.unknown, p, p + 1)
        }
        if mode == .command && e < n {
            let after = c[e]
            let fine: Bool
            if endsGenericToken(after) || after == 0x5B {
                fine = true
            } else if after == 0x2E /* . */ {
                let m = ch(e + 1)
                fine = isIdentifierChar(m) || m == 0x24 || m == 0x28 || isSingleQuote(m) || isDoubleQuote(m)
            } else if after == 0x3F /* ? */ {
                fine = false
            } else {
                fine = false
            }
            // `$a+2`, `$env:TEMP\x` are one expandable word in argument mode.
            if !fine { return scanGenericWord(p) }
        }
        return tok(.variable(path), p, e)
    }

    /// Reads `$name`, `$scope:name`, `${any name}`, `$$`, `$^`, `$?` at `p` (the `$`).
    func scanVariableName(_ p: Int, inString: Bool) -> (VariablePath, Int)? {
        let first = ch(p + 1)
        if first == 0x7B /* { */ {
            var e = p + 2
            var name = String.UnicodeScalarView()
            while e < n && c[e] != 0x7D {
                // a backtick escapes as in a double-quoted string (`${a`u{2195}}`, `${a`}b}`)
                if c[e] == 0x60 && e + 1 < n {
                    let (scalars, next) = bracedNameEscape(e)
                    name.append(contentsOf: scalars)
                    e = next
                    continue
                }
                name.append(code: c[e])
                e += 1
            }
            if e >= n {
                error("IncompleteDollarVariableReference", "${variable} reference starting is missing the closing '}'.", p, e, incomplete: true)
                return (VariablePath(parsing: String(name)), e)
            }
            if name.isEmpty {
                error("EmptyVariableReference", "An empty ${} variable reference was found. A name is required inside the braces.", p, e + 1)
            }
            return (VariablePath(parsing: String(name)), e + 1)
        }
        if first == 0x24 || first == 0x5E || first == 0x3F /* $ ^ ? */ {
            // `$?` is one character even before more `?` (`$???$false`: `$?`, `??`, `$false`)
            return (VariablePath(userPath: scalarString(first), scope: .none, name: scalarString(first)), p + 2)
        }
        guard p + 1 < n, isVariableChar(first) else { return nil }
        var e = p + 1
        while e < n && isVariableChar(c[e]) { e += 1 }
        if ch(e) == 0x3A /* : */ {
            if isVariableChar(ch(e + 1)) {
                e += 1
                while e < n && isVariableChar(c[e]) { e += 1 }
            } else if ch(e + 1) != 0x3A {
                // PowerShell reads `$name:` as a drive-qualified name and rejects an empty one.
                error("InvalidVariableReferenceWithDrive", "Variable reference is not valid. ':' was not followed by a valid variable name character. Consider using ${} to delimit the name.", p, e + 1)
            }
        }
        return (VariablePath(parsing: text(p + 1, e)), e)
    }

    /// The character(s) a backtick escape at `p` in a braced variable name stands for, and where
    /// the name goes on: `` `n `` and the other letters of a double-quoted string, `` `u{hex} ``, or
    /// the next character itself.
    private func bracedNameEscape(_ p: Int) -> (String.UnicodeScalarView, Int) {
        let x = c[p + 1]
        let simple: [UInt32: UInt32] = [0x30: 0, 0x61: 7, 0x62: 8, 0x65: 0x1B, 0x66: 0x0C, 0x6E: 0x0A, 0x72: 0x0D, 0x74: 0x09, 0x76: 0x0B]
        if let v = simple[x], let u = Unicode.Scalar(v) { return (String.UnicodeScalarView([u]), p + 2) }
        if x == 0x75 /* u */, ch(p + 2) == 0x7B {
            var e = p + 3
            var value: UInt32 = 0
            while e < n, e < p + 9, let d = hexValue(c[e]) { value = value * 16 + d; e += 1 }
            if e > p + 3, ch(e) == 0x7D, let u = Unicode.Scalar(value) { return (String.UnicodeScalarView([u]), e + 1) }
        }
        var one = String.UnicodeScalarView()
        one.append(code: x)
        return (one, p + 2)
    }

    private func hexValue(_ x: UInt32) -> UInt32? {
        switch x {
        case 0x30...0x39: return x - 0x30
        case 0x41...0x46: return x - 0x41 + 10
        case 0x61...0x66: return x - 0x61 + 10
        default: return nil
        }
    }

    // MARK: redirections

    private func scanRedirection(_ p: Int) -> Tok? {
        let x = c[p]
        let stream: RedirectionStream
        switch x {
        case 0x2A: stream = .all
        case 0x31: stream = .output
        case 0x32: stream = .error
        case 0x33: stream = .warning
        case 0x34: stream = .verbose
        case 0x35: stream = .debug
        case 0x36: stream = .information
        default: return nil
        }
        guard ch(p + 1) == 0x3E else { return nil }
        if ch(p + 2) == 0x3E { return tok(.redirect(from: stream, to: nil, append: true), p, p + 3) }
        if ch(p + 2) == 0x26, let to = RedirectionStream(rawValue: Int(ch(p + 3)) - 0x30), to != .all, isDigit(ch(p + 3)) {
            return tok(.redirect(from: stream, to: to, append: false), p, p + 4)
        }
        return tok(.redirect(from: stream, to: nil, append: false), p, p + 2)
    }

    // MARK: dashes

    private func scanDash(_ p: Int, _ mode: LexMode) -> Tok {
        let next = ch(p + 1)
        if mode == .command {
            if isDash(next) {
                if ch(p + 2) == 0x25 /* % */ {
                    var e = p + 3
                    while e < n && !isNewlineChar(c[e]) { e += 1 }
                    let rest = text(p + 3, e).drop { $0 == " " || $0 == "\t" }
                    return tok(.stopParsing(String(rest)), p, e)
                }
                if p + 2 >= n || endsGenericToken(c[p + 2]) { return tok(.endOfParameters, p, p + 2) }
                return scanGenericWord(p)
            }
            if isDigit(next) || (next == 0x2E && isDigit(ch(p + 2))) {
                return scanNumberToken(p, .command, negative: true)
            }
            if isLetter(next) || next == 0x5F || next == 0x3F {
                return scanParameter(p)
            }
            return scanGenericWord(p)
        }
        // expression mode
        if isDash(next) { return tok(.op(.minusMinus), p, p + 2) }
        if next == 0x3D { return tok(.op(.assign(.minusEquals)), p, p + 2) }
        if isAsciiLetter(next) {
            var e = p + 1
            while e < n && isAsciiLetter(c[e]) { e += 1 }
            if !isIdentifierChar(ch(e)), let op = dashOperator(text(p + 1, e).lowercased()) {
                return tok(.op(op), p, e)
            }
            return scanParameter(p)
        }
        return tok(.op(.binary(.subtract)), p, p + 1)
    }

    private func scanParameter(_ p: Int) -> Tok {
        var e = p + 1
        while e < n {
            let x = c[e]
            if endsGenericToken(x) || x == 0x2E || x == 0x5B || x == 0x3A || isSingleQuote(x) || isDoubleQuote(x) { break }
            e += 1
        }
        let name = text(p + 1, e)
        if ch(e) == 0x3A { return tok(.parameter(name, colon: true), p, e + 1) }
        return tok(.parameter(name, colon: false), p, e)
    }

    // MARK: other characters

    private func scanCommandModeOther(_ p: Int) -> Tok {
        let x = c[p]
        switch x {
        case 0x3E: // >
            if ch(p + 1) == 0x3E { return tok(.redirect(from: .output, to: nil, append: true), p, p + 2) }
            return tok(.redirect(from: .output, to: nil, append: false), p, p + 1)
        case 0x2A: // *
            if let r = scanRedirection(p) { return r }
        case 0x3C: // <
            error("RedirectionNotSupported", "The '<' operator is reserved for future use.", p, p + 1)
            return tok(.unknown, p, p + 1)
        case 0x2E: // .
            if isDigit(ch(p + 1)) { return scanNumberToken(p, .command, negative: false) }
        default: break
        }
        return scanGenericWord(p)
    }

    private func scanExpressionModeOther(_ p: Int) -> Tok {
        let x = c[p]
        let next = ch(p + 1)
        switch x {
        case 0x2E: // .
            if next == 0x2E { return tok(.op(.binary(.range)), p, p + 2) }
            if isDigit(next) { return scanNumberToken(p, .expression, negative: false) }
            return tok(.dot, p, p + 1)
        case 0x3A: // :
            if next == 0x3A { return tok(.colonColon, p, p + 2) }
            return tok(.colon, p, p + 1)
        case 0x3F: // ?
            if next == 0x3F {
                if ch(p + 2) == 0x3D { return tok(.op(.assign(.nullCoalesceEquals)), p, p + 3) }
                return tok(.op(.binary(.nullCoalesce)), p, p + 2)
            }
            // `?.` and `?[` are operators only right after an operand, which the postfix rules
            // read from the text; anywhere else `?` is the ternary's (`$x ?.name`: `?`, `.name`)
            return tok(.question, p, p + 1)
        case 0x2B: // +
            if next == 0x2B { return tok(.op(.plusPlus), p, p + 2) }
            if next == 0x3D { return tok(.op(.assign(.plusEquals)), p, p + 2) }
            return tok(.op(.binary(.add)), p, p + 1)
        case 0x2A: // *
            if let r = scanRedirection(p) { return r }
            if next == 0x3D { return tok(.op(.assign(.multiplyEquals)), p, p + 2) }
            return tok(.op(.binary(.multiply)), p, p + 1)
        case 0x2F: // /
            if next == 0x3D { return tok(.op(.assign(.divideEquals)), p, p + 2) }
            return tok(.op(.binary(.divide)), p, p + 1)
        case 0x25: // %
            if next == 0x3D { return tok(.op(.assign(.remainderEquals)), p, p + 2) }
            return tok(.op(.binary(.remainder)), p, p + 1)
        case 0x3D: // =
            return tok(.op(.assign(.assign)), p, p + 1)
        case 0x21: // !
            return tok(.op(.unary(.not)), p, p + 1)
        case 0x3E: // >
            if next == 0x3E { return tok(.redirect(from: .output, to: nil, append: true), p, p + 2) }
            return tok(.redirect(from: .output, to: nil, append: false), p, p + 1)
        case 0x3C: // <
            error("RedirectionNotSupported", "The '<' operator is reserved for future use.", p, p + 1)
            return tok(.unknown, p, p + 1)
        default:
            break
        }
        if isIdentifierChar(x) {
            var e = p + 1
            while e < n && isIdentifierChar(c[e]) { e += 1 }
            return tok(.word(text(p, e)), p, e)
        }
        return unknownChar(p)
    }

    /// `-eq`, `-ceq`, `-not` ... (lower-cased name without the dash).
    func dashOperator(_ name: String) -> LexOperator? {
        switch name {
        case "and": return .binary(.and)
        case "or": return .binary(.or)
        case "xor": return .binary(.xor)
        case "not": return .unary(.not)
        case "bnot": return .unary(.bnot)
        case "band": return .binary(.band)
        case "bor": return .binary(.bor)
        case "bxor": return .binary(.bxor)
        case "shl": return .binary(.shl)
        case "shr": return .binary(.shr)
        case "f": return .binary(.format)
        case "is": return .binary(.is)
        case "isnot": return .binary(.isNot)
        case "as": return .binary(.as)
        case "join": return .binary(.join)
        default: break
        }
        var base = Substring(name)
        var caseSensitive = false
        if let op = ComparisonOperator(rawValue: name) {
            return .binary(.comparison(op, caseSensitive: false))
        }
        if base.first == "i" { base = base.dropFirst() } else if base.first == "c" { base = base.dropFirst(); caseSensitive = true } else { return nil }
        if let op = ComparisonOperator(rawValue: String(base)) {
            return .binary(.comparison(op, caseSensitive: caseSensitive))
        }
        return nil
    }
}
