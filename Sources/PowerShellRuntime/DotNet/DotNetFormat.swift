// .NET composite formatting ("{0,-6}|{1,4:N2}" -f ...) and numeric formatting as pwsh 7 shows
// it in en-US (the culture LicenseLab always uses, like its dates): group separator ",", decimal
// separator ".", currency "$n" / "-$n", percent "n%" / "-n%", NaN "NaN", infinities
// "Infinity"/"-Infinity".

import Foundation

public enum FormatArgument: Sendable {
    case null, bool(Bool), int(Int64), double(Double), decimal(DotNetDecimal), string(String)
    case dateTime(DotNetDateTime), timeSpan(DotNetTimeSpan), other(String)
}

public struct FormatError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
    public static let badFormat = FormatError(message: "Input string was not in a correct format.")
    public static let badIndex = FormatError(message: "Index (zero based) must be greater than or equal to zero and less than the size of the argument list.")
    public static let badSpecifier = FormatError(message: "Format specifier was invalid.")
}

public enum DotNetFormat {
    /// .NET Core 3.0–8 switch to scientific notation above 15 integral digits for the default
    /// (shortest round-trip) double format: 1E+15.
    static let doubleGeneralMaxDigits = 15

    // MARK: composite formatting

    public static func composite(_ format: String, _ args: [FormatArgument]) throws -> String {
        let f = Array(format.utf16)
        var out: [UInt16] = []
        out.reserveCapacity(f.count + 16)
        var i = 0
        let n = f.count
        while i < n {
            let c = f[i]
            if c == 0x7D { // }
                if i + 1 < n && f[i + 1] == 0x7D { out.append(0x7D); i += 2; continue }
                throw FormatError.badFormat
            }
            if c != 0x7B { out.append(c); i += 1; continue }
            if i + 1 < n && f[i + 1] == 0x7B { out.append(0x7B); i += 2; continue }
            // format item
            i += 1
            var index = 0
            var digits = 0
            while i < n, f[i] >= 48, f[i] <= 57 {
                index = index * 10 + Int(f[i] - 48); digits += 1; i += 1
                if index > 1_000_000 { throw FormatError.badFormat }
            }
            if digits == 0 { throw FormatError.badFormat }
            while i < n && f[i] == 0x20 { i += 1 }
            var alignment = 0
            if i < n && f[i] == 0x2C { // ,
                i += 1
                while i < n && f[i] == 0x20 { i += 1 }
                var neg = false
                if i < n && f[i] == 0x2D { neg = true; i += 1 }
                var ad = 0
                while i < n, f[i] >= 48, f[i] <= 57 {
                    alignment = alignment * 10 + Int(f[i] - 48); ad += 1; i += 1
                    if alignment > 1_000_000 { throw FormatError.badFormat }
                }
                if ad == 0 { throw FormatError.badFormat }
                if neg { alignment = -alignment }
                while i < n && f[i] == 0x20 { i += 1 }
            }
            var itemFormat: [UInt16]? = nil
            if i < n && f[i] == 0x3A { // :
                i += 1
                var fs: [UInt16] = []
                while true {
                    guard i < n else { throw FormatError.badFormat }
                    let ch = f[i]
                    if ch == 0x7D {
                        if i + 1 < n && f[i + 1] == 0x7D { fs.append(0x7D); i += 2; continue }
                        break
                    }
                    if ch == 0x7B {
                        if i + 1 < n && f[i + 1] == 0x7B { fs.append(0x7B); i += 2; continue }
                        throw FormatError.badFormat
                    }
                    fs.append(ch); i += 1
                }
                itemFormat = fs
            }
            guard i < n, f[i] == 0x7D else { throw FormatError.badFormat }
            i += 1
            guard index < args.count else { throw FormatError.badIndex }
            let fmtString = itemFormat.map { String(decoding: $0, as: UTF16.self) }
            let text = try formatArgument(args[index], format: fmtString)
            let len = text.utf16.count
            let pad = abs(alignment) - len
            if alignment > 0 && pad > 0 { out.append(contentsOf: repeatElement(0x20, count: pad)) }
            out.append(contentsOf: text.utf16)
            if alignment < 0 && pad > 0 { out.append(contentsOf: repeatElement(0x20, count: pad)) }
        }
        return String(decoding: out, as: UTF16.self)
    }

    /// One argument formatted as .NET's IFormattable.ToString(format, InvariantCulture) would.
    public static func formatArgument(_ a: FormatArgument, format: String?) throws -> String {
        switch a {
        case .null: return ""
        case .bool(let b): return b ? "True" : "False"
        case .string(let s), .other(let s): return s
        case .int, .double, .decimal:
            if let f = format, !f.isEmpty { return try number(a, format: f) }
            return try number(a, format: "G")
        case .dateTime(let d): return try d.formatted(format)
        case .timeSpan(let t):
            guard let s = TimeSpanFormatter.format(t, format) else { throw FormatError.badFormat }
            return s
        }
    }

    // MARK: default strings

    /// Double.ToString() in .NET Core 3.0+: the shortest round-trippable digits.
    public static func toString(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        // .NET Core 3.0+ keeps the sign of negative zero
        if d == 0 { return d.sign == .minus ? "-0" : "0" }
        let num = NumberDigits.shortest(d)
        return formatGeneral(num, maxDigits: max(num.digits.count, doubleGeneralMaxDigits), expChar: "E", suppressScientific: false)
    }

    /// Double.ToString("G15"): what PowerShell's string conversion of a double gives.
    public static func toStringG15(_ d: Double) -> String {
        if d == 0 { return d.sign == .minus ? "-0" : "0" }
        return (try? formatDouble(d, "G15")) ?? toString(d)
    }

    /// Single.ToString(): shortest round-trip digits, scientific above 7 integral digits.
    public static func toString(_ f: Float) -> String {
        if f.isNaN { return "NaN" }
        if f.isInfinite { return f < 0 ? "-Infinity" : "Infinity" }
        let num: NumberDigits
        if f == 0 { num = NumberDigits(negative: f.sign == .minus, digits: [], scale: 0, signlessZero: false) }
        else { num = NumberDigits.fromPlainText(f.magnitude.description, negative: f < 0, signlessZero: false) ?? NumberDigits(int: 0) }
        return formatGeneral(num, maxDigits: max(num.digits.count, 7), expChar: "E", suppressScientific: false)
    }

    public static func toString(_ d: Decimal) -> String {
        let num = NumberDigits(decimal: d)
        return formatGeneral(num, maxDigits: 29, expChar: "E", suppressScientific: true)
    }

    // MARK: numeric format strings

    public static func number(_ value: FormatArgument, format: String) throws -> String {
        switch value {
        case .int(let v): return try formatInteger(v, format)
        case .double(let d): return try formatDouble(d, format)
        case .decimal(let m):
            // Decimal.ToString() and "G" keep the decimal's own trailing zeros
            if format == "G" || format == "g" || format.isEmpty { return m.description }
            return try formatDecimal(m.value, format)
        case .bool, .string, .other, .null, .dateTime, .timeSpan:
            return try formatArgument(value, format: format)
        }
    }

    /// Standard format: a letter optionally followed by up to 9 digits of precision.
    static func parseStandard(_ f: String) -> (Character, Int)? {
        let u = Array(f.unicodeScalars)
        guard let first = u.first, first.isASCII, first.properties.isAlphabetic else { return nil }
        if u.count == 1 { return (Character(first), -1) }
        if u.count > 10 { return nil }
        var p = 0
        for s in u.dropFirst() {
            guard s.value >= 48 && s.value <= 57 else { return nil }
            p = p * 10 + Int(s.value - 48)
        }
        return (Character(first), p)
    }

    static func formatInteger(_ v: Int64, _ format: String) throws -> String {
        if format.isEmpty { return String(v) }
        guard let (c, p) = parseStandard(format) else {
            return try CustomNumberFormat.format(NumberDigits(int: v), format)
        }
        switch c {
        case "D", "d":
            var s = String(v.magnitude)
            if p > s.count { s = String(repeating: "0", count: min(p, 100_000) - s.count) + s }
            return v < 0 ? "-" + s : s
        case "X", "x":
            // PowerShell integers are Int32 when they fit: format those with 32 bits.
            let bits: UInt64 = (v >= Int64(Int32.min) && v <= Int64(Int32.max)) ? UInt64(UInt32(bitPattern: Int32(v))) : UInt64(bitPattern: v)
            var s = String(bits, radix: 16, uppercase: c == "X")
            if p > s.count { s = String(repeating: "0", count: min(p, 100_000) - s.count) + s }
            return s
        case "G", "g":
            if p <= 0 { return String(v) }
            return try standard(NumberDigits(int: v), c, p)
        case "R", "r":
            return String(v)
        default:
            return try standard(NumberDigits(int: v), c, p)
        }
    }

    static func formatDecimal(_ m: Decimal, _ format: String) throws -> String {
        if format.isEmpty { return toString(m) }
        guard let (c, p) = parseStandard(format) else {
            return try CustomNumberFormat.format(NumberDigits(decimal: m), format)
        }
        switch c {
        case "G", "g":
            if p <= 0 { return toString(m) }
            return try standard(NumberDigits(decimal: m), c, p)
        case "R", "r", "D", "d", "X", "x":
            throw FormatError.badSpecifier
        default:
            return try standard(NumberDigits(decimal: m), c, p)
        }
    }

    static func formatDouble(_ d: Double, _ format: String) throws -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        if format.isEmpty { return toString(d) }
        guard let (c, p) = parseStandard(format) else {
            // custom formats see at most 15 significant digits
            return try CustomNumberFormat.format(NumberDigits.significant(d, 15), format)
        }
        switch c {
        case "R", "r":
            return toString(d)
        case "G", "g":
            if p <= 0 {
                let num = NumberDigits.shortest(d)
                return formatGeneral(num, maxDigits: max(num.digits.count, doubleGeneralMaxDigits), expChar: c == "G" ? "E" : "e", suppressScientific: false)
            }
            return try standard(NumberDigits.significant(d, min(p, 400)), c, p)
        case "E", "e":
            let prec = p < 0 ? 6 : p
            return try standard(NumberDigits.significant(d, min(prec + 1, 400)), c, p)
        case "F", "f", "N", "n", "C", "c":
            let prec = p < 0 ? 2 : p
            return try standard(NumberDigits.fixed(d, min(prec, 400)), c, p)
        case "P", "p":
            let prec = p < 0 ? 2 : p
            return try standard(NumberDigits.fixed(d, min(prec + 2, 402)), c, p)
        case "D", "d", "X", "x":
            throw FormatError.badSpecifier
        default:
            throw FormatError.badSpecifier
        }
    }

    /// The standard formats on a digit buffer (after any correctly-rounded digit generation).
    static func standard(_ input: NumberDigits, _ c: Character, _ p: Int) throws -> String {
        var num = input
        switch c {
        case "F", "f":
            let prec = p < 0 ? 2 : min(p, 100_000)
            num.round(to: num.scale + prec)
            return (num.negative ? "-" : "") + formatFixed(num, decimals: prec, grouping: false)
        case "N", "n":
            let prec = p < 0 ? 2 : min(p, 100_000)
            num.round(to: num.scale + prec)
            return (num.negative ? "-" : "") + formatFixed(num, decimals: prec, grouping: true)
        case "C", "c":
            let prec = p < 0 ? 2 : min(p, 100_000)
            num.round(to: num.scale + prec)
            let body = "$" + formatFixed(num, decimals: prec, grouping: true)
            return num.negative ? "-" + body : body
        case "P", "p":
            let prec = p < 0 ? 2 : min(p, 100_000)
            if !num.isZero { num.scale += 2 }
            num.round(to: num.scale + prec)
            return (num.negative ? "-" : "") + formatFixed(num, decimals: prec, grouping: true) + "%"
        case "E", "e":
            let prec = p < 0 ? 6 : min(p, 100_000)
            num.round(to: prec + 1)
            return (num.negative ? "-" : "") + formatScientific(num, digits: prec + 1, expChar: c)
        case "G", "g":
            var maxDigits = p
            if maxDigits < 1 { maxDigits = max(num.digits.count, 1) }
            num.round(to: maxDigits)
            return (num.negative ? "-" : "") + formatGeneral(num, maxDigits: maxDigits, expChar: c == "G" ? "E" : "e", suppressScientific: false, includeSign: false)
        default:
            throw FormatError.badSpecifier
        }
    }

    static func digitChar(_ d: UInt8) -> Character { Character(Unicode.Scalar(48 + d)) }

    static func formatFixed(_ num: NumberDigits, decimals: Int, grouping: Bool) -> String {
        var intPart = ""
        if num.scale > 0 {
            for k in 0..<num.scale { intPart.append(k < num.digits.count ? digitChar(num.digits[k]) : "0") }
        } else {
            intPart = "0"
        }
        if grouping && intPart.count > 3 {
            var g = ""
            let chars = Array(intPart)
            for (k, ch) in chars.enumerated() {
                if k > 0 && (chars.count - k) % 3 == 0 { g.append(",") }
                g.append(ch)
            }
            intPart = g
        }
        if decimals <= 0 { return intPart }
        var frac = ""
        frac.reserveCapacity(decimals)
        for k in 0..<decimals {
            let idx = num.scale + k
            frac.append(idx >= 0 && idx < num.digits.count ? digitChar(num.digits[idx]) : "0")
        }
        return intPart + "." + frac
    }

    static func formatExponent(_ e: Int, expChar: Character, minDigits: Int, positiveSign: Bool) -> String {
        var s = String(expChar)
        if e < 0 { s += "-" } else if positiveSign { s += "+" }
        let d = String(abs(e))
        return s + String(repeating: "0", count: max(0, minDigits - d.count)) + d
    }

    static func formatScientific(_ num: NumberDigits, digits: Int, expChar: Character) -> String {
        var s = ""
        s.append(num.digits.first.map(digitChar) ?? "0")
        if digits > 1 {
            s.append(".")
            for k in 1..<digits { s.append(k < num.digits.count ? digitChar(num.digits[k]) : "0") }
        }
        let e = num.isZero ? 0 : num.scale - 1
        return s + formatExponent(e, expChar: expChar, minDigits: 3, positiveSign: true)
    }

    static func formatGeneral(_ num: NumberDigits, maxDigits: Int, expChar: Character, suppressScientific: Bool, includeSign: Bool = true) -> String {
        var s = includeSign && num.negative ? "-" : ""
        var digPos = num.isZero ? 1 : num.scale
        if num.isZero { digPos = 0 }
        var scientific = false
        if !suppressScientific && !num.isZero && (digPos > maxDigits || digPos < -3) {
            digPos = 1; scientific = true
        }
        var k = 0
        if digPos > 0 {
            for _ in 0..<digPos {
                s.append(k < num.digits.count ? digitChar(num.digits[k]) : "0"); if k < num.digits.count { k += 1 }
            }
        } else {
            s.append("0")
        }
        if k < num.digits.count || digPos < 0 {
            s.append(".")
            while digPos < 0 { s.append("0"); digPos += 1 }
            while k < num.digits.count { s.append(digitChar(num.digits[k])); k += 1 }
        }
        if scientific { s += formatExponent(num.scale - 1, expChar: expChar, minDigits: 2, positiveSign: true) }
        return s
    }

    // MARK: PowerShell string → number

    /// PowerShell's conversion of a string to a number: surrounding white space allowed, an optional
    /// sign, decimal digits with an optional fraction and exponent, `0x` hex, `0b` binary, and the
    /// multiplier suffixes kb/mb/gb/tb/pb. Integers that fit Int32 (or Int64) come back as `.int`;
    /// fractions and exponents as `.double`; integers too large for Int64 as `.decimal` when they fit,
    /// else `.double`. nil when the string is not a number.
    public static func parseNumber(_ s: String) -> FormatArgument? {
        var t = Substring(s)
        while let f = t.first, f.isWhitespace { t.removeFirst() }
        while let l = t.last, l.isWhitespace { t.removeLast() }
        if t.isEmpty { return nil }
        var negative = false
        if let f = t.first, f == "-" || f == "+" || f == "\u{2013}" || f == "\u{2014}" {
            negative = f != "+"; t.removeFirst()
        }
        if t.isEmpty { return nil }
        // multiplier suffix
        var multiplier: Int64 = 1
        let lower = t.lowercased()
        for (suffix, m) in [("kb", Int64(1) << 10), ("mb", Int64(1) << 20), ("gb", Int64(1) << 30), ("tb", Int64(1) << 40), ("pb", Int64(1) << 50)] {
            if lower.hasSuffix(suffix) && lower.count > 2 { multiplier = m; t = t.dropLast(2); break }
        }
        let body = String(t)
        let lb = body.lowercased()
        if lb.hasPrefix("0x") {
            let hex = lb.dropFirst(2)
            guard !hex.isEmpty, hex.count <= 16, let u = UInt64(hex, radix: 16) else { return nil }
            // like PowerShell: 8 hex digits or fewer are Int32 bit patterns, 9–16 are Int64 bit patterns
            var v: Int64 = hex.count <= 8 ? Int64(Int32(bitPattern: UInt32(truncatingIfNeeded: u))) : Int64(bitPattern: u)
            if negative { v = 0 &- v }
            let (r, o) = v.multipliedReportingOverflow(by: multiplier)
            return o ? .double(Double(v) * Double(multiplier)) : .int(r)
        }
        if lb.hasPrefix("0b") {
            let bin = lb.dropFirst(2)
            guard !bin.isEmpty, bin.count <= 64, let u = UInt64(bin, radix: 2) else { return nil }
            var v: Int64 = bin.count <= 32 ? Int64(Int32(bitPattern: UInt32(truncatingIfNeeded: u))) : Int64(bitPattern: u)
            if negative { v = 0 &- v }
            return .int(v &* multiplier)
        }
        // decimal: digits [. digits] [e [+-] digits]
        let u = Array(body.utf8)
        var i = 0
        var intDigits = 0, fracDigits = 0
        while i < u.count, u[i] >= 48, u[i] <= 57 { i += 1; intDigits += 1 }
        var isFloat = false
        if i < u.count, u[i] == 46 { isFloat = true; i += 1; while i < u.count, u[i] >= 48, u[i] <= 57 { i += 1; fracDigits += 1 } }
        if intDigits + fracDigits == 0 { return nil }
        if i < u.count, u[i] == 101 || u[i] == 69 {
            isFloat = true; i += 1
            if i < u.count, u[i] == 43 || u[i] == 45 { i += 1 }
            var ed = 0
            while i < u.count, u[i] >= 48, u[i] <= 57 { i += 1; ed += 1 }
            if ed == 0 { return nil }
        }
        let numEnd = i
        // PowerShell type suffixes: d (decimal), l (long), u, ul, y, uy, s, us, n
        var forceDecimal = false
        if i < u.count {
            let rest = String(decoding: u[i...], as: UTF8.self).lowercased()
            switch rest {
            case "d": forceDecimal = true
            case "l", "u", "ul", "lu", "s", "us", "y", "uy", "n": if isFloat { return nil }
            default: return nil
            }
        }
        let digitsOnly = String(decoding: u[0..<numEnd], as: UTF8.self)
        if forceDecimal {
            guard var m = Decimal(string: digitsOnly, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
            if negative { m = -m }
            return .decimal(DotNetDecimal(m * Decimal(multiplier)))
        }
        if !isFloat {
            if let v = Int64(digitsOnly) {
                let signed = negative ? -v : v
                let (r, o) = signed.multipliedReportingOverflow(by: multiplier)
                if !o { return .int(r) }
                return .double(Double(signed) * Double(multiplier))
            }
            if negative && digitsOnly == "9223372036854775808" && multiplier == 1 { return .int(Int64.min) }
            if digitsOnly.count <= 28, var m = Decimal(string: digitsOnly, locale: Locale(identifier: "en_US_POSIX")) {
                if negative { m = -m }
                return .decimal(DotNetDecimal(m * Decimal(multiplier)))
            }
        }
        guard let d = Double(digitsOnly) else { return nil }
        return .double((negative ? -d : d) * Double(multiplier))
    }
}
