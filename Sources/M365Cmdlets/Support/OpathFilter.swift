import Foundation
import PowerShellRuntime

/// The OPATH subset Exchange scripts use in `-Filter`: `Property -eq|-ne|-like|-notlike 'value'`,
/// `-and`, `-or`, `-not`, parentheses, `$null`, `*` wildcards (`-like`, and `-eq` with a
/// trailing `*` as Exchange allows). Multi-valued properties match when any value matches.
indirect enum OpathFilter {
    case compare(property: String, op: String, value: String?)
    case and(OpathFilter, OpathFilter)
    case or(OpathFilter, OpathFilter)
    case not(OpathFilter)

    struct ParseError: Error { let message: String }

    static func parse(_ text: String) throws -> OpathFilter {
        var p = Parser(tokens: try tokenize(text))
        let f = try p.orExpr(depth: 0)
        guard p.index == p.tokens.count else { throw ParseError(message: "Invalid filter syntax. For a description of the filter parameter syntax see the command help.\n\"\(text)\" at position \(text.count).") }
        return f
    }

    /// Evaluates against a property reader returning every value of a property as text.
    func matches(_ values: (String) -> [String]?) -> Bool {
        switch self {
        case .and(let a, let b): return a.matches(values) && b.matches(values)
        case .or(let a, let b): return a.matches(values) || b.matches(values)
        case .not(let a): return !a.matches(values)
        case .compare(let property, let op, let value):
            let actual = values(property) ?? []
            let positive: Bool
            switch op {
            case "-eq", "-ne":
                if let value {
                    positive = actual.contains { OpathFilter.equal($0, value) }
                } else {
                    positive = actual.isEmpty || actual.allSatisfy(\.isEmpty)
                }
                return op == "-eq" ? positive : !positive
            default:
                let pattern = WildcardMatcher(value ?? "")
                positive = actual.contains { pattern.matches($0) }
                return op == "-like" ? positive : !positive
            }
        }
    }

    /// Exchange compares proxy addresses with or without their `smtp:` prefix.
    static func equal(_ actual: String, _ wanted: String) -> Bool {
        let a = actual.lowercased(), w = wanted.lowercased()
        if w.hasSuffix("*") { return WildcardMatcher(wanted).matches(actual) }
        if a == w { return true }
        if let colon = a.firstIndex(of: ":"), !w.contains(":") { return String(a[a.index(after: colon)...]) == w }
        return false
    }

    enum Token: Equatable { case word(String), string(String), lparen, rparen }

    static func tokenize(_ text: String) throws -> [Token] {
        var out: [Token] = []
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c.isWhitespace { i = text.index(after: i); continue }
            if c == "(" { out.append(.lparen); i = text.index(after: i); continue }
            if c == ")" { out.append(.rparen); i = text.index(after: i); continue }
            if c == "'" || c == "\"" {
                var j = text.index(after: i)
                var s = ""
                while j < text.endIndex {
                    if text[j] == c {
                        let next = text.index(after: j)
                        if next < text.endIndex && text[next] == c { s.append(c); j = text.index(after: next); continue }
                        break
                    }
                    s.append(text[j]); j = text.index(after: j)
                }
                guard j < text.endIndex else { throw ParseError(message: "Invalid filter syntax: unterminated string in \"\(text)\".") }
                out.append(.string(s)); i = text.index(after: j); continue
            }
            var j = i
            var w = ""
            while j < text.endIndex, !text[j].isWhitespace, text[j] != "(", text[j] != ")" { w.append(text[j]); j = text.index(after: j) }
            out.append(.word(w)); i = j
        }
        return out
    }

    struct Parser {
        let tokens: [Token]
        var index = 0
        static let maxDepth = 64

        mutating func peekWord() -> String? {
            guard index < tokens.count, case .word(let w) = tokens[index] else { return nil }
            return w.lowercased()
        }

        mutating func orExpr(depth: Int) throws -> OpathFilter {
            var left = try andExpr(depth: depth)
            while peekWord() == "-or" { index += 1; left = .or(left, try andExpr(depth: depth)) }
            return left
        }

        mutating func andExpr(depth: Int) throws -> OpathFilter {
            var left = try unary(depth: depth)
            while peekWord() == "-and" { index += 1; left = .and(left, try unary(depth: depth)) }
            return left
        }

        mutating func unary(depth: Int) throws -> OpathFilter {
            guard depth < Parser.maxDepth else { throw ParseError(message: "The filter is nested too deeply.") }
            if peekWord() == "-not" { index += 1; return .not(try unary(depth: depth + 1)) }
            guard index < tokens.count else { throw ParseError(message: "Invalid filter syntax: the filter ends too early.") }
            if tokens[index] == .lparen {
                index += 1
                let inner = try orExpr(depth: depth + 1)
                guard index < tokens.count, tokens[index] == .rparen else { throw ParseError(message: "Invalid filter syntax: missing ')'.") }
                index += 1
                return inner
            }
            guard case .word(let property) = tokens[index] else { throw ParseError(message: "Invalid filter syntax: a property name was expected.") }
            index += 1
            guard let op = peekWord(), ["-eq", "-ne", "-like", "-notlike"].contains(op) else {
                throw ParseError(message: "Invalid filter syntax: '\(property)' must be followed by -eq, -ne, -like or -notlike.")
            }
            index += 1
            guard index < tokens.count else { throw ParseError(message: "Invalid filter syntax: a value was expected.") }
            let value: String?
            switch tokens[index] {
            case .string(let s): value = s
            case .word(let w): value = w.lowercased() == "$null" ? nil : (w.lowercased() == "$true" ? "True" : (w.lowercased() == "$false" ? "False" : w))
            default: throw ParseError(message: "Invalid filter syntax: a value was expected.")
            }
            index += 1
            return .compare(property: property, op: op, value: value)
        }
    }
}

/// `*` and `?` wildcards, case-insensitive (the subset filters use).
struct WildcardMatcher {
    let regex: NSRegularExpression?
    init(_ pattern: String) {
        var r = "^"
        for ch in pattern {
            switch ch {
            case "*": r += ".*"
            case "?": r += "."
            default: r += NSRegularExpression.escapedPattern(for: String(ch))
            }
        }
        r += "$"
        regex = try? NSRegularExpression(pattern: r, options: [.caseInsensitive, .dotMatchesLineSeparators])
    }
    func matches(_ s: String) -> Bool {
        guard let regex else { return false }
        return regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
    }
}
