// Case-insensitive comparison used everywhere in the shell (names, keys, -eq, -like, sorting).
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
        var bytes = Array(s.utf8)
        for i in bytes.indices where bytes[i] >= 0x41 && bytes[i] <= 0x5A { bytes[i] |= 0x20 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Folds one scalar with the simple lower-case mapping (identity when the full mapping is not 1:1).
    @inline(__always)
    public static func foldScalar(_ u: Unicode.Scalar) -> Unicode.Scalar {
        let v = u.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(UInt8(v | 0x20)) }
            return u
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
        var ia = a.utf8.makeIterator()
        var ib = b.utf8.makeIterator()
        while true {
            let ca = ia.next(), cb = ib.next()
            switch (ca, cb) {
            case (nil, nil): return true
            case (nil, _), (_, nil): return false
            case let (x?, y?):
                if x >= 0x80 || y >= 0x80 { return equalUnicode(a, b) }
                if x == y { continue }
                let lx = (x >= 0x41 && x <= 0x5A) ? x | 0x20 : x
                let ly = (y >= 0x41 && y <= 0x5A) ? y | 0x20 : y
                if lx != ly { return false }
            }
        }
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
    /// culture): punctuation and symbols sort before digits, digits before letters, letters
    /// alphabetically ignoring case; with `caseSensitive`, equal-ignoring-case strings order
    /// lower case before upper case. Returns -1, 0 or 1.
    public static func compare(_ a: String, _ b: String, caseSensitive: Bool) -> Int {
        var ia = a.unicodeScalars.makeIterator()
        var ib = b.unicodeScalars.makeIterator()
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
                    let xLower = x == fx
                    caseTie = xLower ? -1 : 1
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
