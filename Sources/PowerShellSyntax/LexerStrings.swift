// Strings: verbatim, expandable, here-strings, and argument-mode bare words.

extension ScriptParser {
    private func tok(_ k: TokKind, _ s: Int, _ e: Int) -> Tok { Tok(kind: k, start: s, end: e, precededBySpace: false) }

    /// The character a backtick escape stands for (about_Special_Characters).
    func escaped(_ x: UInt32) -> UInt32 {
        switch x {
        case 0x30: return 0      // `0
        case 0x61: return 0x07   // `a
        case 0x62: return 0x08   // `b
        case 0x65: return 0x1B   // `e
        case 0x66: return 0x0C   // `f
        case 0x6E: return 0x0A   // `n
        case 0x72: return 0x0D   // `r
        case 0x74: return 0x09   // `t
        case 0x76: return 0x0B   // `v
        default: return x
        }
    }

    /// Appends the escape starting at the backtick `p`; returns the index after it.
    func appendEscape(_ p: Int, into lit: inout String.UnicodeScalarView) -> Int {
        guard p + 1 < n else { lit.append(code: 0x60); return p + 1 }
        let x = c[p + 1]
        if x == 0x75 { // `u{XXXX}: one to six hex digits and the closing brace
            let invalid = "The Unicode escape sequence is not valid. A valid sequence is `u{ followed by one to six hex digits and a closing '}'."
            guard ch(p + 2) == 0x7B else {
                error("InvalidUnicodeEscapeSequence", invalid, p, p + 2)
                return p + 2
            }
            var e = p + 3
            var value: UInt32 = 0
            var digits = 0
            while true {
                let d = ch(e)
                if d == 0x7D {
                    if digits == 0 {
                        error("InvalidUnicodeEscapeSequence", invalid, p, e + 1)
                        return e + 1
                    }
                    e += 1
                    break
                }
                guard e < n, isHexDigit(d) else {
                    // the position of what is not a digit (the end of the text included)
                    if digits < 6 {
                        error("InvalidUnicodeEscapeSequence", invalid, e, e, incomplete: e >= n)
                    } else {
                        error("MissingUnicodeEscapeSequenceTerminator", "The Unicode escape sequence is missing the closing '}'.", e, e, incomplete: e >= n)
                    }
                    return e
                }
                if digits == 6 {
                    error("TooManyDigitsInUnicodeEscapeSequence", "The Unicode escape sequence contains more than the maximum of six hex digits between braces.", e, e)
                    return e
                }
                value = value &* 16 &+ hexValue(d)
                digits += 1
                e += 1
            }
            guard value <= 0x10FFFF else {
                error("InvalidUnicodeEscapeSequenceValue", "The Unicode escape sequence value is out of range. The maximum value is 0x10FFFF.", p + 3, e - 1)
                return e
            }
            // a lone surrogate cannot be a Swift scalar: it becomes the replacement character
            lit.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            return e
        }
        if x == 0x0D && ch(p + 2) == 0x0A {
            lit.append(code: 0x0D); lit.append(code: 0x0A)
            return p + 3
        }
        lit.append(code: escaped(x))
        return p + 2
    }

    func hexValue(_ x: UInt32) -> UInt32 {
        if isDigit(x) { return x - 0x30 }
        if x >= 0x61 { return x - 0x61 + 10 }
        return x - 0x41 + 10
    }

    // MARK: quoted strings

    func scanQuotedString(_ p: Int) -> Tok {
        if isSingleQuote(c[p]) {
            let (value, e, closed) = scanSingleQuotedBody(p + 1)
            if !closed {
                error("TerminatorExpectedAtEndOfString", "The string is missing the terminator: '.", p, e, incomplete: true)
            }
            return tok(.string(value, .singleQuoted), p, e)
        }
        let (parts, e, closed) = scanExpandableBody(p + 1, terminator: .doubleQuote)
        if !closed {
            error("TerminatorExpectedAtEndOfString", "The string is missing the terminator: \".", p, e, incomplete: true)
        }
        let rawEnd = closed ? e - 1 : e
        return makeStringToken(parts, raw: (p + 1)..<max(p + 1, rawEnd), type: .doubleQuoted, start: p, end: e)
    }

    func makeStringToken(_ parts: [RawStringPart], raw: Range<Int>, type: StringConstantType, start: Int, end: Int) -> Tok {
        if parts.allSatisfy({ if case .literal = $0 { return true } else { return false } }) {
            var s = ""
            for case .literal(let l) in parts { s += l }
            return tok(.string(s, type), start, end)
        }
        return tok(.expandable(parts, raw: raw, type), start, end)
    }

    /// After the opening quote: returns the value, the index after the closing quote, and whether it was closed.
    func scanSingleQuotedBody(_ start: Int) -> (String, Int, Bool) {
        var lit = String.UnicodeScalarView()
        var i = start
        while i < n {
            let x = c[i]
            if isSingleQuote(x) {
                if i + 1 < n && isSingleQuote(c[i + 1]) {
                    lit.append(code: x); i += 2; continue
                }
                return (String(lit), i + 1, true)
            }
            lit.append(code: x)
            i += 1
        }
        return (String(lit), n, false)
    }

    enum ExpandableTerminator { case doubleQuote, hereString }

    /// Reads an expandable body; for `.doubleQuote` stops after the closing quote, for
    /// `.hereString` stops at (and excludes) the newline before a line starting with `"@`,
    /// returning the index after the `@`.
    func scanExpandableBody(_ start: Int, terminator: ExpandableTerminator) -> ([RawStringPart], Int, Bool) {
        var parts: [RawStringPart] = []
        var lit = String.UnicodeScalarView()
        var i = start
        func flush() {
            if !lit.isEmpty { parts.append(.literal(String(lit))); lit = String.UnicodeScalarView() }
        }
        if terminator == .hereString, isDoubleQuote(ch(i)), ch(i + 1) == 0x40 {
            return ([], i + 2, true)
        }
        while i < n {
            let x = c[i]
            switch terminator {
            case .doubleQuote:
                if isDoubleQuote(x) {
                    if i + 1 < n && isDoubleQuote(c[i + 1]) { lit.append(code: x); i += 2; continue }
                    flush()
                    return (parts, i + 1, true)
                }
            case .hereString:
                if isNewlineChar(x) {
                    let after = x == 0x0D && ch(i + 1) == 0x0A ? i + 2 : i + 1
                    if isDoubleQuote(ch(after)) && ch(after + 1) == 0x40 {
                        flush()
                        return (parts, after + 2, true)
                    }
                    lit.append(code: x)
                    if after == i + 2 { lit.append(code: 0x0A) }
                    i = after
                    continue
                }
            }
            if x == 0x60 {
                i = appendEscape(i, into: &lit)
                continue
            }
            if x == 0x24, let (part, e) = scanDollarPart(i) {
                flush()
                parts.append(part)
                i = e
                continue
            }
            lit.append(code: x)
            i += 1
        }
        flush()
        return (parts, n, false)
    }

    /// `$(...)`, `${...}`, `$name` inside an expandable string or word; nil for a literal `$`.
    func scanDollarPart(_ p: Int) -> (RawStringPart, Int)? {
        if ch(p + 1) == 0x28 {
            // unclosed: it runs to the end of the region being parsed — or of the input, when a
            // look-ahead scan is already past that region (the scan must always move forward)
            let e = skipSubExpression(p + 2) ?? (limit > p + 2 ? min(n, limit) : n)
            return (.subExpression(start: p, end: e), e)
        }
        let next = ch(p + 1)
        guard next == 0x7B || next == 0x24 || next == 0x5E || (p + 1 < n && isVariableChar(next)) else { return nil }
        guard let (path, e) = scanVariableName(p, inString: true) else { return nil }
        return (.variable(path, start: p, end: e), e)
    }

    /// From just after `$(`: the index after the matching `)`, or nil at end of input.
    func skipSubExpression(_ start: Int) -> Int? {
        if let known = subExpressionEnds[start], known.limit == limit { return known.end < 0 ? nil : known.end }
        let end = scanSubExpression(start)
        subExpressionEnds[start] = (limit, end ?? -1)
        return end
    }

    private func scanSubExpression(_ start: Int) -> Int? {
        lexDepth += 1
        quiet += 1
        defer { lexDepth -= 1; quiet -= 1 }
        if lexDepth > ScriptParser.maxLexDepth { return nil }
        var level = 1
        var p = start
        while true {
            let t = scan(at: p, mode: .expression)
            if t.isEOF { return nil }
            p = max(t.end, p + 1)
            switch t.kind {
            case .lparen, .atParen, .dollarParen: level += 1
            case .rparen:
                level -= 1
                if level == 0 { return t.end }
            default: break
            }
        }
    }

    // MARK: here-strings

    func scanHereString(_ p: Int) -> Tok {
        let single = isSingleQuote(c[p + 1])
        var i = p + 2
        while i < n && isWhitespaceChar(c[i]) { i += 1 }
        if i < n && !isNewlineChar(c[i]) {
            error("UnexpectedCharactersAfterHereStringHeader", "No characters are allowed after a here-string header but before the end of the line.", p, i)
            // Read it as an ordinary string starting at the quote.
            let t = scanQuotedString(p + 1)
            return Tok(kind: t.kind, start: p, end: t.end, precededBySpace: false)
        }
        if i >= n {
            error("TerminatorExpectedAtEndOfString", "The string is missing the terminator: \(single ? "'" : "\"")@.", p, n, incomplete: true)
            return tok(.string("", single ? .singleQuotedHereString : .doubleQuotedHereString), p, n)
        }
        i += (c[i] == 0x0D && ch(i + 1) == 0x0A) ? 2 : 1
        let bodyStart = i
        if single {
            var lit = String.UnicodeScalarView()
            var j = bodyStart
            if isSingleQuote(ch(j)) && ch(j + 1) == 0x40 { return tok(.string("", .singleQuotedHereString), p, j + 2) }
            while j < n {
                let x = c[j]
                if isNewlineChar(x) {
                    let after = x == 0x0D && ch(j + 1) == 0x0A ? j + 2 : j + 1
                    if isSingleQuote(ch(after)) && ch(after + 1) == 0x40 {
                        return tok(.string(String(lit), .singleQuotedHereString), p, after + 2)
                    }
                    lit.append(code: x)
                    if after == j + 2 { lit.append(code: 0x0A) }
                    j = after
                    continue
                }
                lit.append(code: x)
                j += 1
            }
            error("TerminatorExpectedAtEndOfString", "The string is missing the terminator: '@.", p, n, incomplete: true)
            return tok(.string(String(lit), .singleQuotedHereString), p, n)
        }
        let (parts, e, closed) = scanExpandableBody(bodyStart, terminator: .hereString)
        if !closed {
            error("TerminatorExpectedAtEndOfString", "The string is missing the terminator: \"@.", p, n, incomplete: true)
        }
        var rawEnd = closed ? e - 2 : e
        if closed {
            if rawEnd > bodyStart && c[rawEnd - 1] == 0x0A { rawEnd -= 1 }
            if rawEnd > bodyStart && c[rawEnd - 1] == 0x0D { rawEnd -= 1 }
        }
        return makeStringToken(parts, raw: bodyStart..<max(bodyStart, rawEnd), type: .doubleQuotedHereString, start: p, end: e)
    }

    // MARK: bare words

    /// An argument-mode word: everything up to whitespace or `{ } ( ) ; , | &`, with quoted
    /// pieces joined in (`a'$a'` is `a$a`), backtick escapes applied and `$` expansions kept.
    func scanGenericWord(_ p: Int) -> Tok {
        var parts: [RawStringPart] = []
        var lit = String.UnicodeScalarView()
        var expands = false
        var i = p
        func flush() {
            if !lit.isEmpty { parts.append(.literal(String(lit))); lit = String.UnicodeScalarView() }
        }
        while i < n {
            let x = c[i]
            if endsGenericToken(x) { break }
            if x == 0x60 {
                let next = ch(i + 1)
                if next == 0x0A || next == 0x0D { break }
                i = appendEscape(i, into: &lit)
                continue
            }
            if isSingleQuote(x) {
                let (value, e, closed) = scanSingleQuotedBody(i + 1)
                if !closed {
                    error("TerminatorExpectedAtEndOfString", "The string is missing the terminator: '.", i, e, incomplete: true)
                }
                lit.append(contentsOf: value.unicodeScalars)
                i = e
                continue
            }
            if isDoubleQuote(x) {
                let (inner, e, closed) = scanExpandableBody(i + 1, terminator: .doubleQuote)
                if !closed {
                    error("TerminatorExpectedAtEndOfString", "The string is missing the terminator: \".", i, e, incomplete: true)
                }
                for part in inner {
                    if case .literal(let l) = part { lit.append(contentsOf: l.unicodeScalars) } else { flush(); parts.append(part); expands = true }
                }
                i = e
                continue
            }
            if x == 0x24, let (part, e) = scanDollarPart(i) {
                flush()
                parts.append(part)
                expands = true
                i = e
                continue
            }
            lit.append(code: x)
            i += 1
        }
        if i == p {
            // A lone terminator character cannot start a word; consume one character.
            return unknownAt(p)
        }
        flush()
        if expands { return tok(.expandableWord(parts, raw: p..<i), p, i) }
        var s = ""
        for case .literal(let l) in parts { s += l }
        return tok(.word(s), p, i)
    }

    private func unknownAt(_ p: Int) -> Tok {
        error("UnexpectedToken", "Unexpected token '\(visible(text(p, p + 1)))' in expression or statement.", p, p + 1)
        return tok(.unknown, p, p + 1)
    }
}
