/// Token kinds, named after PowerShell's `TokenKind` where one exists.
public enum TokenKind: Sendable, Hashable {
    case endOfInput
    case newLine
    /// `` ` `` followed by a newline.
    case lineContinuation
    case comment
    /// `$x`, `${x}`, `$script:x`.
    case variable
    /// `@x` in a command.
    case splattedVariable
    /// `-Name` or `-Name:` in a command.
    case parameter
    case number
    /// `'...'`.
    case stringLiteral
    /// `"..."`, whether or not it expands anything.
    case stringExpandable
    case hereStringLiteral
    case hereStringExpandable
    /// An argument-mode word, command name or other bare text.
    case generic
    /// A member name, attribute name or hashtable key.
    case identifier
    /// `[type]` text inside brackets.
    case typeName
    case keyword
    /// `:label`.
    case label
    /// Operators, with their text in `Token.text`: `-eq`, `+`, `=`, `..`, `|`, `&&`, `>`, `2>&1` ...
    case `operator`
    /// `(` `)` `{` `}` `[` `]` `@(` `@{` `$(` `;` `,` `.` `::` `?.` `?[`
    case punctuation
    /// `--%` and the verbatim text after it.
    case stopParsing
    /// Text the lexer could not read (an unterminated string, a stray character).
    case unknown
}

/// A token with its extent. `text` is the source text; `value` is the processed value for
/// strings (quotes removed, escapes applied), names for variables/parameters/identifiers.
public struct Token: Sendable {
    public internal(set) var kind: TokenKind
    public let extent: Extent
    public let value: String
    /// What the parser made of the token beyond its kind (PowerShell's `TokenFlags` that depend
    /// on where the token is: a command's name).
    public internal(set) var traits: TokenTraits = []

    public init(kind: TokenKind, extent: Extent, value: String) {
        self.kind = kind
        self.extent = extent
        self.value = value
    }

    public var text: String { extent.text }
}

/// Roles a token plays that its kind does not tell.
public struct TokenTraits: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// The name of the command a command element list starts with (`Get-Item` in `Get-Item x`).
    public static let commandName = TokenTraits(rawValue: 1)
}
