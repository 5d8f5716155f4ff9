import Foundation
import PowerShellSyntax

/// PowerShell's conversion rules (System.Management.Automation.LanguagePrimitives): truthiness,
/// string form, numbers, and casts to type literals. Invariant culture throughout.
public enum LanguagePrimitives {

    // MARK: truthiness

    /// `[bool]$x`: "", 0, $null and empty collections are false; a one-element collection is its
    /// element's truth; any non-empty string (even "false") is true.
    public static func isTrue(_ v: Value) -> Bool {
        switch v {
        case .null, .automationNull: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .long(let l): return l != 0
        case .double(let d): return d != 0
        case .decimal(let d): return !d.isZero
        case .sized(let n): return !n.isZero
        case .string(let s): return !s.isEmpty
        case .char(let c): return c != "\0"
        case .array(let a):
            if a.items.isEmpty { return false }
            if a.items.count == 1 { return isTrue(a.items[0]) }
            return true
        case .native(let n):
            if let s = n as? SwitchParameter { return s.isPresent }
            if let items = n.enumerated() {
                if items.isEmpty { return false }
                if items.count == 1 { return isTrue(items[0]) }
            }
            return true
        case .object(let o):
            if let b = o.baseObject { return isTrue(b) }
            return true
        default: return true
        }
    }

    // MARK: strings

    /// PowerShell's string conversion (as in `"$x"` and `[string]$x`): arrays join with `ofs`.
    public static func toString(_ v: Value, ofs: String = " ") -> String {
        switch v {
        case .array(let a): return a.items.map { elementString($0) }.joined(separator: ofs)
        case .native(let n):
            if let items = n.enumerated(), !(n is PSException) { return items.map { elementString($0) }.joined(separator: ofs) }
            return n.toString()
        default: return elementString(v)
        }
    }

    /// String of one value without joining collections (nested arrays print their type name).
    static func elementString(_ v: Value, depth: Int = 0) -> String {
        switch v {
        case .null, .automationNull: return ""
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .long(let l): return String(l)
        // PowerShell converts a double to text with 15 significant digits ("G15"), not the
        // round-trip digits of its ToString(): "$(1.1 * 3)" is 3.3
        case .double(let d): return DotNetFormat.toStringG15(d)
        case .decimal(let d): return d.description
        case .sized(let n): return n.scriptString
        case .string(let s): return s
        case .char(let c): return String(c)
        case .array(let a): return a.typeName
        case .hashtable(let h): return h.isOrdered ? "System.Collections.Specialized.OrderedDictionary" : "System.Collections.Hashtable"
        case .object(let o): return objectString(o, depth: depth)
        case .scriptBlock(let sb): return sb.text
        case .dateTime(let d): return d.toString(nil)
        case .timeSpan(let t): return t.toString(nil)
        case .guid(let g): return g.uuidString.lowercased()
        case .type(let t): return t.fullName
        case .native(let n): return n.toString()
        }
    }

    /// What .NET's `ToString()` gives where PowerShell calls it instead of converting (Export-Csv,
    /// Write-Host): dates in the current culture; everything else as `elementString`.
    static func cultureString(_ v: Value) -> String {
        if case .dateTime(let d) = ObjectAccess.base(v) { return d.cultureString }
        return elementString(v)
    }

    /// PSCustomObject → `@{A=1; B=two}`; other PSObjects → base object or first type name.
    static func objectString(_ o: PSObject, depth: Int = 0) -> String {
        if let b = o.baseObject { return elementString(b, depth: depth + 1) }
        if let ts = o.member("ToString"), case .codeMethod(let f) = ts.kind, let r = try? f(o, []) { return elementString(r) }
        if o.isCustomObject {
            // Self-referencing objects must not recurse forever.
            if depth > 8 { return "@{...}" }
            let parts = o.properties.map { m -> String in
                let val: String
                if case .noteProperty(let v) = m.kind { val = elementString(v, depth: depth + 1) } else { val = "" }
                return "\(m.name)=\(val)"
            }
            return "@{" + parts.joined(separator: "; ") + "}"
        }
        return o.typeNames.first ?? PSObject.customObjectTypeName
    }

    // MARK: numbers

    /// A number parsed the way PowerShell converts strings: trims whitespace, accepts hex, exponent,
    /// type suffixes and multipliers. nil when the text is not a number.
    public static func parseNumber(_ s: String) -> Value? {
        let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        if t.isEmpty { return nil }
        // a type suffix (`10uy`, `1234s`, `5n`) gives the suffix's type, and a value the type
        // cannot hold (`200y`) is no number
        // (only text that starts like a number: "Jones" ends in s too, and is compared often)
        if let last = t.unicodeScalars.last, "ysulnYSULN".unicodeScalars.contains(last) {
            let u = t.utf8
            let lead = u.first == UInt8(ascii: "-") || u.first == UInt8(ascii: "+") ? u.dropFirst().first : u.first
            guard let lead, (lead >= 0x30 && lead <= 0x39) || lead == UInt8(ascii: ".") else { return nil }
            return Parser.numberLiteral(t).map(Session.numberValue)
        }
        guard let a = DotNetFormat.parseNumber(t) else { return nil }
        switch a {
        case .int(let i): return Value.integer(i)
        case .double(let d): return .double(d)
        case .decimal(let d): return .decimal(DotNetDecimal.parse(t) ?? d)
        default: return nil
        }
    }

    /// Converts to a numeric Value (for arithmetic): $null → 0, bool → 0/1, strings parsed.
    /// Throws PowerShell's conversion error when the text is not numeric.
    public static func toNumber(_ v: Value) throws -> Value {
        switch v {
        case .int, .long, .double, .decimal, .sized: return v
        case .null, .automationNull: return .int(0)
        case .bool(let b): return .int(b ? 1 : 0)
        case .char(let c): return .int(Int(c.unicodeScalars.first?.value ?? 0))
        case .string(let s):
            if s.trimmingCharacters(in: .whitespaces).isEmpty { return .int(0) }
            if let n = parseNumber(s) { return n }
            throw castError(v, to: "System.Int32", detail: "Input string was not in a correct format.", errorId: "InvalidCastFromStringToInteger")
        case .native(let n):
            if let sw = n as? SwitchParameter { return .int(sw.isPresent ? 1 : 0) }
            if let e = n as? EnumValue { return e.numberValue }
            throw castError(v, to: "System.Int32", detail: nil, errorId: "ConvertToFinalInvalidCastException")
        case .object(let o):
            if let b = o.baseObject { return try toNumber(b) }
            throw castError(v, to: "System.Int32", detail: nil, errorId: "ConvertToFinalInvalidCastException")
        default:
            throw castError(v, to: "System.Int32", detail: nil, errorId: "ConvertToFinalInvalidCastException")
        }
    }

    /// `toNumber` for a comparison, which only needs to know whether the value is a number: nil
    /// instead of a cast error (building that error made `1 -eq 'Active'` cost 8 µs).
    static func numberIfConvertible(_ v: Value) -> Value? {
        if case .string(let s) = v {
            // blank (what CharacterSet.whitespaces trims in toNumber) is 0
            if s.unicodeScalars.allSatisfy({ $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }) { return .int(0) }
            return parseNumber(s)
        }
        return try? toNumber(v)
    }

    public static func toDouble(_ v: Value) throws -> Double {
        switch try toNumber(v) {
        case .int(let i): return Double(i)
        case .long(let l): return Double(l)
        case .double(let d): return d
        case .decimal(let d): return NSDecimalNumber(decimal: d.value).doubleValue
        case .sized(let n): return n.doubleValue
        default: return 0
        }
    }

    /// Int32 conversion with banker's rounding (`[int]2.5` → 2, `[int]3.5` → 4).
    public static func toInt(_ v: Value) throws -> Int {
        let n = try toIntegral(v, min: Int64(Int32.min), max: Int64(Int32.max), typeName: "System.Int32")
        return Int(n)
    }

    public static func toLong(_ v: Value) throws -> Int64 {
        try toIntegral(v, min: Int64.min, max: Int64.max, typeName: "System.Int64")
    }

    static func toIntegral(_ v: Value, min: Int64, max: Int64, typeName: String) throws -> Int64 {
        let n: Value
        do { n = try toNumber(v) } catch {
            if case .string = v {
                throw castError(v, to: typeName, detail: "Input string was not in a correct format.", errorId: typeName == "System.Int32" ? "InvalidCastFromStringToInteger" : "InvalidCastParseTargetInvocation")
            }
            throw castError(v, to: typeName, detail: nil, errorId: "ConvertToFinalInvalidCastException")
        }
        let overflow = { castError(v, to: typeName, detail: "Value was either too large or too small for \(typeName == "System.Int32" ? "an Int32" : "an Int64").", errorId: "InvalidCastIConvertible") }
        switch n {
        case .int(let i):
            guard Int64(i) >= min && Int64(i) <= max else { throw overflow() }
            return Int64(i)
        case .long(let l):
            guard l >= min && l <= max else { throw overflow() }
            return l
        case .sized(let s):
            if case .single(let f) = s { return try toIntegral(.double(Double(f)), min: min, max: max, typeName: typeName) }
            guard let l = s.int64Value, l >= min && l <= max else { throw overflow() }
            return l
        case .double(let d):
            // Int64's range is [-2^63, 2^63): 2^63 itself (what Double(Int64.max) rounds to) is out
            let r = d.rounded(.toNearestOrEven)
            guard r.isFinite, r >= -9_223_372_036_854_775_808.0, r < 9_223_372_036_854_775_808.0 else { throw overflow() }
            let n = Int64(r)
            guard n >= min && n <= max else { throw overflow() }
            return n
        case .decimal(let d):
            var dd = d.value, r = Decimal()
            NSDecimalRound(&r, &dd, 0, .bankers)
            guard r >= Decimal(min), r <= Decimal(max) else { throw overflow() }
            return NSDecimalNumber(decimal: r).int64Value
        default: return 0
        }
    }

    /// System.Decimal conversion: integers keep no decimals, a double gets the digits of its
    /// shortest form (`[decimal]0.1` is 0.1), text keeps the decimals it was written with.
    public static func toDecimal(_ v: Value) throws -> DotNetDecimal {
        if case .string(let s) = v, let d = DotNetDecimal.parse(s) { return d }
        switch try toNumber(v) {
        case .int(let i): return DotNetDecimal(i)
        case .long(let l): return DotNetDecimal(Decimal(l))
        case .double(let d):
            // Convert.ToDecimal(double): NaN, infinities and values beyond ±79228162514264337593543950335 overflow
            guard d.isFinite, abs(d) < 7.9228162514264338e28 else {
                throw castError(v, to: "System.Decimal", detail: DotNetDecimal.overflowMessage, errorId: "InvalidCastIConvertible")
            }
            return DotNetDecimal(Decimal(string: DotNetFormat.toString(d), locale: Locale(identifier: "en_US_POSIX")) ?? Decimal(d))
        case .decimal(let d): return d
        case .sized(.single(let f)): return try toDecimal(.double(Double(f)))
        case .sized(let n):
            let d = DotNetDecimal(n.decimalValue)
            guard d.inRange else {
                throw castError(v, to: "System.Decimal", detail: DotNetDecimal.overflowMessage, errorId: "InvalidCastIConvertible")
            }
            return d
        default: return DotNetDecimal(0)
        }
    }

    // MARK: errors

    /// `Cannot convert value "abc" to type "System.Int32". Error: "..."` (PSInvalidCastException).
    public static func castError(_ v: Value, to typeName: String, detail: String?, errorId: String) -> RuntimeError {
        let msg: String
        if let detail {
            msg = "Cannot convert value \"\(toString(v))\" to type \"\(typeName)\". Error: \"\(detail)\""
        } else if v.isNull {
            msg = "Cannot convert null to type \"\(typeName)\"."
        } else {
            msg = "Cannot convert the \"\(toString(v))\" value of type \"\(v.typeName)\" to type \"\(typeName)\"."
        }
        let rec = ErrorRecord(message: msg, errorId: errorId, category: .InvalidArgument, exceptionType: "System.Management.Automation.PSInvalidCastException", targetObject: v)
        return RuntimeError(rec)
    }
}
