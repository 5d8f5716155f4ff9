// The parser state shared by the scanner (Lexer*.swift) and the grammar rules (Parse*.swift).
// Lexing is parser-driven as in PowerShell's own tokenizer: the parser asks for the next
// token in the mode its current rule needs, and the scanner reads from that position.

final class ScriptParser {
    let source: SourceText
    let c: [UInt32]
    let n: Int
    @exclusivity(unchecked) var pos = 0
    /// End offset of the last token consumed (for node extents).
    @exclusivity(unchecked) var lastEnd = 0
    /// Where the label of the statement being parsed starts (`:outer foreach ...`): an error
    /// statement made of it starts there.
    var labelStart: Int?
    /// Where a parameter list that failed to parse ended (before the recovery skipped on).
    var parameterListErrorEnd: Int?
    /// The type name just read had an array rank over 32 (its closing `]` is reported apart).
    var tooManyDimensions = false
    @exclusivity(unchecked) var errors: [ParseError] = []
    @exclusivity(unchecked) var tokens: [Token] = []
    /// Comment ranges in source order (start, end), each recorded once.
    var comments: [(start: Int, end: Int)] = []
    var commentHighWater = 0
    var requirements: [ScriptRequirement] = []
    /// Nesting of statements and prefix operators; bounded so hostile input cannot overflow the stack.
    @exclusivity(unchecked) var depth = 0
    @exclusivity(unchecked) var lexDepth = 0
    /// Set when nesting is too deep: every further token reads as end of input.
    @exclusivity(unchecked) var aborted = false
    /// While > 0 the scanner reports no errors and records no tokens (look-ahead scans).
    @exclusivity(unchecked) var quiet = 0
    @exclusivity(unchecked) var cache: (pos: Int, mode: LexMode, tok: Tok)?
    /// Where the `$( … )` starting at each position inside a string ends (-1: at end of input).
    /// A string's subexpressions are skipped when the string is scanned and parsed again when
    /// it is parsed, at every level of nesting: remembered, each is scanned once, so strings
    /// nested in strings (or left open) cost linear, not exponential, time.
    @exclusivity(unchecked) var subExpressionEnds: [Int: (limit: Int, end: Int)] = [:]
    /// Where the input ends for the rule being parsed: a string's `$( … )` is parsed up to the
    /// end the scanner found for it, never past it (a `)` the parser and the scanner see
    /// differently must not let one string's subexpression swallow the rest of the script).
    @exclusivity(unchecked) var limit = Int.max

    static let maxDepth = 200
    static let maxLexDepth = 60
    /// Operator, member, index and call chains build trees as deep as they are long (`1+1+…+1`
    /// is a left-deep tree): each link counts toward this budget together with the nesting, so
    /// evaluating and releasing any tree the parser accepts stays well within the stack.
    static let maxTreeDepth = 500
    /// Links of the chains being built on the current path.
    @exclusivity(unchecked) var chainLinks = 0
    /// The deepest `depth + chainLinks` reached since it was last reset: how tall the expression
    /// just parsed is, so a chain that starts from a tall operand counts its height as links.
    @exclusivity(unchecked) var peak = 0

    init(source: SourceText) {
        self.source = source
        var chars = [UInt32]()
        chars.reserveCapacity(source.scalars.count)
        for s in source.scalars { chars.append(s.value) }
        self.c = chars
        self.n = chars.count
    }

    @inline(__always) func ch(_ i: Int) -> UInt32 { i >= 0 && i < n ? c[i] : 0 }

    func extent(_ start: Int, _ end: Int) -> Extent { Extent(source: source, start: start, end: end) }

    func text(_ start: Int, _ end: Int) -> String { source.text(from: start, to: end) }

    // MARK: errors

    func error(_ id: String, _ message: String, _ start: Int, _ end: Int, incomplete: Bool = false) {
        if quiet > 0 || aborted { return }
        let s = max(0, min(start, n))
        errors.append(ParseError(errorId: id, message: message, extent: extent(s, max(s, min(end, n))), incompleteInput: incomplete))
    }

    /// Report at a token; incomplete when the token is the end of input.
    func error(_ id: String, _ message: String, at t: Tok) {
        error(id, message, t.start, t.end, incomplete: t.isEOF)
    }

    /// Text for a message with its invisible characters written as PowerShell escapes (`` `0 ``
    /// for NUL, `` `u{1B} `` for others), so a message about them says what they are.
    func visible(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u.value {
            case 0: out += "`0"
            case 7: out += "`a"
            case 8: out += "`b"
            case 0x0B: out += "`v"
            case 0x0C: out += "`f"
            case 0x1B: out += "`e"
            case 0x01...0x1F where u != "\t" && u != "\n" && u != "\r", 0x7F, 0xFEFF, 0x200B:
                out += "`u{\(String(u.value, radix: 16, uppercase: true))}"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// True when nothing but whitespace, newlines and comments follows `offset`.
    func isAtEndOfScript(_ offset: Int) -> Bool {
        quiet += 1
        defer { quiet -= 1 }
        var p = offset
        while true {
            p = skipTrivia(p).pos
            guard p < n else { return true }
            guard isNewlineChar(c[p]) else { return false }
            p += 1
        }
    }

    /// Reports an error just after `offset` (PowerShell's `After(extent)`), incomplete when
    /// nothing but trivia follows; returns whether it was.
    @discardableResult
    func reportAfter(_ offset: Int, _ id: String, _ message: String) -> Bool {
        let incomplete = isAtEndOfScript(offset)
        error(id, message, offset, offset, incomplete: incomplete)
        return incomplete
    }

    func unexpected(_ t: Tok) {
        if t.isEOF { return }
        error("UnexpectedToken", "Unexpected token '\(visible(text(t.start, t.end)))' in expression or statement.", t.start, t.end)
    }

    // MARK: depth

    /// Enter one nesting level; false (after reporting once) when the input nests too deeply.
    func enter(at p: Int) -> Bool {
        depth += 1
        peak = max(peak, depth + chainLinks)
        if depth > ScriptParser.maxDepth {
            if !aborted {
                error("ScriptTooComplicated", "The script is nested more than \(ScriptParser.maxDepth) levels deep.", p, p + 1)
                aborted = true
                cache = nil
            }
            return false
        }
        return true
    }

    func leave() { depth -= 1 }

    /// One more link of a chain; false (after reporting once) when the tree would be too deep.
    /// The caller gives its links back with `leaveLinks` when the chain is built.
    func enterLink(at p: Int) -> Bool {
        chainLinks += 1
        peak = max(peak, depth + chainLinks)
        if depth + chainLinks > ScriptParser.maxTreeDepth {
            chainLinks -= 1
            if !aborted {
                error("ScriptTooComplicated", "Processing was stopped because the script is too complex.", p, p + 1)
                aborted = true
                cache = nil
            }
            return false
        }
        return true
    }

    func leaveLinks(_ count: Int) { chainLinks -= count }

    /// Parses an operand and returns it with its height: the levels it nests below here.
    func measured<T>(_ parse: () -> T) -> (T, height: Int) {
        let base = depth + chainLinks
        let outer = peak
        peak = base
        let r = parse()
        let height = peak - base
        peak = max(outer, peak)
        return (r, height)
    }

    /// Counts an operand's height as links of the chain about to be built on it.
    func startChain(height: Int, at p: Int) -> Int {
        var links = 0
        while links < height {
            guard enterLink(at: p) else { break }
            links += 1
        }
        return links
    }

    // MARK: token stream

    func peek(_ mode: LexMode = .expression) -> Tok {
        if let cached = cache, cached.pos == pos, cached.mode == mode { return cached.tok }
        let t = scan(at: pos, mode: mode)
        cache = (pos, mode, t)
        return t
    }

    func advance(_ t: Tok) {
        if t.isEOF { return }
        pos = t.end
        if !t.isNewline { lastEnd = t.end }
        record(t)
    }

    func record(_ t: Tok) {
        guard quiet == 0 else { return }
        let kind: TokenKind
        var value = ""
        switch t.kind {
        case .eof: return
        case .newline: kind = .newLine
        case .variable(let p): kind = .variable; value = p.userPath
        case .splat(let p): kind = .splattedVariable; value = p.userPath
        case .parameter(let name, _): kind = .parameter; value = name
        case .number: kind = .number
        case .string(let s, let type):
            // a double-quoted string is expandable even when it expands nothing, as in pwsh
            switch type {
            case .doubleQuoted: kind = .stringExpandable
            case .doubleQuotedHereString: kind = .hereStringExpandable
            case .singleQuotedHereString: kind = .hereStringLiteral
            default: kind = .stringLiteral
            }
            value = s
        case .expandable(_, let raw, let type): kind = type == .doubleQuotedHereString ? .hereStringExpandable : .stringExpandable; value = text(raw.lowerBound, raw.upperBound)
        case .word(let w): kind = .generic; value = w
        case .expandableWord(_, let raw): kind = .generic; value = text(raw.lowerBound, raw.upperBound)
        case .op, .redirect, .pipe, .ampAmp, .pipePipe, .amp, .endOfParameters: kind = .operator
        case .stopParsing(let s): kind = .stopParsing; value = s
        case .unknown: kind = .unknown
        default: kind = .punctuation
        }
        tokens.append(Token(kind: kind, extent: extent(t.start, t.end), value: value))
    }

    /// Consumes a word the grammar reads as a keyword (`else`, `in`, `default`...): its token is
    /// recorded as a keyword, not a bare word.
    func advanceKeyword(_ t: Tok) {
        let index = tokens.count
        advance(t)
        retag(index, start: t.start, kind: .keyword)
    }

    /// Changes the token recorded at `index` (if it is the one starting at `start`): its kind, or
    /// adds traits.
    func retag(_ index: Int, start: Int, kind: TokenKind? = nil, traits: TokenTraits = []) {
        guard index >= 0, index < tokens.count, tokens[index].extent.startOffset == start else { return }
        if let kind { tokens[index].kind = kind }
        tokens[index].traits.formUnion(traits)
    }

    func recordToken(_ kind: TokenKind, _ start: Int, _ end: Int, value: String) {
        guard quiet == 0 else { return }
        tokens.append(Token(kind: kind, extent: extent(start, end), value: value))
    }

    /// Consume newlines (and nothing else).
    func skipNewlines() {
        while true {
            let t = peek()
            if t.isNewline { advance(t) } else { return }
        }
    }

    /// Consume newlines and semicolons.
    func skipSeparators() {
        while true {
            let t = peek()
            switch t.kind {
            case .newline, .semicolon: advance(t)
            default: return
            }
        }
    }

    /// Position of the next significant character (after spaces and comments, not newlines).
    func nextSignificant() -> Int {
        quiet += 1
        defer { quiet -= 1 }
        return skipTrivia(pos).pos
    }

    /// True when the next character directly follows the previous token (no whitespace).
    var atAdjacent: Bool { pos < n && !isWhitespaceChar(c[pos]) && !isNewlineChar(c[pos]) }
}
