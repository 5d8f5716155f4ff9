/// The text before the cursor, read the way tab completion needs it: the word under the cursor
/// (where it starts, whether it opened a quote) and the tokens of the command it belongs to.
/// A light scanner rather than the parser: the input is usually unfinished, and all that matters
/// is the innermost command segment (after `|`, `;`, a newline, `(`, `{`, `=`) around the cursor.
struct CompletionInput {
    /// Character offset of the word's first character (its quote, if it has one).
    var wordStart: Int
    /// The word as typed, quote included.
    var word: String
    /// The opening quote when the cursor is inside an unterminated string.
    var openQuote: Character?
    /// Tokens of the current command segment before the word.
    var tokens: [String]
    /// The whole text before the word.
    var before: String
    /// The text after the cursor.
    var after = ""

    /// Inside a hashtable literal (`@{`), after `Key=` (or `Key =`): the key, what was typed of
    /// the value, and the part of the word before the value (`SkuId=` when written without spaces).
    var hashtableEntry: (key: String, typed: String, head: String)?
    /// The command the innermost hashtable literal is an argument of.
    var hashtableCommand: String?
    /// The arguments of that command before the hashtable literal.
    var hashtableCommandArguments: [String] = []

    /// Inside a script block (`{`) of a command in a pipeline: the elements before that command
    /// (each one's command name or `$variable`), nearest last — what `$_` comes from.
    var scriptBlockInput: [String] = []

    /// True when the command segment was started by the call operator `&`.
    var afterCallOperator = false

    /// True when the word is what a redirection operator (`>`, `>>`, `2>&1>`) writes to.
    var isRedirectionTarget: Bool {
        guard let last = tokens.last, last.hasSuffix(">") else { return false }
        return last.allSatisfy { "0123456789*>&".contains($0) }
    }

    /// The word without its opening quote.
    var unquotedWord: String { openQuote == nil ? word : String(word.dropFirst()) }

    /// True when the word is where a command name goes.
    var isCommandPosition: Bool {
        if tokens.isEmpty { return true }
        // `$x = Get-Ms`, `$x += Get-Ms`
        if let last = tokens.last, ["=", "+=", "-=", "*=", "/=", "??="].contains(last), tokens.count >= 2, tokens[0].hasPrefix("$") { return true }
        return false
    }

    /// Index of the segment's first word after a leading `$x =` (where a command name would be).
    var statementStart: Int {
        tokens.count >= 2 && tokens[0].hasPrefix("$") && tokens[1].hasSuffix("=") ? 2 : 0
    }

    /// True when the segment is an expression rather than a command: it starts with a value (a
    /// string or number literal, a variable, a type literal, a parenthesized or array/hashtable
    /// expression). A `-word` there is an operator, as PowerShell's tokenizer reads it.
    var isExpressionStatement: Bool {
        guard statementStart < tokens.count, let first = tokens[statementStart].first else { return false }
        return "'\"‘’“”$[@(0123456789".contains(first)
    }

    static let maximumDepth = 100

    init(prefix: [Character]) {
        var segments: [[String]] = []      // outer segments' tokens, innermost last
        var opened: [Character] = []       // what opened each open segment: `(`, `{`, or `@` for a hashtable literal
        var piped: [[String]] = []         // each open segment's outer pipeline elements (see scriptBlockInput)
        var pipedFrom: [String] = []       // the current segment's earlier pipeline elements, first words
        var tokens: [String] = []
        var token: [Character] = []
        var wordStart = 0
        var quote: Character?
        var callOperator = false
        var i = 0

        func endToken() {
            if !token.isEmpty { tokens.append(String(token)) }
            token = []
        }
        while i < prefix.count {
            let c = prefix[i]
            if let q = quote {
                token.append(c)
                if c == q {
                    // a doubled quote inside the string is an escaped quote
                    if i + 1 < prefix.count, prefix[i + 1] == q { token.append(q); i += 2; continue }
                    quote = nil
                } else if c == "`", q == "\"", i + 1 < prefix.count {
                    token.append(prefix[i + 1]); i += 2; continue
                }
                i += 1
                continue
            }
            switch c {
            case "'", "\"", "‘", "’", "“", "”":
                if token.isEmpty { wordStart = i }
                token.append(c)
                quote = (c == "‘" || c == "’") ? "’" : (c == "“" || c == "”") ? "”" : c
            case " ", "\t":
                endToken()
            case "`":
                token.append(c)
                if i + 1 < prefix.count { token.append(prefix[i + 1]); i += 1 }
            case ">":
                // a redirection operator: `>`, `>>`, `2>`, `2>&1`, `*>`; what follows is its target
                var op = token.allSatisfy({ "0123456789*".contains($0) }) ? String(token) : ""
                if op.isEmpty { endToken() }
                token = []
                op.append(">")
                if i + 1 < prefix.count, prefix[i + 1] == ">" {
                    op.append(">"); i += 1
                } else if i + 2 < prefix.count, prefix[i + 1] == "&", prefix[i + 2].isNumber {
                    op += "&" + String(prefix[i + 2]); i += 2
                }
                tokens.append(op)
                wordStart = i + 1
            case "|", ";", "\n", "\r", "&":
                endToken()
                callOperator = c == "&" && !(i + 1 < prefix.count && prefix[i + 1] == "&") && !(i > 0 && prefix[i - 1] == "&")
                if c == "|", !(i + 1 < prefix.count && prefix[i + 1] == "|") {
                    let first = tokens.count >= 2 && tokens[0].hasPrefix("$") && tokens[1].hasSuffix("=") ? 2 : 0
                    if first < tokens.count { pipedFrom.append(tokens[first]) } else { pipedFrom = [] }
                } else {
                    pipedFrom = []
                }
                tokens = []
            case "{" where token == ["$"]:
                // `${name}`: a braced variable name is one word
                token.append(c)
            case "}" where token.count >= 2 && token[0] == "$" && token[1] == "{" && !token.dropFirst(2).contains("}"):
                token.append(c)
            case "(", "{":
                let hashtable = c == "{" && (token == ["@"] || token.count >= 2 && token.last == "@" && token[token.count - 2] == ",")
                endToken()
                if segments.count < CompletionInput.maximumDepth {
                    segments.append(tokens)
                    opened.append(hashtable ? "@" : c)
                    piped.append(pipedFrom)
                }
                pipedFrom = []
                tokens = []
            case ")", "}":
                endToken()
                if !opened.isEmpty { opened.removeLast() }
                if let outer = piped.popLast() { pipedFrom = outer }
                if let outer = segments.popLast() {
                    tokens = outer + [c == ")" ? "(…)" : "{…}"]
                } else {
                    tokens = []  // an unmatched closer: start over as a new statement
                }
            case "=" where token.isEmpty || ["+", "-", "*", "/", "?", "??"].contains(String(token)):
                token.append(c)
                endToken()
                if tokens.count >= 2 { tokens = [tokens[0], tokens[tokens.count - 1]] }
            case ",":
                token.append(c)
                wordStart = i + 1
            default:
                if token.isEmpty { wordStart = i }
                token.append(c)
            }
            i += 1
        }
        if token.isEmpty { wordStart = prefix.count }
        self.wordStart = min(wordStart, prefix.count)
        let word = String(prefix[self.wordStart...])
        self.word = word
        self.before = String(prefix[..<self.wordStart])
        self.tokens = tokens
        self.afterCallOperator = callOperator && tokens.isEmpty
        if quote != nil, let first = word.first, "'\"‘’“”".contains(first) { openQuote = first } else { openQuote = nil }
        if opened.last == "{", let input = piped.last { scriptBlockInput = input }
        if opened.last == "@", let outer = segments.last {
            // the command: the outer segment's first word (after `$x =`)
            let commandIndex = outer.count >= 2 && outer[0].hasPrefix("$") && outer[1].hasSuffix("=") ? 2 : 0
            if commandIndex < outer.count {
                hashtableCommand = outer[commandIndex]
                // the literal's own `@` (or `x,@`) is not an argument before it
                hashtableCommandArguments = Array(outer.dropFirst(commandIndex + 1))
                if let last = hashtableCommandArguments.last, last.hasSuffix("@") {
                    hashtableCommandArguments.removeLast()
                    if last.count > 1 { hashtableCommandArguments.append(String(last.dropLast())) }
                }
            }
            if quote == nil, let eq = word.firstIndex(of: "="), eq != word.startIndex {
                let head = String(word[...eq])
                hashtableEntry = (String(word[..<eq]), String(word[word.index(after: eq)...]), head)
            } else if tokens.count == 2, tokens[1] == "=" {
                hashtableEntry = (tokens[0], openQuote == nil ? word : String(word.dropFirst()), "")
            }
        }
    }
}
