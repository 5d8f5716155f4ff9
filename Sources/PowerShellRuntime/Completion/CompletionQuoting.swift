import PowerShellSyntax

/// How PowerShell's argument completers match and quote fixed values (its CompletionHelpers):
/// a value matches when it starts with what was typed or matches it as a wildcard; it is written
/// in the quote the user opened, and quoted anyway when it would not read back as one value.
enum CompletionQuoting {
    /// True when `text`, typed as is, would not be read back as that one value: it does not parse,
    /// is not a single token, is a string holding `$` or a backtick, or is a `,` or `;`.
    /// A lone keyword needs no quotes even when it does not parse alone (`Switch`, `ForEach`).
    static func requiresQuotes(_ text: String) -> Bool {
        let parsed = Parser.parse(text)
        let tokens = parsed.tokens.filter { $0.kind != .endOfInput }
        if tokens.count == 1, let first = tokens.first, first.kind == .keyword {
            return first.text.contains("$") || first.text.contains("`")
        }
        guard parsed.errors.isEmpty, tokens.count == 1, let first = tokens.first else { return true }
        switch first.kind {
        case .generic, .stringLiteral, .stringExpandable, .hereStringLiteral, .hereStringExpandable, .keyword, .identifier:
            return first.text.contains("$") || first.text.contains("`")
        case .punctuation:
            return first.text == "," || first.text == ";"
        default:
            return false
        }
    }

    /// `value` as completion text given the quote the user opened ("" for none). Text holding an
    /// escaped newline (`` `n ``) needs double quotes to mean a newline.
    static func quote(_ value: String, quote: String) -> String {
        if value.contains("`n") { return "\"" + value + "\"" }
        if !requiresQuotes(value) { return quote + value + quote }
        let q = quote.isEmpty ? "'" : quote
        if q == "'" { return q + escapeSingleQuoted(value) + q }
        return q + value + q
    }

    /// Single-quoted string content: each quote character (typographic ones too) doubled.
    static func escapeSingleQuoted(_ value: String) -> String {
        var out = ""
        for c in value {
            out.append(c)
            if "'‘’‚‛".contains(c) { out.append(c) }
        }
        return out
    }

    enum Match { case prefixOrWildcard, prefixOrEscapedWildcard }

    /// True when `value` is what `typed` (without its quote) is the start of: a case-insensitive
    /// prefix, or a wildcard pattern with `*` appended (its wildcard characters literal with
    /// `.prefixOrEscapedWildcard`).
    static func matches(_ value: String, typed: String, _ match: Match = .prefixOrWildcard) -> Bool {
        if NameKey.fold(value).hasPrefix(NameKey.fold(typed)) { return true }
        let pattern = match == .prefixOrWildcard ? typed : escapeWildcards(typed)
        return WildcardPattern(pattern + "*").matches(value)
    }

    static func escapeWildcards(_ text: String) -> String {
        var out = ""
        for c in text {
            if "*?[]`".contains(c) { out.append("`") }
            out.append(c)
        }
        return out
    }

    /// Control characters as the escapes a double-quoted string writes them with.
    static func expandableText(_ text: String) -> String {
        text.replacingOccurrences(of: "\r", with: "`r").replacingOccurrences(of: "\n", with: "`n")
            .replacingOccurrences(of: "\t", with: "`t").replacingOccurrences(of: "\0", with: "`0")
            .replacingOccurrences(of: "\u{07}", with: "`a").replacingOccurrences(of: "\u{08}", with: "`b")
            .replacingOccurrences(of: "\u{1b}", with: "`e").replacingOccurrences(of: "\u{0c}", with: "`f")
            .replacingOccurrences(of: "\u{0b}", with: "`v")
    }

    /// The values matching what was typed, quoted as typed (GetMatchingResults). `display` gives a
    /// value's tool tip and list text (the value itself for both when nil).
    static func matchingResults(_ values: [String], typed: String, quote: Character?, kind: CompletionMatch.Kind = .text,
                                match: Match = .prefixOrWildcard,
                                display: ((String) -> (toolTip: String, listItemText: String))? = nil) -> [CompletionMatch] {
        let q = quote.map { "'‘’‚‛".contains($0) ? "'" : "\"" } ?? ""
        let word = q == "'" ? typed : expandableText(typed)
        return values.filter { matches($0, typed: word, match) }.map { value in
            let (toolTip, list) = display?(value) ?? (value, value)
            return CompletionMatch(CompletionQuoting.quote(value, quote: q), listItemText: list, kind: kind, toolTip: toolTip)
        }
    }
}
