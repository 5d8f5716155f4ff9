import PowerShellSyntax

/// Completions that read the text around the cursor rather than a command: a dictionary's keys
/// inside `$table[`, and the labels of the loops enclosing a `break` or `continue`.
extension CompletionEngine {
    // MARK: index keys

    /// `$PSVersionTable[PSv`, `$t["He`: the string keys of the dictionary the variable holds
    /// (or, when it holds none, of the hashtable literal the text before assigns to it), starting
    /// with what was typed, each in single quotes (CompletionCompleters.CompleteIndexExpression).
    func indexKeyCompletion(_ prefix: [Character]) -> (Int, [CompletionMatch])? {
        var i = prefix.count
        while i > 0, prefix[i - 1].isLetter || prefix[i - 1].isNumber || prefix[i - 1] == "_" || prefix[i - 1] == "-" { i -= 1 }
        let typed = String(prefix[i...])
        var start = i
        if i > 0, "'\"".contains(prefix[i - 1]) { i -= 1; start = i }
        while i > 0, prefix[i - 1].isWhitespace { i -= 1 }
        guard i > 0, prefix[i - 1] == "[" else { return nil }
        i -= 1
        var nameStart = i
        while nameStart > 0, prefix[nameStart - 1].isLetter || prefix[nameStart - 1].isNumber || prefix[nameStart - 1] == "_" || prefix[nameStart - 1] == ":" {
            nameStart -= 1
        }
        guard nameStart > 0, prefix[nameStart - 1] == "$", nameStart < i else { return nil }
        let name = String(prefix[nameStart..<i])
        let keys: [String]
        if case .hashtable(let h)? = session.variable(name) {
            keys = h.keys.compactMap { if case .string(let s) = $0 { return s } else { return nil } }
        } else if let literal = assignedHashtableKeys(name, in: String(prefix[..<(nameStart - 1)])) {
            keys = literal
        } else {
            return nil
        }
        let matches = keys.filter { NameKey.fold($0).hasPrefix(NameKey.fold(typed)) }
            .map { CompletionMatch("'" + $0 + "'", listItemText: $0, kind: .property, toolTip: $0) }
        return (start, matches)
    }

    /// The keys of the hashtable literal last assigned to `$name` by the statements of `text`.
    func assignedHashtableKeys(_ name: String, in text: String) -> [String]? {
        let statements = Parser.parse(text).scriptBlock.endBlock?.statements ?? []
        for statement in statements.reversed() {
            guard case .assignment(let a) = statement, case .variable(let v) = a.left,
                  NameKey(v.variablePath.name) == NameKey(name) else { continue }
            guard case .pipeline(let p) = a.right, p.pipelineElements.count == 1,
                  case .expression(let e) = p.pipelineElements[0], case .hashtable(let h) = e.expression else { return nil }
            return h.keyValuePairs.compactMap { entry in
                if case .stringConstant(let s) = entry.key { return s.value }
                return nil
            }
        }
        return nil
    }

    // MARK: using

    /// `using nam`: the kinds of `using` statement (a line continuation may come between).
    func usingKinds(_ prefix: [Character]) -> (Int, [CompletionMatch])? {
        var i = prefix.count
        while i > 0, prefix[i - 1].isLetter { i -= 1 }
        let typed = NameKey.fold(String(prefix[i...]))
        let before = String(prefix[..<i]).replacingOccurrences(of: "`\r\n", with: " ").replacingOccurrences(of: "`\n", with: " ")
        let statement = before.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ";" || $0 == "\n" }).last.map(String.init) ?? before
        let words = statement.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count == 1, NameKey.fold(String(words[0])) == "using", statement.last == " " || statement.last == "\t" else { return nil }
        let kinds = ["assembly", "module", "namespace", "type"].filter { $0.hasPrefix(typed) }
        return (i, kinds.map { CompletionMatch($0, kind: .text) })
    }

    // MARK: functions in the text

    /// Functions the text defines (`function Get-X {}`), whose names match the typed word.
    static func definedFunctions(in text: String) -> [String] {
        guard NameKey.fold(text).contains("function") || NameKey.fold(text).contains("filter") else { return [] }
        let tokens = Parser.tokenize(text)
        var names: [String] = []
        for (i, t) in tokens.enumerated() where ["function", "filter"].contains(NameKey.fold(t.text)) && i + 1 < tokens.count {
            let name = tokens[i + 1]
            if name.kind == .generic || name.kind == .identifier { names.append(name.text) }
        }
        return names
    }

    // MARK: static members

    /// `[math]::Ro`, `[ActionPreference]::  B`: an enumeration's names (sorted), else the type's
    /// static properties and methods (`Round(`) the runtime has, starting with what was typed.
    func staticMemberCompletion(_ prefix: [Character]) -> (Int, [CompletionMatch])? {
        var i = prefix.count
        while i > 0, prefix[i - 1].isLetter || prefix[i - 1].isNumber || prefix[i - 1] == "_" { i -= 1 }
        let typed = String(prefix[i...])
        var j = i
        while j > 0, prefix[j - 1].isWhitespace { j -= 1 }
        guard j >= 3, prefix[j - 1] == ":", prefix[j - 2] == ":", prefix[j - 3] == "]" else { return nil }
        var open = j - 3
        var depth = 0
        while open > 0 {
            open -= 1
            if prefix[open] == "]" { depth += 1 } else if prefix[open] == "[" {
                if depth == 0 { break }
                depth -= 1
            }
        }
        guard prefix[open] == "[" else { return nil }
        let typeName = String(prefix[(open + 1)..<(j - 3)])
        let pattern = WildcardPattern(typed + "*")
        if let e = DotNetEnums.resolve(typeName, in: session) {
            let names = e.members.map(\.name).filter { pattern.matches($0) }.sorted(by: CompletionEngine.toolTipOrder)
            return (i, names.map { CompletionMatch($0, kind: .property, toolTip: e.fullName + " " + $0) })
        }
        guard let type = session.types.resolve(typeName), let members = session.types.members(of: type) else { return nil }
        let properties = members.staticProperties.values.map(\.name).filter { pattern.matches($0) }.sorted(by: CompletionEngine.toolTipOrder)
        let methods = members.staticMethods.values.map(\.name).filter { pattern.matches($0) }.sorted(by: CompletionEngine.toolTipOrder)
        return (i, properties.map { CompletionMatch($0, kind: .property) } + methods.map { CompletionMatch($0 + "(", listItemText: $0, kind: .method) })
    }

    // MARK: calculated-property keys

    /// `Format-Table @{`: the keys a calculated property (or a -GroupBy or sort specification)
    /// takes for the command and parameter the hashtable is given to, with PowerShell's tool tips.
    func calculatedPropertyKeys(_ input: CompletionInput) -> [CompletionMatch]? {
        guard input.hashtableEntry == nil, input.tokens.isEmpty, input.openQuote == nil, !input.word.contains("="),
              let command = input.hashtableCommand, let metadata = session.resolveCommandMetadata(command),
              let parameter = parameterForArgument(input.hashtableCommandArguments, metadata) else { return nil }
        let keys: [String]
        switch (NameKey.fold(metadata.name), NameKey.fold(parameter.name)) {
        case ("format-table", "groupby"), ("format-list", "groupby"), ("format-wide", "groupby"), ("format-custom", "groupby"):
            keys = ["Expression", "FormatString", "Label"]
        case ("select-object", "property"): keys = ["Name", "Expression"]
        case ("sort-object", "property"): keys = ["Expression", "Ascending", "Descending"]
        case ("group-object", "property"): keys = ["Expression"]
        case ("format-table", "property"): keys = ["Expression", "FormatString", "Label", "Width", "Alignment"]
        case ("format-list", "property"): keys = ["Expression", "FormatString", "Label"]
        case ("format-wide", "property"): keys = ["Expression", "FormatString"]
        case ("format-custom", "property"): keys = ["Expression", "Depth"]
        default: return nil
        }
        let typed = NameKey.fold(input.word)
        return keys.filter { NameKey.fold($0).hasPrefix(typed) }
            .map { CompletionMatch($0, kind: .property, toolTip: CompletionEngine.hashtableKeyToolTips[$0]) }
    }

    /// What PowerShell's tool tip says about each key (TabCompletionStrings).
    static let hashtableKeyToolTips: [String: String] = [
        "Alignment": "[string]\nDefine how the values are displayed in a column.\nValid values are 'left', 'center', or 'right'.",
        "Ascending": "[bool]\nSpecifies the order of sorting for one or more properties.",
        "Depth": "[int]\nThe depth key specifies the depth of expansion per property.",
        "Descending": "[bool]\nSpecifies the order of sorting for one or more properties.",
        "Expression": "[scriptblock]\nA script block used to calculate the value of the new property.",
        "FormatString": "[string]\nSpecifies a format string that defines how the value is formatted for output.",
        "Label": "[string]\nSpecifies the name of the property being created.",
        "Name": "[string]\nSpecifies the name of the property being created.",
        "Width": "[int]\nSpecifies the maximum column width in a table when the value is displayed.\nThe value must be greater than 0.",
    ]

    // MARK: loop labels

    /// After `break` or `continue`: the labels of the loops around the cursor, outermost first;
    /// nothing when a label is already written after the cursor or the word starts with `:`.
    func loopLabels(_ input: CompletionInput, after: String) -> [CompletionMatch]? {
        // the keyword starts a statement: first in its segment, or right after a closed block
        let t = input.tokens
        guard let keyword = t.last, ["break", "continue"].contains(NameKey.fold(keyword)), input.openQuote == nil,
              t.count == 1 || t[t.count - 2] == "{…}" else { return nil }
        if input.word.hasPrefix(":") { return [] }
        if input.word.isEmpty, let next = after.drop(while: { $0 == " " || $0 == "\t" }).first, next.isLetter { return [] }
        let typed = NameKey.fold(input.word)
        return CompletionEngine.enclosingLabels(Array(input.before)).filter { NameKey.fold($0).hasPrefix(typed) }
            .map { CompletionMatch($0, kind: .text) }
    }

    /// Labels (`:name` before a loop or switch) whose body `{` is still open at the end of `text`.
    static func enclosingLabels(_ text: [Character]) -> [String] {
        var open: [String?] = []
        var pending: (label: String, parens: Int)?
        var parens = 0
        var quote: Character?
        var i = 0
        while i < text.count {
            let c = text[i]
            if let q = quote {
                if c == q { quote = nil }
                i += 1
                continue
            }
            switch c {
            case "'", "\"":
                quote = c
            case "(":
                parens += 1
            case ")":
                parens -= 1
            case "{":
                if let p = pending, p.parens == parens {
                    open.append(p.label)
                    pending = nil
                } else {
                    open.append(nil)
                }
            case "}":
                if !open.isEmpty { open.removeLast() }
            case ":" where i + 1 < text.count && (text[i + 1].isLetter || text[i + 1] == "_")
                && (i == 0 || text[i - 1].isWhitespace || "{;(".contains(text[i - 1])):
                var j = i + 1
                while j < text.count, text[j].isLetter || text[j].isNumber || text[j] == "_" { j += 1 }
                pending = (String(text[(i + 1)..<j]), parens)
                i = j
                continue
            default:
                break
            }
            i += 1
        }
        return open.compactMap { $0 }
    }
}
