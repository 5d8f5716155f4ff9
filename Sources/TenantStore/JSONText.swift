import Foundation

/// A parsed JSON document (the tenant file is read through this so every error can name the
/// path of the value it is about).
private extension Decimal {
    func rounded0() -> Decimal {
        var x = self, r = Decimal()
        NSDecimalRound(&r, &x, 0, .plain)
        return r
    }
}

indirect enum JSONValue: Decodable, Equatable {
    case null
    case bool(Bool)
    /// A number, and its digits when it is a whole number (so a message shows what was written).
    case number(Double, text: String?)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null; return }
        if let b = try? c.decode(Bool.self) { self = .bool(b); return }
        // whole numbers exactly as written (an Int64, or a Decimal's 38 digits), others as doubles
        if let i = try? c.decode(Int64.self) { self = .number(Double(i), text: String(i)); return }
        if let d = try? c.decode(Decimal.self), d == d.rounded0() { self = .number(NSDecimalNumber(decimal: d).doubleValue, text: "\(d)"); return }
        if let n = try? c.decode(Double.self) { self = .number(n, text: nil); return }
        if let s = try? c.decode(String.self) { self = .string(s); return }
        if let a = try? c.decode([JSONValue].self) { self = .array(a); return }
        self = .object(try c.decode([String: JSONValue].self))
    }

    /// What a value is, for "found ..." in error messages.
    var summary: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n, let text): return text ?? (n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n))
        case .string(let s): return "\"\(s.count > 60 ? String(s.prefix(57)) + "..." : s)\""
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// Ordered JSON output: keys in the order the format documents them, two-space indentation,
/// arrays of plain values on one line.
enum JSONOut {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONOut])
    case object([(String, JSONOut)])

    static func optional(_ s: String?) -> JSONOut { s.map { .string($0) } ?? .null }

    func render() -> String {
        var out = ""
        write(to: &out, indent: 0)
        out += "\n"
        return out
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let n): out += String(n)
        case .double(let d): out += d.isFinite ? String(d) : "null"
        case .string(let s): JSONOut.quote(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            if items.allSatisfy(\.isScalar) {
                out += "["
                for (i, item) in items.enumerated() {
                    if i > 0 { out += ", " }
                    item.write(to: &out, indent: indent)
                }
                out += "]"
                return
            }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                item.write(to: &out, indent: indent + 2)
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let fields):
            if fields.isEmpty { out += "{}"; return }
            out += "{\n"
            for (i, (key, value)) in fields.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                JSONOut.quote(key, into: &out)
                out += ": "
                value.write(to: &out, indent: indent + 2)
                out += i + 1 < fields.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        }
    }

    static func quote(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

/// ISO 8601 UTC timestamps with milliseconds (`2026-11-29T06:16:41.123Z`), written and read
/// without Foundation's formatters so the same millisecond count always gives the same Date.
enum Timestamp {
    static func format(_ date: Date) -> String {
        let ms = date.millisecondsSince1970
        var days = ms >= 0 ? ms / 86_400_000 : (ms - 86_399_999) / 86_400_000
        let msOfDay = ms - days * 86_400_000
        // Howard Hinnant's civil_from_days.
        days += 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let doe = days - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        var y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        if m <= 2 { y += 1 }
        func pad(_ v: Int64, _ n: Int) -> String {
            let s = String(v)
            return s.count >= n ? s : String(repeating: "0", count: n - s.count) + s
        }
        let h = msOfDay / 3_600_000, mi = msOfDay / 60_000 % 60, s = msOfDay / 1000 % 60, f = msOfDay % 1000
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(h, 2)):\(pad(mi, 2)):\(pad(s, 2)).\(pad(f, 3))Z"
    }

    /// `YYYY-MM-DDTHH:MM:SS[.fff]Z` (fractions beyond milliseconds are refused: the file is exact).
    static func parse(_ text: String) -> Date? {
        let b = Array(text.utf8)
        func num(_ from: Int, _ count: Int) -> Int64? {
            guard from + count <= b.count else { return nil }
            var v: Int64 = 0
            for i in from..<from + count {
                guard b[i] >= 48, b[i] <= 57 else { return nil }
                v = v * 10 + Int64(b[i] - 48)
            }
            return v
        }
        guard b.count >= 20, b[4] == 45, b[7] == 45, b[10] == 84, b[13] == 58, b[16] == 58, b.last == 90,
              let y = num(0, 4), let m = num(5, 2), let d = num(8, 2), let h = num(11, 2), let mi = num(14, 2),
              let s = num(17, 2), (1...12).contains(m), (1...31).contains(d), h < 24, mi < 60, s < 60 else { return nil }
        var fraction: Int64 = 0
        if b.count > 20 {
            let digits = b.count - 21
            guard b[19] == 46, (1...3).contains(digits), let f = num(20, digits) else { return nil }
            fraction = f * [1, 100, 10, 1][digits]
        } else {
            guard b.count == 20 else { return nil }
        }
        // days_from_civil
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let mp = m > 2 ? m - 3 : m + 9
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        let ms = ((days * 24 + h) * 60 + mi) * 60_000 + s * 1000 + fraction
        return Date(millisecondsSince1970: Double(ms))
    }
}
