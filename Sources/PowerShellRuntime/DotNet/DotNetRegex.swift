// .NET regular expressions (System.Text.RegularExpressions) over ICU's NSRegularExpression.
// The pattern is translated (named groups become plain ICU groups so that .NET's numbering,
// names with underscores and `\k<name>` all work; literal braces and brackets are escaped
// where ICU would reject them; character-class subtraction becomes ICU's `--`), compiled once
// and cached. Replacement strings use .NET's `$` substitutions, implemented here.

import Foundation

public struct RegexError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}

public struct RegexGroup: Sendable, Equatable {
    public let name: String
    public let success: Bool
    public let value: String
    /// UTF-16 offset in the input (0 when the group did not participate).
    public let index: Int
    /// UTF-16 length.
    public let length: Int
}

public struct RegexMatch: Sendable, Equatable {
    public let value: String
    public let index: Int
    public let length: Int
    /// Group 0 first, then the groups in .NET order (numbered, then named).
    public let groups: [RegexGroup]
    public var success: Bool { true }
    public func group(named name: String) -> RegexGroup? {
        groups.first { $0.name == name } ?? groups.first { CaseFold.equal($0.name, name) }
    }
}

public final class DotNetRegex: @unchecked Sendable {
    public let pattern: String
    let regex: NSRegularExpression
    /// .NET group number (array index) → ICU group numbers (more than one for a repeated name).
    let icuIndexForGroup: [[Int]]
    public let groupNames: [String]
    let numberForName: [String: Int]

    struct CacheKey: Hashable { let pattern: String; let options: Int }
    final class Cache: @unchecked Sendable {
        private var table: [CacheKey: DotNetRegex] = [:]
        private let lock = NSLock()
        func get(_ k: CacheKey) -> DotNetRegex? { lock.lock(); defer { lock.unlock() }; return table[k] }
        func put(_ k: CacheKey, _ r: DotNetRegex) {
            lock.lock(); defer { lock.unlock() }
            if table.count >= 512 { table.removeAll(keepingCapacity: true) }
            table[k] = r
        }
    }
    static let cache = Cache()

    init(pattern: String, regex: NSRegularExpression, icuIndexForGroup: [[Int]], groupNames: [String]) {
        self.pattern = pattern
        self.regex = regex
        self.icuIndexForGroup = icuIndexForGroup
        self.groupNames = groupNames
        var map: [String: Int] = [:]
        for (i, n) in groupNames.enumerated() { map[n] = i }
        self.numberForName = map
    }

    public static func compile(_ pattern: String, caseSensitive: Bool = false, multiline: Bool = false, singleline: Bool = false, ignorePatternWhitespace: Bool = false, explicitCapture: Bool = false) throws -> DotNetRegex {
        let optionBits = (caseSensitive ? 1 : 0) | (multiline ? 2 : 0) | (singleline ? 4 : 0) | (ignorePatternWhitespace ? 8 : 0) | (explicitCapture ? 16 : 0)
        let key = CacheKey(pattern: pattern, options: optionBits)
        if let r = cache.get(key) { return r }
        let t = try RegexTranslator.translate(pattern, explicitCapture: explicitCapture, ignorePatternWhitespace: ignorePatternWhitespace)
        var opts: NSRegularExpression.Options = [.useUnixLineSeparators]
        if !caseSensitive { opts.insert(.caseInsensitive) }
        if multiline { opts.insert(.anchorsMatchLines) }
        if singleline { opts.insert(.dotMatchesLineSeparators) }
        if ignorePatternWhitespace { opts.insert(.allowCommentsAndWhitespace) }
        let ns: NSRegularExpression
        do {
            // ICU refuses an empty pattern; .NET's matches the empty string everywhere
            ns = try NSRegularExpression(pattern: t.icuPattern.isEmpty ? "(?:)" : t.icuPattern, options: opts)
        } catch {
            throw RegexError(message: "Invalid pattern '\(pattern)' at offset \(pattern.utf16.count). \(RegexTranslator.describe(error))")
        }
        let r = DotNetRegex(pattern: pattern, regex: ns, icuIndexForGroup: t.icuIndexForGroup, groupNames: t.groupNames)
        cache.put(key, r)
        return r
    }

    public var groupCount: Int { groupNames.count }
    public func groupNumber(forName name: String) -> Int? { numberForName[name] }

    func makeMatch(_ r: NSTextCheckingResult, _ ns: NSString) -> RegexMatch {
        var groups: [RegexGroup] = []
        groups.reserveCapacity(icuIndexForGroup.count)
        for i in icuIndexForGroup.indices {
            let range = groupRange(r, i)
            if range.location == NSNotFound {
                groups.append(RegexGroup(name: groupNames[i], success: false, value: "", index: 0, length: 0))
            } else {
                groups.append(RegexGroup(name: groupNames[i], success: true, value: ns.substring(with: range), index: range.location, length: range.length))
            }
        }
        let g0 = groups[0]
        return RegexMatch(value: g0.value, index: g0.index, length: g0.length, groups: groups)
    }

    public func firstMatch(in s: String) -> RegexMatch? {
        let ns = s as NSString
        guard let r = regex.firstMatch(in: s, options: [], range: NSRange(location: 0, length: ns.length)) else { return nil }
        return makeMatch(r, ns)
    }

    public func matches(in s: String) -> [RegexMatch] {
        let ns = s as NSString
        return regex.matches(in: s, options: [], range: NSRange(location: 0, length: ns.length)).map { makeMatch($0, ns) }
    }

    /// Matches starting the search at UTF-16 offset `startAt`; anchors and lookbehind still see
    /// the whole string, as with .NET's Regex.Match(input, startat).
    public func matches(in s: String, startAt: Int) -> [RegexMatch] {
        let ns = s as NSString
        let start = max(0, min(startAt, ns.length))
        return regex.matches(in: s, options: [.withoutAnchoringBounds, .withTransparentBounds], range: NSRange(location: start, length: ns.length - start)).map { makeMatch($0, ns) }
    }

    public func firstMatch(in s: String, startAt: Int) -> RegexMatch? {
        let ns = s as NSString
        let start = max(0, min(startAt, ns.length))
        guard let r = regex.firstMatch(in: s, options: [.withoutAnchoringBounds, .withTransparentBounds], range: NSRange(location: start, length: ns.length - start)) else { return nil }
        return makeMatch(r, ns)
    }

    public func isMatch(_ s: String) -> Bool {
        regex.firstMatch(in: s, options: [], range: NSRange(location: 0, length: (s as NSString).length)) != nil
    }

    // MARK: replace
    enum ReplacementPart: Equatable {
        case literal(String), group(Int), whole, before, after, lastGroup, input
    }

    func parseReplacement(_ rep: String) -> [ReplacementPart] {
        var parts: [ReplacementPart] = []
        var lit = ""
        let c = Array(rep.unicodeScalars)
        var i = 0
        func flush() { if !lit.isEmpty { parts.append(.literal(lit)); lit = "" } }
        while i < c.count {
            let ch = c[i]
            if ch != "$" || i + 1 >= c.count { lit.unicodeScalars.append(ch); i += 1; continue }
            let n = c[i + 1]
            switch n {
            case "$": lit += "$"; i += 2
            case "&": flush(); parts.append(.whole); i += 2
            case "`": flush(); parts.append(.before); i += 2
            case "'": flush(); parts.append(.after); i += 2
            case "+": flush(); parts.append(.lastGroup); i += 2
            case "_": flush(); parts.append(.input); i += 2
            case "{":
                var j = i + 2
                var name = ""
                while j < c.count && c[j] != "}" { name.unicodeScalars.append(c[j]); j += 1 }
                if j < c.count, !name.isEmpty, let g = groupIndex(forReference: name) {
                    flush(); parts.append(.group(g)); i = j + 1
                } else {
                    lit += "$"; i += 1
                }
            default:
                if n.properties.numericType == .decimal, n.isASCII {
                    var j = i + 1
                    var digits = ""
                    while j < c.count, c[j].isASCII, c[j].properties.numericType == .decimal { digits.unicodeScalars.append(c[j]); j += 1 }
                    if let v = Int(digits), v < groupNames.count {
                        flush(); parts.append(.group(v)); i = j
                    } else {
                        lit += "$"; i += 1
                    }
                } else {
                    lit += "$"; i += 1
                }
            }
        }
        flush()
        return parts
    }

    /// A `${...}` reference: a group number that exists, or a group name.
    func groupIndex(forReference name: String) -> Int? {
        if let v = Int(name), name.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return v < groupNames.count ? v : nil
        }
        return numberForName[name]
    }

    public func replace(in s: String, with replacement: String) -> String {
        let parts = parseReplacement(replacement)
        let ns = s as NSString
        let results = regex.matches(in: s, options: [], range: NSRange(location: 0, length: ns.length))
        if results.isEmpty { return s }
        var out = ""
        var last = 0
        for r in results {
            let whole = r.range
            out += ns.substring(with: NSRange(location: last, length: whole.location - last))
            for p in parts {
                switch p {
                case .literal(let l): out += l
                case .whole: out += ns.substring(with: whole)
                case .before: out += ns.substring(to: whole.location)
                case .after: out += ns.substring(from: whole.location + whole.length)
                case .input: out += s
                case .group(let g): out += groupText(r, g, ns)
                case .lastGroup: out += groupText(r, groupNames.count - 1, ns)
                }
            }
            last = whole.location + whole.length
        }
        out += ns.substring(from: last)
        return out
    }

    /// The range of .NET group `g` in a result: the last of its ICU groups that took part.
    func groupRange(_ r: NSTextCheckingResult, _ g: Int) -> NSRange {
        var found = NSRange(location: NSNotFound, length: 0)
        guard g >= 0, g < icuIndexForGroup.count else { return found }
        for icu in icuIndexForGroup[g] where icu < r.numberOfRanges {
            let range = r.range(at: icu)
            if range.location != NSNotFound { found = range }
        }
        return found
    }

    func groupText(_ r: NSTextCheckingResult, _ g: Int, _ ns: NSString) -> String {
        let range = groupRange(r, g)
        return range.location == NSNotFound ? "" : ns.substring(with: range)
    }

    public func replace(in s: String, evaluator: (RegexMatch) throws -> String) rethrows -> String {
        let ns = s as NSString
        let results = regex.matches(in: s, options: [], range: NSRange(location: 0, length: ns.length))
        if results.isEmpty { return s }
        var out = ""
        var last = 0
        for r in results {
            out += ns.substring(with: NSRange(location: last, length: r.range.location - last))
            out += try evaluator(makeMatch(r, ns))
            last = r.range.location + r.range.length
        }
        out += ns.substring(from: last)
        return out
    }

    /// Regex.Split: pieces between matches, with every successful captured group inserted after
    /// its piece. `count` > 0 limits the number of pieces (count 1 returns the input).
    public func split(_ s: String, count: Int = 0) -> [String] {
        if count == 1 { return [s] }
        let ns = s as NSString
        var results = regex.matches(in: s, options: [], range: NSRange(location: 0, length: ns.length))
        if results.isEmpty { return [s] }
        if count > 1 && results.count > count - 1 { results = Array(results.prefix(count - 1)) }
        var out: [String] = []
        var last = 0
        for r in results {
            out.append(ns.substring(with: NSRange(location: last, length: r.range.location - last)))
            for g in 1..<max(1, icuIndexForGroup.count) {
                let range = groupRange(r, g)
                if range.location != NSNotFound { out.append(ns.substring(with: range)) }
            }
            last = r.range.location + r.range.length
        }
        out.append(ns.substring(from: last))
        return out
    }

    /// [regex]::Escape: escapes \ * + ? | { [ ( ) ^ $ . # and white space.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "\\", "*", "+", "?", "|", "{", "[", "(", ")", "^", "$", ".", "#": out += "\\"; out.unicodeScalars.append(u)
            case " ": out += "\\ "
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\u{0C}": out += "\\f"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// [regex]::Unescape.
    public static func unescape(_ s: String) -> String {
        var out = ""
        var it = s.unicodeScalars.makeIterator()
        while let u = it.next() {
            guard u == "\\" else { out.unicodeScalars.append(u); continue }
            guard let n = it.next() else { out += "\\"; break }
            switch n {
            case "t": out += "\t"
            case "n": out += "\n"
            case "r": out += "\r"
            case "f": out += "\u{0C}"
            case "a": out += "\u{07}"
            case "e": out += "\u{1B}"
            case "v": out += "\u{0B}"
            default: out.unicodeScalars.append(n)
            }
        }
        return out
    }
}
