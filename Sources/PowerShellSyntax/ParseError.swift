/// A syntax error, worded as PowerShell words it.
public struct ParseError: Error, Sendable, CustomStringConvertible {
    /// PowerShell's error id (`MissingEndCurlyBrace`, `UnexpectedToken`, ...).
    public let errorId: String
    /// PowerShell's message (`Missing closing '}' in statement block or type definition.`).
    public let message: String
    public let extent: Extent
    /// True when more input could complete the text (open brace, string, trailing pipe,
    /// operator or backtick at the end): the REPL then asks for another line with `>> `.
    public let incompleteInput: Bool

    public init(errorId: String, message: String, extent: Extent, incompleteInput: Bool) {
        self.errorId = errorId
        self.message = message
        self.extent = extent
        self.incompleteInput = incompleteInput
    }

    public var line: Int { extent.startLine }
    public var column: Int { extent.startColumn }

    public var description: String { "\(extent.startLine):\(extent.startColumn) \(errorId): \(message)" }
}

/// What `Parser.parse` returns: the (possibly partial) tree, the errors, and the tokens read.
public struct ParseResult: Sendable {
    public let scriptBlock: ScriptBlockAst
    public let errors: [ParseError]
    /// Tokens in source order, comments included (for tab completion and highlighting).
    public let tokens: [Token]
    public let source: SourceText

    public init(scriptBlock: ScriptBlockAst, errors: [ParseError], tokens: [Token], source: SourceText) {
        self.scriptBlock = scriptBlock
        self.errors = errors
        self.tokens = tokens
        self.source = source
    }

    /// True when parsing failed only because the input ended too early (every error is an
    /// incomplete-input error): the REPL should read another line instead of reporting.
    public var isIncomplete: Bool { !errors.isEmpty && errors.allSatisfy { $0.incompleteInput } }
}
