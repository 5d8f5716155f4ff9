// Translates a .NET regex pattern into an ICU pattern and computes .NET's group numbering.
// Also detects the common syntax errors first so the message reads as .NET's does:
// `Invalid pattern '<p>' at offset <n>. <reason>`.

import Foundation

struct RegexTranslation {
    var icuPattern: String
    /// Index = .NET group number; value = ICU group numbers (several when a name is repeated).
    var icuIndexForGroup: [[Int]]
    /// Index = .NET group number; value = the group's name ("0", "1", …, then the named ones).
    var groupNames: [String]
}

enum RegexTranslator {
    enum Capture { case unnamed, named(String) }

    static func error(_ pattern: String, _ offset: Int, _ reason: String) -> RegexError {
        RegexError(message: "Invalid pattern '\(pattern)' at offset \(offset). \(reason)")
    }

    static func describe(_ error: Error) -> String {
        let ns = error as NSError
        if let d = ns.userInfo[NSLocalizedDescriptionKey] as? String, !d.isEmpty { return d }
        return "The regular expression is not valid."
    }

    static func isWordChar(_ u: Unicode.Scalar) -> Bool {
        u.properties.isAlphabetic || u.properties.numericType == .decimal || u == "_"
    }

    static func translate(_ pattern: String, explicitCapture: Bool, ignorePatternWhitespace: Bool) throws -> RegexTranslation {
        let p = Array(pattern.utf16)
        func offset(_ i: Int) -> Int { i }
        // Pass 1: find the captures in order (ICU numbering = order of '(' ).
        var captures: [Capture] = []
        var out: [UInt16] = []
        out.reserveCapacity(p.count + 8)
        // Pending back references, resolved once all groups are known: (position in out, reference)
        enum Ref { case number(Int), name(String) }
        var refs: [(Int, Ref, Int)] = [] // (out index of placeholder, ref, pattern offset)
        var depth = 0
        // explicit capture (RegexOptions.ExplicitCapture / inline n) per open group
        var explicitStack: [Bool] = [explicitCapture]
        var pendingExplicit: Bool? = nil
        var i = 0
        let n = p.count
        func ch(_ k: Int) -> UInt16? { k < n ? p[k] : nil }
        func isDigit(_ c: UInt16?) -> Bool { if let c = c { return c >= 48 && c <= 57 } else { return false } }
        func append(_ s: String) { out.append(contentsOf: s.utf16) }
        // Whether the previous token can take a quantifier.
        var canQuantify = false
        var lastWasQuantifier = false
        var lazyDone = false // a '?' after a quantifier makes it lazy; only one is allowed
        func quantifierCheck(_ i: Int, _ q: String) throws {
            if lastWasQuantifier { throw error(pattern, i + 1, "Nested quantifier '\(q)'.") }
            if !canQuantify { throw error(pattern, i + 1, "Quantifier '\(q)' following nothing.") }
        }
        let placeholder: UInt16 = 0xFFFF
        while i < n {
            let c = p[i]
            switch c {
            case 0x5C: // backslash
                guard let nx = ch(i + 1) else { throw error(pattern, n, "Illegal \\\\ at end of pattern.") }
                if nx == 0x6B /* k */, let open = ch(i + 2), open == 0x3C || open == 0x27 {
                    let close: UInt16 = open == 0x3C ? 0x3E : 0x27
                    var j = i + 3
                    while j < n && p[j] != close { j += 1 }
                    guard j < n else { throw error(pattern, n, "Malformed \\\\k<...> named back reference.") }
                    let name = String(decoding: p[(i + 3)..<j], as: UTF16.self)
                    refs.append((out.count, isAllDigits(name) ? .number(Int(name) ?? -1) : .name(name), j + 1))
                    out.append(placeholder)
                    i = j + 1
                } else if nx >= 0x31 && nx <= 0x39 {
                    var j = i + 1
                    var v = 0
                    while j < n && isDigit(p[j]) && v < 100000 { v = v * 10 + Int(p[j] - 48); j += 1 }
                    refs.append((out.count, .number(v), j))
                    out.append(placeholder)
                    i = j
                } else if nx == 0x30 { // \0 followed by up to two octal digits
                    var j = i + 2
                    var v = 0
                    while j < n && j < i + 4 && p[j] >= 0x30 && p[j] <= 0x37 { v = v * 8 + Int(p[j] - 0x30); j += 1 }
                    append("\\x{" + String(v, radix: 16) + "}")
                    i = j
                } else if nx == 0x70 || nx == 0x50, ch(i + 2) == 0x7B { // \p{IsGreek} → \p{InGreek}
                    var j = i + 3
                    while j < n && p[j] != 0x7D { j += 1 }
                    var name = String(decoding: p[(i + 3)..<min(j, n)], as: UTF16.self)
                    if name.hasPrefix("Is") && name.count > 2 { name = "In" + name.dropFirst(2) }
                    append("\\" + String(decoding: [nx], as: UTF16.self) + "{" + name + "}")
                    i = min(j + 1, n)
                } else {
                    // letters that are not .NET escapes are errors in .NET (ICU would say less)
                    let isLetter = (nx >= 0x41 && nx <= 0x5A) || (nx >= 0x61 && nx <= 0x7A)
                    if isLetter && !"abBdDefGknpPrsStuvwWxzZAc".utf16.contains(nx) {
                        throw error(pattern, i + 2, "Unrecognized escape sequence \\\\" + String(decoding: [nx], as: UTF16.self) + ".")
                    }
                    out.append(c); out.append(nx); i += 2
                }
                canQuantify = true; lastWasQuantifier = false
            case 0x5B: // [ character class
                try copyClass(p, &i, &out, pattern, literalWhitespace: ignorePatternWhitespace)
                canQuantify = true; lastWasQuantifier = false
            case 0x28: // (
                if ch(i + 1) == 0x3F { // (?
                    let k = ch(i + 2)
                    if (k == 0x3C || k == 0x27) && ch(i + 3) != 0x3D && ch(i + 3) != 0x21 { // (?<name> or (?'name'
                        let close: UInt16 = k == 0x3C ? 0x3E : 0x27
                        var j = i + 3
                        while j < n && p[j] != close { j += 1 }
                        guard j < n else { throw error(pattern, n, "Unrecognized grouping construct.") }
                        let name = String(decoding: p[(i + 3)..<j], as: UTF16.self)
                        if name.contains("-") { throw error(pattern, j, "Balancing groups are not supported.") }
                        guard !name.isEmpty, name.unicodeScalars.allSatisfy(isWordChar) else {
                            throw error(pattern, i + 3, "Invalid group name: Group names must begin with a word character.")
                        }
                        if isAllDigits(name), let v = Int(name) {
                            // explicitly numbered group: treat as unnamed when it is the next number
                            _ = v
                            captures.append(.unnamed)
                        } else {
                            captures.append(.named(name))
                        }
                        out.append(0x28)
                        i = j + 1
                    } else if k == 0x23 { // (?# comment )
                        var j = i + 3
                        while j < n && p[j] != 0x29 { j += 1 }
                        guard j < n else { throw error(pattern, n, "Unterminated (?#...) comment.") }
                        i = j + 1
                        continue
                    } else if k == 0x28 { // conditional
                        throw error(pattern, i + 3, "Conditional constructs (?(...)) are not supported.")
                    } else if let k = k, k == 0x3A || k == 0x3D || k == 0x21 || k == 0x3E || (k == 0x3C && (ch(i + 3) == 0x3D || ch(i + 3) == 0x21)) {
                        out.append(contentsOf: p[i...(i + 2)]); i += 3
                        if k == 0x3C { out.append(p[i]); i += 1 }
                    } else {
                        // inline options (?imnsx-imnsx) or (?imnsx-imnsx: ...)
                        var j = i + 2
                        var opts: [UInt16] = []
                        var negated = false
                        var nFlag: Bool? = nil // 'n' (explicit capture) is handled here, ICU has no such flag
                        while j < n, let c2 = ch(j), "imnsx-".utf16.contains(c2) {
                            if c2 == 0x2D { negated = true }
                            if c2 == 0x6E { nFlag = !negated } else { opts.append(c2) }
                            j += 1
                        }
                        guard j < n, p[j] == 0x29 || p[j] == 0x3A else { throw error(pattern, j + 1, "Unrecognized grouping construct.") }
                        if p[j] == 0x29 {
                            if !opts.isEmpty && opts != [0x2D] { append("(?"); out.append(contentsOf: opts); append(")") }
                            if let f = nFlag { explicitStack[explicitStack.count - 1] = f }
                            i = j + 1
                            canQuantify = false; lastWasQuantifier = false
                            continue
                        }
                        if opts == [0x2D] { opts = [] }
                        append("(?"); out.append(contentsOf: opts); append(":")
                        pendingExplicit = nFlag
                        i = j + 1
                    }
                } else {
                    if explicitStack.last ?? explicitCapture { append("(?:") } else { captures.append(.unnamed); out.append(0x28) }
                    i += 1
                }
                depth += 1
                explicitStack.append(pendingExplicit ?? (explicitStack.last ?? explicitCapture))
                pendingExplicit = nil
                canQuantify = false; lastWasQuantifier = false
            case 0x29: // )
                if depth == 0 { throw error(pattern, i + 1, "Too many )'s.") }
                depth -= 1
                if explicitStack.count > 1 { explicitStack.removeLast() }
                out.append(c); i += 1
                canQuantify = true; lastWasQuantifier = false
            case 0x7C: // |
                out.append(c); i += 1
                canQuantify = false; lastWasQuantifier = false
            case 0x2A, 0x2B, 0x3F: // * + ?
                if c == 0x3F && lastWasQuantifier && !lazyDone {
                    out.append(c); i += 1 // lazy modifier
                    lazyDone = true
                    continue
                }
                lazyDone = false
                try quantifierCheck(i, String(decoding: [c], as: UTF16.self))
                out.append(c); i += 1
                canQuantify = false; lastWasQuantifier = true
            case 0x7B: // {
                if let end = quantifierEnd(p, i) {
                    let body = String(decoding: p[(i + 1)..<end], as: UTF16.self).split(separator: ",", omittingEmptySubsequences: false)
                    if body.count == 2, let lo = Int(body[0]), let hi = Int(body[1]), hi < lo {
                        throw error(pattern, end + 1, "Illegal {x,y} with x > y.")
                    }
                    try quantifierCheck(i, "{")
                    lazyDone = false
                    out.append(contentsOf: p[i...end]); i = end + 1
                    canQuantify = false; lastWasQuantifier = true
                } else {
                    append("\\{"); i += 1
                    canQuantify = true; lastWasQuantifier = false
                }
            case 0x7D: // }
                append("\\}"); i += 1
                canQuantify = true; lastWasQuantifier = false
            case 0x5E, 0x24: // ^ $
                out.append(c); i += 1
                canQuantify = true; lastWasQuantifier = false
            case 0x23 where ignorePatternWhitespace:
                while i < n && p[i] != 0x0A { out.append(p[i]); i += 1 }
            case 0x20, 0x09, 0x0A, 0x0D:
                out.append(c); i += 1
                if !ignorePatternWhitespace { canQuantify = true; lastWasQuantifier = false }
            default:
                out.append(c); i += 1
                canQuantify = true; lastWasQuantifier = false
            }
        }
        if depth > 0 { throw error(pattern, n, "Not enough )'s.") }

        // .NET numbering: unnamed groups first (in order), then named groups (in order of first appearance).
        var icuIndexForGroup: [[Int]] = [[0]]
        var names = ["0"]
        for (k, c) in captures.enumerated() {
            if case .unnamed = c { icuIndexForGroup.append([k + 1]); names.append(String(icuIndexForGroup.count - 1)) }
        }
        var seen: [String: Int] = [:]
        for (k, c) in captures.enumerated() {
            if case .named(let name) = c {
                // a repeated name is the same .NET group (e.g. in alternatives)
                if let g = seen[name] { icuIndexForGroup[g].append(k + 1); continue }
                seen[name] = icuIndexForGroup.count
                icuIndexForGroup.append([k + 1]); names.append(name)
            }
        }
        // Resolve back references to ICU numbers.
        var result: [UInt16] = []
        result.reserveCapacity(out.count + refs.count * 4)
        var refIdx = 0
        for (k, u) in out.enumerated() {
            if u == placeholder, refIdx < refs.count, refs[refIdx].0 == k {
                let (_, ref, off) = refs[refIdx]; refIdx += 1
                let net: Int
                switch ref {
                case .number(let v):
                    guard v >= 0, v < icuIndexForGroup.count else { throw error(pattern, off, "Reference to undefined group number \(v).") }
                    net = v
                case .name(let nm):
                    guard let v = seen[nm] else { throw error(pattern, off, "Reference to undefined group name '\(nm)'.") }
                    net = v
                }
                result.append(contentsOf: "(?:\\\(icuIndexForGroup[net][0]))".utf16)
            } else {
                result.append(u)
            }
        }
        return RegexTranslation(icuPattern: String(decoding: result, as: UTF16.self), icuIndexForGroup: icuIndexForGroup, groupNames: names)
    }


    static func isAllDigits(_ s: String) -> Bool { !s.isEmpty && s.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }

    /// End index of a valid quantifier `{n}`, `{n,}`, `{n,m}` starting at `i`.
    static func quantifierEnd(_ p: [UInt16], _ i: Int) -> Int? {
        var j = i + 1
        var digits = 0
        while j < p.count && p[j] >= 48 && p[j] <= 57 { j += 1; digits += 1 }
        if digits == 0 { return nil }
        if j < p.count && p[j] == 0x7D { return j }
        guard j < p.count, p[j] == 0x2C else { return nil }
        j += 1
        while j < p.count && p[j] >= 48 && p[j] <= 57 { j += 1 }
        return j < p.count && p[j] == 0x7D ? j : nil
    }

    /// Copies a .NET character class starting at `i` ('[') to ICU syntax; `i` ends after ']'.
    /// With `literalWhitespace` (x mode), white space in the class is written as \x{..}: .NET keeps
    /// it as text inside classes, ICU's comments mode would drop it.
    static func copyClass(_ p: [UInt16], _ i: inout Int, _ out: inout [UInt16], _ pattern: String, literalWhitespace: Bool = false) throws {
        let n = p.count
        var j = i + 1
        out.append(0x5B)
        if j < n && p[j] == 0x5E { out.append(0x5E); j += 1 }
        var first = true
        while j < n {
            let c = p[j]
            if c == 0x5D && !first { out.append(0x5D); i = j + 1; return }
            first = false
            switch c {
            case 0x5C:
                guard j + 1 < n else { throw error(pattern, n, "Illegal \\\\ at end of pattern.") }
                out.append(c); out.append(p[j + 1]); j += 2
            case 0x2D where j + 1 < n && p[j + 1] == 0x5B: // subtraction -[...]
                out.append(0x2D); out.append(0x2D)
                j += 1
                var inner = j
                try copyClass(p, &inner, &out, pattern, literalWhitespace: literalWhitespace)
                j = inner
            case 0x5B, 0x26, 0x5D:
                out.append(0x5C); out.append(c); j += 1
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B:
                if literalWhitespace { out.append(contentsOf: "\\x{\(String(c, radix: 16))}".utf16) } else { out.append(c) }
                j += 1
            default:
                out.append(c); j += 1
            }
        }
        throw error(pattern, n, "Unterminated [] set.")
    }
}
