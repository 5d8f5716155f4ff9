// Case-insensitive comparison used everywhere in the shell (names, keys, -eq, -like, sorting).

import Foundation
// PowerShell compares strings with the invariant culture, ignoring case. We fold with the simple
// (one-to-one) Unicode lower-case mapping, which is what .NET's invariant ToLower does; full
// mappings that change length (ß → ss, İ → i̇) are not applied, as in .NET.

public enum CaseFold {
    /// Invariant lower-case fold. ASCII strings take a byte-level fast path.
    public static func fold(_ s: String) -> String {
        var needsWork = false
        for b in s.utf8 {
            if b >= 0x80 { return foldUnicode(s) }
            if b >= 0x41 && b <= 0x5A { needsWork = true }
        }
        if !needsWork { return s }
        let n = s.utf8.count
        return String(unsafeUninitializedCapacity: n) { buf in
            var i = 0
            for b in s.utf8 { buf[i] = (b &- 0x41) < 26 ? b | 0x20 : b; i += 1 }
            return i
        }
    }

    /// Folds one scalar with the simple lower-case mapping (identity when the full mapping is not 1:1).
    @inline(__always)
    public static func foldScalar(_ u: Unicode.Scalar) -> Unicode.Scalar {
        let v = u.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(UInt8(v | 0x20)) }
            return u
        }
        // common blocks without a table lookup: Latin-1, Greek, Cyrillic
        switch v {
        case 0xC0...0xDE where v != 0xD7, 0x391...0x3AB where v != 0x3A2, 0x410...0x42F:
            return Unicode.Scalar(v + 0x20) ?? u
        case 0x400...0x40F:
            return Unicode.Scalar(v + 0x50) ?? u
        case 0xDF...0xFF where v != 0xD7 && v != 0xF7, 0x3B1...0x3C9, 0x430...0x45F:
            return u
        default:
            break
        }
        let mapped = u.properties.lowercaseMapping.unicodeScalars
        var it = mapped.makeIterator()
        if let first = it.next(), it.next() == nil { return first }
        return u
    }

    private static func foldUnicode(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars { out.append(foldScalar(u)) }
        return String(out)
    }

    /// Case-insensitive equality (ordinal over folded scalars). No allocation for ASCII input.
    public static func equal(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        // native strings expose their UTF-8 bytes directly: compare those with an ASCII fold
        let fast: Bool?? = a.withUTF8 { ba in
            b.withUTF8 { bb -> Bool? in
                if ba.count != bb.count {
                    // different byte lengths can only be equal when non-ASCII folding is involved
                    for x in ba where x >= 0x80 { return nil }
                    for y in bb where y >= 0x80 { return nil }
                    return false
                }
                for k in 0..<ba.count {
                    let x = ba[k], y = bb[k]
                    if x == y { if x >= 0x80 { return nil }; continue }
                    if x >= 0x80 || y >= 0x80 { return nil }
                    let lx = (x &- 0x41) < 26 ? x | 0x20 : x
                    let ly = (y &- 0x41) < 26 ? y | 0x20 : y
                    if lx != ly { return false }
                }
                return true
            }
        }
        if let f = fast, let r = f { return r }
        return equalUnicode(a, b)
    }

    private static func equalUnicode(_ a: String, _ b: String) -> Bool {
        var ia = a.unicodeScalars.makeIterator()
        var ib = b.unicodeScalars.makeIterator()
        while true {
            let ca = ia.next(), cb = ib.next()
            switch (ca, cb) {
            case (nil, nil): return true
            case (nil, _), (_, nil): return false
            case let (x?, y?):
                if x != y && foldScalar(x) != foldScalar(y) { return false }
            }
        }
    }

    /// Three-way comparison as PowerShell's -lt/-gt and Sort-Object do on strings (invariant
    /// culture, a simplified form of its collation): punctuation and symbols sort before digits,
    /// digits before letters, letters alphabetically ignoring case and accents first
    /// ("e" < "é" < "f"); then accents decide; with `caseSensitive`, strings equal so far order
    /// lower case before upper case. Returns -1, 0 or 1.
    public static func compare(_ a: String, _ b: String, caseSensitive: Bool) -> Int {
        var a2 = a, b2 = b
        let fast: Int?? = a2.withUTF8 { ba in b2.withUTF8 { bb in compareASCII(ba, bb, caseSensitive: caseSensitive) } }
        if let f = fast, let r = f { return r }
        let da = a.decomposedStringWithCanonicalMapping.unicodeScalars
        let db = b.decomposedStringWithCanonicalMapping.unicodeScalars
        let isMark: (Unicode.Scalar) -> Bool = { $0.properties.generalCategory == .nonspacingMark }
        // primary: base characters only
        let primary = compareScalars(da.filter { !isMark($0) }, db.filter { !isMark($0) }, caseSensitive: false)
        if primary != 0 { return primary }
        // secondary: accents
        let ma = da.filter(isMark).map(\.value), mb = db.filter(isMark).map(\.value)
        if ma != mb { return ma.lexicographicallyPrecedes(mb) ? -1 : 1 }
        return caseSensitive ? compareScalars(da, db, caseSensitive: true) : 0
    }

    /// Byte-level comparison when both strings are ASCII; nil otherwise.
    static func compareASCII(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, caseSensitive: Bool) -> Int? {
        for x in a where x >= 0x80 { return nil }
        for y in b where y >= 0x80 { return nil }
        var caseTie = 0
        let n = min(a.count, b.count)
        for k in 0..<n {
            let x = a[k], y = b[k]
            if x == y { continue }
            let fx = (x &- 0x41) < 26 ? x | 0x20 : x
            let fy = (y &- 0x41) < 26 ? y | 0x20 : y
            if fx != fy {
                let kx = asciiClass(fx), ky = asciiClass(fy)
                if kx != ky { return kx < ky ? -1 : 1 }
                return fx < fy ? -1 : 1
            }
            if caseTie == 0 { caseTie = x == fx ? -1 : 1 }
        }
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        return caseSensitive ? caseTie : 0
    }

    @inline(__always)
    static func asciiClass(_ v: UInt8) -> Int {
        if v <= 0x20 || v == 0x7F { return 0 }
        if v >= 0x30 && v <= 0x39 { return 2 }
        if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) { return 3 }
        return 1
    }

    static func compareScalars<S: Sequence>(_ a: S, _ b: S, caseSensitive: Bool) -> Int where S.Element == Unicode.Scalar {
        var ia = a.makeIterator()
        var ib = b.makeIterator()
        var caseTie = 0
        while true {
            let ca = ia.next(), cb = ib.next()
            switch (ca, cb) {
            case (nil, nil): return caseSensitive ? caseTie : 0
            case (nil, _): return -1
            case (_, nil): return 1
            case let (x?, y?):
                if x == y { continue }
                let fx = foldScalar(x), fy = foldScalar(y)
                if fx != fy {
                    let kx = primaryClass(fx), ky = primaryClass(fy)
                    if kx != ky { return kx < ky ? -1 : 1 }
                    return fx.value < fy.value ? -1 : 1
                }
                if caseTie == 0 {
                    // lower case sorts first in the invariant culture
                    caseTie = x == fx ? -1 : 1
                }
            }
        }
    }

    /// 0: whitespace/control, 1: punctuation and symbols, 2: digits, 3: letters and the rest.
    @inline(__always)
    static func primaryClass(_ u: Unicode.Scalar) -> Int {
        let v = u.value
        if v < 0x80 {
            if v <= 0x20 || v == 0x7F { return 0 }
            if v >= 0x30 && v <= 0x39 { return 2 }
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) { return 3 }
            return 1
        }
        let p = u.properties
        if p.isWhitespace { return 0 }
        switch p.generalCategory {
        case .decimalNumber: return 2
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol,
             .currencySymbol, .modifierSymbol, .otherSymbol: return 1
        case .control, .format: return 0
        default: return 3
        }
    }
}

/// `$s[i]`: strings index by UTF-16 code unit, as .NET's do (so `$s[$s.Length - 1]` is the
/// last unit), in constant time for ASCII text and near-constant otherwise (Swift keeps UTF-16
/// breadcrumbs for long strings), never by walking the characters from the start.
enum StringIndexing {
    /// The unit at `i` (negative counts from the end); nil outside the string. A surrogate pair's
    /// first half gives the whole character; its second half, which a Character cannot hold
    /// alone, gives U+FFFD.
    static func char(_ s: String, at i: Int) -> Character? {
        let u = s.utf16
        let n = u.count
        let j = i < 0 ? n + i : i
        guard j >= 0 && j < n else { return nil }
        let at = u.index(u.startIndex, offsetBy: j)
        let unit = u[at]
        if let scalar = Unicode.Scalar(unit) { return Character(scalar) }
        if UTF16.isLeadSurrogate(unit), let scalar = s.unicodeScalars[safe: at] { return Character(scalar) }
        return "\u{FFFD}"
    }
}

private extension String.UnicodeScalarView {
    subscript(safe i: String.Index) -> Unicode.Scalar? {
        i >= startIndex && i < endIndex ? self[i] : nil
    }
}
