import PowerShellSyntax

/// The Parser API's token enumerations, `[System.Management.Automation.Language.TokenKind]` and
/// `[...TokenFlags]` (names and numbers as .NET defines them), and how a LicenseLab token maps
/// onto them: `$tokens[i].Kind` and `.TokenFlags` after `[Parser]::ParseInput`.
enum LanguageTokens {
    static let tokenKind: EnumType = {
        let unclassified = ["Unknown", "Variable", "SplattedVariable", "Parameter", "Number", "Label", "Identifier", "Generic",
                            "NewLine", "LineContinuation", "Comment", "EndOfInput", "StringLiteral", "StringExpandable",
                            "HereStringLiteral", "HereStringExpandable", "LParen", "RParen", "LCurly", "RCurly", "LBracket",
                            "RBracket", "AtParen", "AtCurly", "DollarParen", "Semi", "AndAnd", "OrOr", "Ampersand", "Pipe",
                            "Comma", "MinusMinus", "PlusPlus", "DotDot", "ColonColon", "Dot", "Exclaim", "Multiply", "Divide",
                            "Rem", "Plus", "Minus", "Equals", "PlusEquals", "MinusEquals", "MultiplyEquals", "DivideEquals",
                            "RemainderEquals", "Redirection", "RedirectInStd", "Format", "Not", "Bnot", "And", "Or", "Xor",
                            "Band", "Bor", "Bxor", "Join", "Ieq", "Ine", "Ige", "Igt", "Ilt", "Ile", "Ilike", "Inotlike",
                            "Imatch", "Inotmatch", "Ireplace", "Icontains", "Inotcontains", "Iin", "Inotin", "Isplit", "Ceq",
                            "Cne", "Cge", "Cgt", "Clt", "Cle", "Clike", "Cnotlike", "Cmatch", "Cnotmatch", "Creplace",
                            "Ccontains", "Cnotcontains", "Cin", "Cnotin", "Csplit", "Is", "IsNot", "As", "PostfixPlusPlus",
                            "PostfixMinusMinus", "Shl", "Shr", "Colon", "QuestionMark", "QuestionQuestionEquals",
                            "QuestionQuestion", "QuestionDot", "QuestionLBracket"]
        var members = unclassified.enumerated().map { (name: $0.element, value: Int64($0.offset)) }
        // keywords are numbered from 119
        members += keywords.enumerated().map { (name: $0.element, value: Int64(119 + $0.offset)) }
        return EnumType(fullName: SystemManagementAutomationLanguage.namespace + ".TokenKind", members: members, isFlags: false, underlyingTypeName: "System.Int32")
    }()

    /// The keyword kinds in .NET's order (Begin = 119 ... Clean = 170).
    static let keywords = ["Begin", "Break", "Catch", "Class", "Continue", "Data", "Define", "Do", "Dynamicparam", "Else", "ElseIf",
                           "End", "Exit", "Filter", "Finally", "For", "Foreach", "From", "Function", "If", "In", "Param", "Process",
                           "Return", "Switch", "Throw", "Trap", "Try", "Until", "Using", "Var", "While", "Workflow", "Parallel",
                           "Sequence", "InlineScript", "Configuration", "DynamicKeyword", "Public", "Private", "Static", "Interface",
                           "Enum", "Namespace", "Module", "Type", "Assembly", "Command", "Hidden", "Base", "Default", "Clean"]

    static let tokenFlags = EnumType(fullName: SystemManagementAutomationLanguage.namespace + ".TokenFlags", members: [
        ("None", 0), ("BinaryPrecedenceLogical", 0x1), ("BinaryPrecedenceBitwise", 0x2), ("BinaryPrecedenceComparison", 0x5),
        ("BinaryPrecedenceCoalesce", 0x7), ("BinaryPrecedenceAdd", 0x9), ("BinaryPrecedenceMultiply", 0xa),
        ("BinaryPrecedenceFormat", 0xc), ("BinaryPrecedenceRange", 0xd), ("BinaryPrecedenceMask", 0xf), ("Keyword", 0x10),
        ("ScriptBlockBlockName", 0x20), ("BinaryOperator", 0x100), ("UnaryOperator", 0x200), ("CaseSensitiveOperator", 0x400),
        ("TernaryOperator", 0x800), ("SpecialOperator", 0x1000), ("AssignmentOperator", 0x2000), ("ParseModeInvariant", 0x8000),
        ("TokenInError", 0x10000), ("DisallowedInRestrictedMode", 0x20000), ("PrefixOrPostfixOperator", 0x40000),
        ("CommandName", 0x80000), ("MemberName", 0x100000), ("TypeName", 0x200000), ("AttributeName", 0x400000),
        ("CanConstantFold", 0x800000), ("StatementDoesntSupportAttributes", 0x1000000),
    ].map { (name: $0.0, value: Int64($0.1)) }, isFlags: true, underlyingTypeName: "System.Int32")

    static let all = [tokenKind, tokenFlags]

    /// Keyword kinds by folded text (PowerShell's keyword table; `DynamicKeyword` is not one).
    private static let keywordByText: [String: String] = {
        var d: [String: String] = [:]
        for k in keywords where k != "DynamicKeyword" { d[k.lowercased()] = k }
        return d
    }()

    private static let blockNames: Set<String> = ["begin", "process", "end", "clean", "dynamicparam"]

    private static let punctuation: [String: String] = [
        "(": "LParen", ")": "RParen", "{": "LCurly", "}": "RCurly", "[": "LBracket", "]": "RBracket", "@(": "AtParen",
        "@{": "AtCurly", "$(": "DollarParen", ";": "Semi", "&&": "AndAnd", "||": "OrOr", "&": "Ampersand", "|": "Pipe",
        ",": "Comma", "--": "MinusMinus", "++": "PlusPlus", "..": "DotDot", "::": "ColonColon", ".": "Dot", "!": "Exclaim",
        "*": "Multiply", "/": "Divide", "%": "Rem", "+": "Plus", "-": "Minus", "=": "Equals", "+=": "PlusEquals",
        "-=": "MinusEquals", "*=": "MultiplyEquals", "/=": "DivideEquals", "%=": "RemainderEquals", "<": "RedirectInStd",
        ":": "Colon", "?": "QuestionMark", "??=": "QuestionQuestionEquals", "??": "QuestionQuestion", "?.": "QuestionDot",
        "?[": "QuestionLBracket",
    ]

    /// `-op` spellings (folded, without the dash) to their kinds; `-eq` is `-ieq`.
    private static let dashOperators: [String: String] = {
        var d: [String: String] = ["f": "Format", "not": "Not", "bnot": "Bnot", "and": "And", "or": "Or", "xor": "Xor", "band": "Band",
                                   "bor": "Bor", "bxor": "Bxor", "join": "Join", "is": "Is", "isnot": "IsNot", "as": "As",
                                   "shl": "Shl", "shr": "Shr"]
        for op in ["eq", "ne", "ge", "gt", "lt", "le", "like", "notlike", "match", "notmatch", "replace", "contains", "notcontains",
                   "in", "notin", "split"] {
            d[op] = "I" + op
            d["i" + op] = "I" + op
            d["c" + op] = "C" + op
        }
        return d
    }()

    /// A word PowerShell's tokenizer reads as an identifier (letters, digits and `_`, not
    /// starting with a digit): a keyword or an Identifier token rather than a Generic one.
    private static func isSimpleName(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
        return s.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    /// The kind name and flags PowerShell gives a token.
    static func classify(_ t: Token) -> (kind: String, flags: Int64) {
        let text = t.text
        let folded = text.lowercased()
        let commandName: Int64 = t.traits.contains(.commandName) ? 0x80000 : 0
        switch t.kind {
        case .endOfInput: return ("EndOfInput", 0)
        case .newLine: return ("NewLine", 0)
        case .lineContinuation: return ("LineContinuation", 0)
        case .comment: return ("Comment", 0)
        case .variable: return ("Variable", 0)
        case .splattedVariable: return ("SplattedVariable", 0)
        case .parameter: return ("Parameter", 0)
        case .number: return ("Number", 0)
        case .stringLiteral: return ("StringLiteral", 0)
        case .stringExpandable: return ("StringExpandable", 0)
        case .hereStringLiteral: return ("HereStringLiteral", 0)
        case .hereStringExpandable: return ("HereStringExpandable", 0)
        case .label: return ("Label", 0)
        case .identifier: return ("Identifier", 0)
        case .typeName: return ("Identifier", 0x200000)
        case .keyword:
            guard let k = keywordByText[folded] else { return ("Identifier", 0) }
            return (k, blockNames.contains(folded) ? 0x30 : 0x10)
        case .generic:
            // a simple name is a keyword (only a command's name keeps that kind) or an identifier
            guard isSimpleName(text) else { return ("Generic", commandName) }
            if let k = keywordByText[folded] { return (commandName != 0 ? k : "Generic", commandName) }
            return ("Identifier", commandName)
        case .operator, .punctuation:
            let normalized = String(text.map { "\u{2013}\u{2014}\u{2015}".contains($0) ? "-" : $0 }).lowercased()
            if let k = punctuation[normalized] { return (k, 0) }
            if normalized.hasPrefix("-"), let k = dashOperators[String(normalized.dropFirst())] { return (k, 0) }
            if normalized.contains(">") { return ("Redirection", 0) }
            return ("Unknown", 0)
        case .stopParsing: return ("Generic", 0)
        case .unknown: return ("Unknown", 0)
        }
    }
}
