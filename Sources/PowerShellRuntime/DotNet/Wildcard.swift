// PowerShell wildcard patterns (-like, Get-Command name filters, switch -Wildcard):
// `*` any run, `?` exactly one character, `[abc]` / `[a-c]` one character from a set or range,
// and a backtick escapes the next character. Case-insensitive unless asked otherwise.
// The pattern is compiled once into elements and matched with the two-pointer star algorithm.
// `WildcardPattern.cached(_:caseSensitive:)` keeps compiled patterns for reuse across calls.

import Foundation

public struct WildcardPattern: Sendable {
    enum Element: Sendable {
        case literal(Unicode.Scalar)
        case any            // ?
        case star           // *
        case set([SetItem]) // [...]
    }
    enum SetItem: Sendable {
        case single(Unicode.Scalar)
        case range(Unicode.Scalar, Unicode.Scalar)
    }

    public let pattern: String
    public let caseSensitive: Bool
    let elements: [Element]
    /// Set when the pattern is malformed (an unclosed `[`); such a pattern matches nothing.
    /// The message is PowerShell's: `The specified wildcard character pattern is not valid: <pattern>`.
    public let errorMessage: String?

    public var isValid: Bool { errorMessage == nil }

    public init(_ pattern: String, caseSensitive: Bool = false) {
        self.pattern = pattern
        self.caseSensitive = caseSensitive
        let fold: @Sendable (Unicode.Scalar) -> Unicode.Scalar
        if caseSensitive { fold = { $0 } } else { fold = { CaseFold.foldScalar($0) } }
        var els: [Element] = []
        var error: String? = nil
        let scalars = Array(pattern.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            switch c {
            case "*":
                if case .star? = els.last {} else { els.append(.star) }
                i += 1
            case "?":
                els.append(.any); i += 1
            case "`":
                if i + 1 < scalars.count { els.append(.literal(fold(scalars[i + 1]))); i += 2 }
                else { els.append(.literal("`")); i += 1 }
            case "[":
                var j = i + 1
                var items: [SetItem] = []
                var closed = false
                var pending: [Unicode.Scalar] = []
                while j < scalars.count {
                    var ch = scalars[j]
                    if ch == "]" && (j > i + 1) { closed = true; j += 1; break }
                    if ch == "]" && j == i + 1 {
                        // "[]" is an empty set only when followed by nothing else PowerShell accepts;
                        // treat "]" right after "[" as closing (empty set matches nothing).
                        closed = true; j += 1; break
                    }
                    if ch == "`" && j + 1 < scalars.count { j += 1; ch = scalars[j] }
                    pending.append(fold(ch))
                    j += 1
                }
                if !closed {
                    error = "The specified wildcard character pattern is not valid: \(pattern)"
                    i = scalars.count
                    break
                }
                var k = 0
                while k < pending.count {
                    if k + 2 < pending.count && pending[k + 1] == "-" {
                        items.append(.range(pending[k], pending[k + 2])); k += 3
                    } else {
                        items.append(.single(pending[k])); k += 1
                    }
                }
                els.append(.set(items))
                i = j
            default:
                els.append(.literal(fold(c))); i += 1
            }
        }
        self.elements = els
        self.errorMessage = error
    }

    @inline(__always)
    private func matchOne(_ e: Element, _ c: Unicode.Scalar) -> Bool {
        switch e {
        case .literal(let l): return l == c
        case .any: return true
        case .star: return false
        case .set(let items):
            for item in items {
                switch item {
                case .single(let s): if s == c { return true }
                case .range(let lo, let hi): if c.value >= lo.value && c.value <= hi.value { return true }
                }
            }
            return false
        }
    }

    public func matches(_ text: String) -> Bool {
        if errorMessage != nil { return false }
        // ASCII text: match straight over the UTF-8 bytes, no allocation
        let fast: Bool?? = text.utf8.withContiguousStorageIfAvailable { buf -> Bool? in
            for b in buf where b >= 0x80 { return nil }
            if caseSensitive { return run(count: buf.count) { Unicode.Scalar(buf[$0]) } }
            return run(count: buf.count) { i in
                let b = buf[i]
                return Unicode.Scalar(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            }
        }
        if let f = fast, let result = f { return result }
        var t: [Unicode.Scalar] = []
        t.reserveCapacity(text.utf8.count)
        if caseSensitive { t.append(contentsOf: text.unicodeScalars) }
        else { for u in text.unicodeScalars { t.append(CaseFold.foldScalar(u)) } }
        return run(count: t.count) { t[$0] }
    }

    /// Star matching with single backtrack point (linear for patterns with one `*`, O(n·m) worst case).
    @inline(__always)
    private func run(count: Int, _ at: (Int) -> Unicode.Scalar) -> Bool {
        let p = elements
        var ti = 0, pi = 0
        var starP = -1, starT = 0
        while ti < count {
            if pi < p.count {
                if case .star = p[pi] { starP = pi; starT = ti; pi += 1; continue }
                if matchOne(p[pi], at(ti)) { pi += 1; ti += 1; continue }
            }
            if starP >= 0 { pi = starP + 1; starT += 1; ti = starT; continue }
            return false
        }
        while pi < p.count, case .star = p[pi] { pi += 1 }
        return pi == p.count
    }

    private final class Cache: @unchecked Sendable {
        private var table: [String: WildcardPattern] = [:]
        private var tableCS: [String: WildcardPattern] = [:]
        private let lock = NSLock()
        func get(_ p: String, _ cs: Bool) -> WildcardPattern {
            lock.lock(); defer { lock.unlock() }
            if let w = cs ? tableCS[p] : table[p] { return w }
            let w = WildcardPattern(p, caseSensitive: cs)
            if table.count + tableCS.count >= 1024 { table.removeAll(); tableCS.removeAll() }
            if cs { tableCS[p] = w } else { table[p] = w }
            return w
        }
    }
    private static let cache = Cache()

    /// A compiled pattern from a process-wide cache (compiled once per pattern and case mode).
    public static func cached(_ pattern: String, caseSensitive: Bool = false) -> WildcardPattern {
        cache.get(pattern, caseSensitive)
    }

    /// True when `s` contains an unescaped `*`, `?` or `[` (PowerShell's WildcardPattern.ContainsWildcardCharacters).
    public static func containsWildcard(_ s: String) -> Bool {
        var escaped = false
        for c in s.unicodeScalars {
            if escaped { escaped = false; continue }
            switch c {
            case "`": escaped = true
            case "*", "?", "[": return true
            default: break
            }
        }
        return false
    }

    /// Removes wildcard escapes: "a`*b" → "a*b".
    public static func unescape(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var escaped = false
        for c in s.unicodeScalars {
            if !escaped && c == "`" { escaped = true; continue }
            escaped = false
            out.append(c)
        }
        if escaped { out.append("`") }
        return String(out)
    }
}
