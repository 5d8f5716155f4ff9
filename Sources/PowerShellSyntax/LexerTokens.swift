// Internal token representation produced by the mode-switching scanner.

/// The two tokenizer modes of PowerShell (tokenizer.cs `TokenizerMode`): expression mode
/// reads operators and numbers; command (argument) mode reads bare words as strings,
/// `-Name` as parameters, and keeps `2+2` one word.
enum LexMode {
    case expression
    case command
}

/// A raw piece of an expandable string found by the scanner; sub-expressions are parsed later.
enum RawStringPart {
    case literal(String)
    case variable(VariablePath, start: Int, end: Int)
    /// `$( ... )` from the `$` to just after the `)`.
    case subExpression(start: Int, end: Int)
}

enum LexOperator: Equatable {
    case binary(BinaryOperator)
    case assign(AssignmentOperator)
    /// `-not`, `!`, `-bnot`
    case unary(UnaryOperator)
    case plusPlus
    case minusMinus
}

enum TokKind {
    case eof
    case newline
    case semicolon
    case comma
    case lparen, rparen, lcurly, rcurly, lbracket, rbracket
    case atParen, atCurly, dollarParen
    case dot, colonColon, questionDot, questionBracket, colon, question
    case pipe, ampAmp, pipePipe, amp
    case variable(VariablePath)
    case splat(VariablePath)
    /// `-Name` (`colon` when written `-Name:`).
    case parameter(String, colon: Bool)
    case number(NumberValue)
    case string(String, StringConstantType)
    case expandable([RawStringPart], raw: Range<Int>, StringConstantType)
    /// A bare word (argument mode) or identifier (expression mode), escapes processed.
    case word(String)
    /// A bare word containing `$` expansions (argument mode).
    case expandableWord([RawStringPart], raw: Range<Int>)
    case op(LexOperator)
    case redirect(from: RedirectionStream, to: RedirectionStream?, append: Bool)
    /// `--` alone in argument mode: the rest are arguments, not parameters.
    case endOfParameters
    /// `--%` and the rest of the line.
    case stopParsing(String)
    /// A character that starts no token (its error has been reported).
    case unknown
}

struct Tok {
    var kind: TokKind
    var start: Int
    var end: Int
    /// Whitespace or a comment came before the token (on the same line).
    var precededBySpace: Bool

    var isEOF: Bool { if case .eof = kind { return true } else { return false } }
    var isNewline: Bool { if case .newline = kind { return true } else { return false } }
}
