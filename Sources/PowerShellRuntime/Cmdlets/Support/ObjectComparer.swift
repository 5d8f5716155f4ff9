/// Ordering and equality of arbitrary values as Sort-Object, Group-Object, Compare-Object and
/// `-Unique` use them (ObjectCommandComparer in PowerShell): nulls first, then the left value's
/// type decides the comparison (`LanguagePrimitives.Compare`), and values that cannot be compared
/// fall back to their string forms. Never throws.
enum ObjectComparer {
    static func compare(_ a: Value, _ b: Value, caseSensitive: Bool) -> Int {
        let x = ObjectAccess.base(a), y = ObjectAccess.base(b)
        // System.Version is IComparable: 9.0 sorts before 10.0 (not by text).
        if case .native(let n) = x, let vx = n as? VersionObject, case .native(let m) = y, let vy = m as? VersionObject {
            return vx.compare(vy)
        }
        return Operators.compareForSort(x, y, caseSensitive: caseSensitive)
    }

    static func equal(_ a: Value, _ b: Value, caseSensitive: Bool) -> Bool {
        let x = ObjectAccess.base(a), y = ObjectAccess.base(b)
        if x.isNull || y.isNull { return x.isNull && y.isNull }
        return compare(x, y, caseSensitive: caseSensitive) == 0
    }

    /// Compares key lists position by position; `descending[i]` flips key i. A missing key
    /// (property does not exist) sorts after every present one regardless of direction.
    static func compareKeys(_ a: [Value?], _ b: [Value?], descending: [Bool], caseSensitive: Bool) -> Int {
        for i in 0..<min(a.count, b.count) {
            let r: Int
            switch (a[i], b[i]) {
            case (nil, nil): r = 0
            case (nil, _): return 1
            case (_, nil): return -1
            case (let x?, let y?):
                let c = compare(x, y, caseSensitive: caseSensitive)
                r = (i < descending.count && descending[i]) ? -c : c
            }
            if r != 0 { return r }
        }
        return 0
    }

    /// A hash key under which values that compare equal land together (so large inputs need no
    /// pairwise scan): numbers by numeric value, everything else by its string form, folded when
    /// comparing case-insensitively. nil for values whose equality is not decided by their text
    /// (Booleans compare by truth), which callers then compare pairwise.
    static func bucketKey(_ v: Value?, caseSensitive: Bool) -> String? {
        guard let v else { return "\u{1}missing" }
        let b = ObjectAccess.base(v)
        switch b {
        case .null, .automationNull: return "\u{1}null"
        case .bool: return nil
        case .int, .long, .double, .decimal, .sized:
            guard let d = try? LanguagePrimitives.toDouble(b) else { return nil }
            return DotNetFormat.toString(d)
        default:
            let text = LanguagePrimitives.toString(b)
            if case .string = b, let n = LanguagePrimitives.parseNumber(text), let d = try? LanguagePrimitives.toDouble(n) {
                // "1" equals 1 when the number is on the left; keep both in one bucket.
                return DotNetFormat.toString(d)
            }
            return caseSensitive ? text : CaseFold.fold(text)
        }
    }

    static func bucketKey(_ keys: [Value?], caseSensitive: Bool) -> String? {
        var parts: [String] = []
        for k in keys {
            guard let p = bucketKey(k, caseSensitive: caseSensitive) else { return nil }
            parts.append(p)
        }
        return parts.joined(separator: "\u{1F}")
    }

    // MARK: precomputed keys for sorting many objects

    /// A sort key computed once per object: ASCII strings become their collation sequence (so the
    /// n·log n comparisons do not fold and classify characters again), other values stay as
    /// they are and compare with `compare`.
    enum SortKey {
        case missing
        case text(primary: [UInt64], caseBits: [UInt8], value: Value)
        /// An Int32 or Int64 key: two of them compare as integers.
        case integer(Int64, value: Value)
        case value(Value)

        init(_ v: Value?) {
            guard let v else { self = .missing; return }
            switch ObjectAccess.base(v) {
            case .int(let n): self = .integer(Int64(n), value: v); return
            case .long(let n): self = .integer(n, value: v); return
            default: break
            }
            // ASCII text only: CaseFold's ASCII order is per character; other text needs its
            // canonical decomposition and goes through CaseFold.compare.
            if case .string(let s) = ObjectAccess.base(v), s.utf8.allSatisfy({ $0 < 0x80 }) {
                var primary: [UInt64] = []
                var bits: [UInt8] = []
                primary.reserveCapacity(s.unicodeScalars.count)
                for x in s.unicodeScalars {
                    let f = CaseFold.foldScalar(x)
                    primary.append(UInt64(CaseFold.primaryClass(f)) << 32 | UInt64(f.value))
                    bits.append(x == f ? 0 : 1)
                }
                self = .text(primary: primary, caseBits: bits, value: v)
            } else {
                self = .value(v)
            }
        }

        var value: Value? {
            switch self {
            case .missing: return nil
            case .text(_, _, let v), .integer(_, let v), .value(let v): return v
            }
        }
    }

    /// CaseFold.compare on precomputed collation sequences: primary order first (a prefix sorts
    /// first), then, when case matters, lower case before upper case at the first difference.
    static func compareText(_ a: [UInt64], _ ab: [UInt8], _ b: [UInt64], _ bb: [UInt8], caseSensitive: Bool) -> Int {
        let n = min(a.count, b.count)
        var i = 0
        while i < n {
            if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
            i += 1
        }
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        guard caseSensitive else { return 0 }
        for j in 0..<n where ab[j] != bb[j] { return ab[j] < bb[j] ? -1 : 1 }
        return 0
    }

    static func compareSortKeys(_ a: [SortKey], _ b: [SortKey], descending: [Bool], caseSensitive: Bool) -> Int {
        for i in 0..<min(a.count, b.count) {
            let r: Int
            switch (a[i], b[i]) {
            case (.missing, .missing): r = 0
            case (.missing, _): return 1
            case (_, .missing): return -1
            case (.text(let pa, let ba, _), .text(let pb, let bb, _)):
                let c = compareText(pa, ba, pb, bb, caseSensitive: caseSensitive)
                r = (i < descending.count && descending[i]) ? -c : c
            case (.integer(let x, _), .integer(let y, _)):
                let c = x < y ? -1 : (x > y ? 1 : 0)
                r = (i < descending.count && descending[i]) ? -c : c
            default:
                let c = compare(a[i].value ?? .null, b[i].value ?? .null, caseSensitive: caseSensitive)
                r = (i < descending.count && descending[i]) ? -c : c
            }
            if r != 0 { return r }
        }
        return 0
    }
}
