/// Ordering and equality of arbitrary values as Sort-Object, Group-Object, Compare-Object and
/// `-Unique` use them (ObjectCommandComparer in PowerShell): nulls first, then the left value's
/// type decides the comparison (`LanguagePrimitives.Compare`), and values that cannot be compared
/// fall back to their string forms. Never throws.
enum ObjectComparer {
    static func compare(_ a: Value, _ b: Value, caseSensitive: Bool) -> Int {
        let x = ObjectAccess.base(a), y = ObjectAccess.base(b)
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
        case .int, .long, .double, .decimal:
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
}
