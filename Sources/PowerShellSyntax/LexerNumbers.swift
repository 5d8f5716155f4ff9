// Numeric literals (language spec §2.3.5.1): decimal, hex 0x, binary 0b, reals with
// exponents, type suffixes l u ul y uy s us n d, multipliers kb mb gb tb pb.

extension ScriptParser {
    private func tok(_ k: TokKind, _ s: Int, _ e: Int) -> Tok { Tok(kind: k, start: s, end: e, precededBySpace: false) }

    /// A number token; in command mode a number not followed by a token end is a bare word
    /// (`2+2`, `10.0.0.1`), and `-5` is a negative number.
    func scanNumberToken(_ p: Int, _ mode: LexMode, negative: Bool) -> Tok {
        let digitsStart = negative ? p + 1 : p
        if let (value, e) = scanNumber(digitsStart) {
            let ends = e >= n || (mode == .command ? endsGenericToken(c[e]) : !isIdentifierChar(c[e]))
            if ends {
                // `-2147483648` is the Int32 minimum (the sign is read with the digits), but
                // `-2147483648l` stays an Int64
                if negative, case .int64(Int64(Int32.max) + 1) = value, lower(e - 1) != 0x6C {
                    return tok(.number(.int32(Int32.min)), p, e)
                }
                return tok(.number(negative ? negate(value) : value), p, e)
            }
        }
        // As PowerShell's tokenizer (ScanNumber): text without a number's shape (`16p`, `1_6`,
        // `100ll`, `1abc`) is a generic token in either mode, so at the start of a statement it
        // names a command; a number whose value does not fit its suffix (`0xFFFFy`, `500sgb`)
        // is a generic token in command mode and a BadNumericConstant in expression mode.
        guard mode == .expression, let e = numberShapeEnd(digitsStart), e >= n || !isIdentifierChar(c[e]) else {
            return scanGenericWord(p)
        }
        error("BadNumericConstant", "The numeric constant \(text(p, e)) is not valid.", p, e)
        // still an operand, as pwsh's number token without a value, so nothing else is reported
        return tok(.number(.int32(0)), p, e)
    }

    /// Where the number at `p` ends when its text has a number's shape as PowerShell's
    /// ScanNumberHelper reads it: digits (hex after `0x`, binary after `0b`), a fraction, an
    /// exponent, one type suffix (`u` may be followed by `l`, `s` or `y`), a multiplier `kb`..`pb`.
    /// Nil when it does not (`16p`, `1_6`, `100ll`, `18uu`, `1e`).
    func numberShapeEnd(_ p: Int) -> Int? {
        var i = p
        func digits() -> Int {
            let s = i
            while i < n && isDigit(c[i]) { i += 1 }
            return i - s
        }
        func exponent() -> Bool {
            if ch(i) == 0x2B || isDash(ch(i)) { i += 1 }
            return digits() > 0
        }
        func fraction() -> Bool {
            _ = digits()
            guard lower(i) == 0x65 /* e */ else { return true }
            i += 1
            return exponent()
        }
        if ch(i) == 0x2E {
            i += 1
            guard fraction() else { return nil }
        } else if ch(i) == 0x30 && lower(i + 1) == 0x78 /* x */ {
            i += 2
            while i < n && isHexDigit(c[i]) { i += 1 }
        } else if ch(i) == 0x30 && lower(i + 1) == 0x62 /* b */ {
            i += 2
            let s = i
            while i < n && (c[i] == 0x30 || c[i] == 0x31) { i += 1 }
            if i == s { return nil }
        } else {
            guard digits() > 0 else { return nil }
            if ch(i) == 0x2E {
                if ch(i + 1) != 0x2E {
                    i += 1
                    guard fraction() else { return nil }
                }
            } else if lower(i) == 0x65 {
                i += 1
                guard exponent() else { return nil }
            }
        }
        func isTypeSuffix(_ x: UInt32) -> Bool { [0x75, 0x73, 0x6C, 0x64, 0x79, 0x6E].contains(x) } // u s l d y n
        if isTypeSuffix(lower(i)) {
            let first = lower(i)
            i += 1
            if isTypeSuffix(lower(i)) {
                guard first == 0x75, [0x6C, 0x73, 0x79].contains(lower(i)) else { return nil }
                i += 1
            }
        }
        if [0x6B, 0x6D, 0x67, 0x74, 0x70].contains(lower(i)) /* k m g t p */ {
            guard lower(i + 1) == 0x62 else { return nil }
            i += 2
        }
        return i
    }

    func negate(_ v: NumberValue) -> NumberValue {
        switch v {
        case .int32(let x): return x == Int32.min ? .int64(-Int64(x)) : .int32(-x)
        case .int64(let x): return x == Int64.min ? .double(-Double(x)) : .int64(-x)
        case .uint32(let x): return .int64(-Int64(x))
        case .uint64(let x): return x <= UInt64(Int64.max) ? .int64(-Int64(x)) : .double(-Double(x))
        case .int16(let x): return x == Int16.min ? .int32(-Int32(x)) : .int16(-x)
        case .uint16(let x): return .int32(-Int32(x))
        case .sbyte(let x): return x == Int8.min ? .int16(-Int16(x)) : .sbyte(-x)
        case .byte(let x): return .int16(-Int16(x))
        case .double(let x): return .double(-x)
        case .decimal(let d, let m): return .decimal(digits: d.hasPrefix("-") ? String(d.dropFirst()) : "-" + d, multiplier: m)
        case .bigInteger(let s): return .bigInteger(s.hasPrefix("-") ? String(s.dropFirst()) : "-" + s)
        }
    }

    func lower(_ i: Int) -> UInt32 {
        let x = ch(i)
        return (x >= 0x41 && x <= 0x5A) ? x + 32 : x
    }

    /// Reads a number at `p` (no sign); nil when the text is not a number.
    func scanNumber(_ p: Int) -> (NumberValue, Int)? {
        var i = p
        var isHex = false, isBinary = false, isReal = false
        var digits = ""
        if ch(i) == 0x30 && lower(i + 1) == 0x78 /* x */ && isHexDigit(ch(i + 2)) {
            isHex = true
            i += 2
            let s = i
            while i < n && isHexDigit(c[i]) { i += 1 }
            digits = text(s, i)
        } else if ch(i) == 0x30 && lower(i + 1) == 0x62 /* b */ && (ch(i + 2) == 0x30 || ch(i + 2) == 0x31) {
            isBinary = true
            i += 2
            let s = i
            while i < n && (c[i] == 0x30 || c[i] == 0x31) { i += 1 }
            digits = text(s, i)
        } else {
            let s = i
            while i < n && isDigit(c[i]) { i += 1 }
            if ch(i) == 0x2E && isDigit(ch(i + 1)) {
                isReal = true
                i += 1
                while i < n && isDigit(c[i]) { i += 1 }
            }
            if i == s { return nil }
            if lower(i) == 0x65 /* e */ {
                var j = i + 1
                if ch(j) == 0x2B || isDash(ch(j)) { j += 1 }
                if isDigit(ch(j)) {
                    while j < n && isDigit(c[j]) { j += 1 }
                    isReal = true
                    i = j
                }
            }
            digits = text(s, i).replacingDashes()
        }
        // Type suffix.
        var suffix = NumberSuffix.none
        let a = lower(i), b = lower(i + 1)
        if a == 0x75 /* u */ {
            if b == 0x6C { suffix = .ulong; i += 2 } else if b == 0x79 { suffix = .byte; i += 2 } else if b == 0x73 { suffix = .ushort; i += 2 } else { suffix = .unsigned; i += 1 }
        } else if a == 0x6C /* l */ {
            suffix = .long; i += 1
        } else if a == 0x79 /* y */ { suffix = .sbyte; i += 1 }
        else if a == 0x73 /* s */ { suffix = .short; i += 1 }
        else if a == 0x6E /* n */ { suffix = .bigint; i += 1 }
        else if a == 0x64 /* d */ && !isHex && !isBinary { suffix = .decimal; i += 1 }
        // Multiplier.
        var multiplier: Int64 = 1
        let m1 = lower(i), m2 = lower(i + 1)
        if m2 == 0x62 /* b */ {
            switch m1 {
            case 0x6B: multiplier = 1 << 10
            case 0x6D: multiplier = 1 << 20
            case 0x67: multiplier = 1 << 30
            case 0x74: multiplier = 1 << 40
            case 0x70: multiplier = 1 << 50
            default: break
            }
            if multiplier != 1 { i += 2 }
        }
        if isReal {
            switch suffix {
            case .none:
                guard let d = Double(digits) else { return nil }
                return (.double(d * Double(multiplier)), i)
            case .decimal:
                return (.decimal(digits: digits, multiplier: multiplier), i)
            default:
                // a real with an integer suffix (`3.72y`, `3e2s`, `2.5n`) is the real rounded to
                // even, then fitted to the suffix's type
                guard let d = Double(digits) else { return nil }
                return realWithIntegerSuffix((d * Double(multiplier)).rounded(.toNearestOrEven), suffix: suffix).map { ($0, i) }
            }
        }
        if suffix == .decimal { return (.decimal(digits: digits, multiplier: multiplier), i) }
        // Integer magnitude.
        var value: UInt64 = 0
        var overflow = false
        let radix: UInt64 = isHex ? 16 : (isBinary ? 2 : 10)
        for u in digits.unicodeScalars {
            let d = UInt64(hexValue(u.value))
            let (m, o1) = value.multipliedReportingOverflow(by: radix)
            let (s, o2) = m.addingReportingOverflow(d)
            if o1 || o2 { overflow = true; break }
            value = s
        }
        if overflow {
            if isHex || isBinary { return nil }
            if suffix == .bigint { return (.bigInteger(digits), i) }
            if suffix != .none { return nil }
            if digits.count <= 28 { return (.decimal(digits: digits, multiplier: multiplier), i) }
            guard let d = Double(digits) else { return nil }
            return (.double(d * Double(multiplier)), i)
        }
        let (scaled, o) = value.multipliedReportingOverflow(by: UInt64(multiplier))
        if o {
            if suffix == .none { return (.decimal(digits: digits, multiplier: multiplier), i) }
            return nil
        }
        value = scaled
        // a binary literal of 8, 16, 32 or 64 digits with the top one set is a negative number of
        // that width unless its suffix is unsigned (`0b11111111` is -1, `0b11111111s` the Int16 -1)
        let width = digits.unicodeScalars.count
        if isBinary, multiplier == 1, [8, 16, 32, 64].contains(width), value >> UInt64(width - 1) == 1 {
            let signed = width == 64 ? Int64(bitPattern: value) : Int64(value) - (Int64(1) << Int64(width))
            switch suffix {
            case .none: return (width < 64 ? Int32(exactly: signed).map { .int32($0) } ?? .int64(signed) : .int64(signed), i)
            case .long: return (.int64(signed), i)
            case .sbyte: return Int8(exactly: signed).map { (.sbyte($0), i) }
            case .short: return Int16(exactly: signed).map { (.int16($0), i) }
            case .bigint: return (.bigInteger(String(signed)), i)
            default: break
            }
        }
        switch suffix {
        case .none:
            if isHex || isBinary {
                // PowerShell reads 0xFFFFFFFF as -1: hex fits Int32 bits, then Int64 bits; a
                // literal written with 16 hex or 64 binary digits is an Int64 however small
                let fullWidth = digits.unicodeScalars.count == (isHex ? 16 : 64)
                if value <= UInt64(UInt32.max), !fullWidth { return (.int32(Int32(bitPattern: UInt32(value))), i) }
                return (.int64(Int64(bitPattern: value)), i)
            }
            if value <= UInt64(Int32.max) { return (.int32(Int32(value)), i) }
            if value <= UInt64(Int64.max) { return (.int64(Int64(value)), i) }
            return (.decimal(digits: digits, multiplier: multiplier), i)
        case .long:
            if isHex || isBinary { return (.int64(Int64(bitPattern: value)), i) }
            guard value <= UInt64(Int64.max) else { return nil }
            return (.int64(Int64(value)), i)
        case .unsigned:
            if value <= UInt64(UInt32.max) { return (.uint32(UInt32(value)), i) }
            return (.uint64(value), i)
        case .ulong:
            return (.uint64(value), i)
        case .sbyte:
            if (isHex || isBinary) && value <= 0xFF { return (.sbyte(Int8(bitPattern: UInt8(value))), i) }
            guard value <= UInt64(Int8.max) else { return nil }
            return (.sbyte(Int8(value)), i)
        case .byte:
            guard value <= UInt64(UInt8.max) else { return nil }
            return (.byte(UInt8(value)), i)
        case .short:
            if (isHex || isBinary) && value <= 0xFFFF { return (.int16(Int16(bitPattern: UInt16(value))), i) }
            guard value <= UInt64(Int16.max) else { return nil }
            return (.int16(Int16(value)), i)
        case .ushort:
            guard value <= UInt64(UInt16.max) else { return nil }
            return (.uint16(UInt16(value)), i)
        case .bigint:
            // a hex literal of exactly 8 or 16 digits, or a binary one of 8, 16, 32 or 64, whose
            // top bit is set is negative (two's complement), as pwsh reads BigInteger literals
            let bits = isHex ? digits.unicodeScalars.count * 4 : digits.unicodeScalars.count
            let signBit = isHex ? (bits == 32 || bits == 64) : (isBinary && [8, 16, 32, 64].contains(bits))
            if signBit, value >> UInt64(bits - 1) & 1 == 1 {
                if bits == 64 { return (.bigInteger(String(Int64(bitPattern: value))), i) }
                return (.bigInteger(String(Int64(value) - (Int64(1) << Int64(bits)))), i)
            }
            return (.bigInteger(String(value)), i)
        case .decimal:
            return (.decimal(digits: digits, multiplier: multiplier), i)
        }
    }
}

extension ScriptParser {
    /// A real literal already rounded, as the type an integer suffix names; nil when it does not fit.
    fileprivate func realWithIntegerSuffix(_ r: Double, suffix: NumberSuffix) -> NumberValue? {
        func fits(_ lo: Double, _ hi: Double) -> Bool { r >= lo && r <= hi }
        switch suffix {
        case .long: return r >= -9.223372036854775808e18 && r < 9.223372036854775808e18 ? .int64(Int64(r)) : nil
        case .unsigned:
            if fits(0, 4_294_967_295) { return .uint32(UInt32(r)) }
            return r >= 0 && r < 1.8446744073709551616e19 ? .uint64(UInt64(r)) : nil
        case .ulong: return r >= 0 && r < 1.8446744073709551616e19 ? .uint64(UInt64(r)) : nil
        case .sbyte: return fits(-128, 127) ? .sbyte(Int8(r)) : nil
        case .byte: return fits(0, 255) ? .byte(UInt8(r)) : nil
        case .short: return fits(-32768, 32767) ? .int16(Int16(r)) : nil
        case .ushort: return fits(0, 65535) ? .uint16(UInt16(r)) : nil
        case .bigint: return r >= -9.223372036854775808e18 && r < 9.223372036854775808e18 ? .bigInteger(String(Int64(r))) : nil
        case .none, .decimal: return nil
        }
    }
}

/// A numeric literal's type suffix.
enum NumberSuffix { case none, long, unsigned, ulong, sbyte, byte, short, ushort, bigint, decimal }

extension String {
    /// Replaces en/em dashes and the horizontal bar with '-'.
    func replacingDashes() -> String {
        guard unicodeScalars.contains(where: { isDash($0.value) && $0.value != 0x2D }) else { return self }
        var v = String.UnicodeScalarView()
        for s in unicodeScalars { v.append(isDash(s.value) ? "-" : s) }
        return String(v)
    }
}
