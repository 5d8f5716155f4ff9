// Character classes of the PowerShell lexical grammar (language spec chapter 2, and the
// tokenizer's own tables): en/em dashes and the horizontal bar count as '-', typographic
// quotes count as quotes, non-breaking and other Unicode spaces as whitespace.

@inline(__always) func isDash(_ c: UInt32) -> Bool {
    c == 0x2D || c == 0x2013 || c == 0x2014 || c == 0x2015
}

@inline(__always) func isSingleQuote(_ c: UInt32) -> Bool {
    c == 0x27 || c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B
}

@inline(__always) func isDoubleQuote(_ c: UInt32) -> Bool {
    c == 0x22 || c == 0x201C || c == 0x201D || c == 0x201E
}

@inline(__always) func isNewlineChar(_ c: UInt32) -> Bool { c == 0x0A || c == 0x0D }

@inline(__always) func isWhitespaceChar(_ c: UInt32) -> Bool {
    switch c {
    case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x85, 0xFEFF, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    case 0x2000...0x200A: return true
    default: return false
    }
}

@inline(__always) func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }

@inline(__always) func isHexDigit(_ c: UInt32) -> Bool {
    isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
}

@inline(__always) func isAsciiLetter(_ c: UInt32) -> Bool {
    (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
}

func isLetter(_ c: UInt32) -> Bool {
    if c < 0x80 { return isAsciiLetter(c) }
    guard let s = Unicode.Scalar(c) else { return false }
    return s.properties.isAlphabetic
}

func isLetterOrDigit(_ c: UInt32) -> Bool {
    if c < 0x80 { return isAsciiLetter(c) || isDigit(c) }
    guard let s = Unicode.Scalar(c) else { return false }
    return s.properties.isAlphabetic || s.properties.numericType == .decimal
}

/// Letters, digits and `_`: identifiers, member names, labels.
@inline(__always) func isIdentifierChar(_ c: UInt32) -> Bool { c == 0x5F || isLetterOrDigit(c) }

/// Characters of a simple variable name (`$a?` is the variable `a?`, PowerShell's rule).
@inline(__always) func isVariableChar(_ c: UInt32) -> Bool { c == 0x5F || c == 0x3F || isLetterOrDigit(c) }

/// Characters that end an argument-mode (generic) token.
@inline(__always) func endsGenericToken(_ c: UInt32) -> Bool {
    switch c {
    case 0x7B, 0x7D, 0x28, 0x29, 0x3B, 0x2C, 0x7C, 0x26: return true  // { } ( ) ; , | &
    case 0x0A, 0x0D: return true
    default: return isWhitespaceChar(c)
    }
}

func scalarString(_ c: UInt32) -> String {
    guard let s = Unicode.Scalar(c) else { return "\u{FFFD}" }
    return String(Character(s))
}

extension String.UnicodeScalarView {
    @inline(__always) mutating func append(code c: UInt32) {
        append(Unicode.Scalar(c) ?? "\u{FFFD}")
    }
}

/// `s` without leading and trailing characters from `set`.
func trimmed<S: StringProtocol>(_ s: S, _ set: String) -> String {
    var chars = Substring(s)
    while let f = chars.first, set.contains(f) { chars = chars.dropFirst() }
    while let l = chars.last, set.contains(l) { chars = chars.dropLast() }
    return String(chars)
}
