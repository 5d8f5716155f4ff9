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

enum JSONValue: Decodable, Equatable {
    case null
    case bool(Bool)
    /// A number, and its digits when it is a whole number (so a message shows what was written).
    case number(Double, text: String?)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

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
        var object = JSONObject()
        for (key, value) in try c.decode([String: JSONValue].self) { object[key] = value }
        self = .object(object)
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

/// A JSON object's members in document order; a name given twice keeps its first place and its
/// last value. Objects of a tenant file have a handful of members, found by comparing names in
/// turn: hashing every name of a 100,000-user file was a tenth of its import. An object with
/// many members gets an index.
struct JSONObject: Equatable {
    private(set) var keys: [String] = []
    private(set) var values: [JSONValue] = []
    private var index: [String: Int]?

    private static let indexedFrom = 16

    init() {}

    var count: Int { keys.count }

    private func position(_ key: String) -> Int? {
        if let index { return index[key] }
        return keys.firstIndex(of: key)
    }

    subscript(key: String) -> JSONValue? {
        get { position(key).map { values[$0] } }
        set {
            if let i = position(key) {
                if let newValue { values[i] = newValue } else { remove(at: i) }
                return
            }
            guard let newValue else { return }
            keys.append(key)
            values.append(newValue)
            if index != nil {
                index?[key] = keys.count - 1
            } else if keys.count >= Self.indexedFrom {
                index = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
            }
        }
    }

    private mutating func remove(at i: Int) {
        keys.remove(at: i)
        values.remove(at: i)
        if index != nil { index = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) }) }
    }

    /// Equal when they have the same names with equal values, in any order (as JSON objects are).
    static func == (a: JSONObject, b: JSONObject) -> Bool {
        guard a.count == b.count else { return false }
        for (i, key) in a.keys.enumerated() where b[key] != a.values[i] { return false }
        return true
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

/// A JSON reader for tenant files, straight from the bytes into `JSONValue`: Foundation's
/// JSONDecoder went through `Decodable` for every value and took 10 of the 16 seconds of importing
/// a 100,000-user export (133 MB). Strict JSON (RFC 8259); a problem is reported with its line and
/// column.
struct JSONReader {
    struct Problem: Error, CustomStringConvertible {
        var description: String
        /// Arrays and objects nest deeper than the reader goes (`maximumNesting`).
        var tooDeep = false
    }

    /// The document's bytes, read in place (a copy of a 133 MB file was a page fault every 4 KB).
    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0
    private let maximumNesting: Int
    private var nesting = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>, maximumNesting: Int) {
        self.bytes = bytes
        self.maximumNesting = maximumNesting
    }

    /// The document's value; arrays and objects nested more than `maximumNesting` deep are a
    /// problem marked `tooDeep`.
    static func parse(_ data: Data, maximumNesting: Int = 256) throws(Problem) -> JSONValue {
        let result: Result<JSONValue, Problem> = data.withUnsafeBytes { raw in
            var reader = JSONReader(raw.bindMemory(to: UInt8.self), maximumNesting: maximumNesting)
            do throws(Problem) { return .success(try reader.document()) } catch { return .failure(error) }
        }
        return try result.get()
    }

    private mutating func document() throws(Problem) -> JSONValue {
        // a UTF-8 byte order mark, as editors on Windows write
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        skipSpace()
        guard i < bytes.count else { throw problem("the document is empty") }
        let value = try self.value()
        skipSpace()
        guard i == bytes.count else { throw problem("unexpected text after the document") }
        return value
    }

    private mutating func enter() throws(Problem) {
        nesting += 1
        if nesting > maximumNesting {
            var p = problem("arrays and objects nested more than \(maximumNesting) deep")
            p.tooDeep = true
            throw p
        }
    }

    private func problem(_ what: String) -> Problem {
        var line = 1, column = 1
        for b in bytes[0..<min(i, bytes.count)] {
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return Problem(description: "\(what) at line \(line), column \(column)")
    }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    private mutating func value() throws(Problem) -> JSONValue {
        guard i < bytes.count else { throw problem("unexpected end of the document") }
        switch bytes[i] {
        case 0x7B: return try object()
        case 0x5B: return try array()
        case 0x22: return .string(try string())
        case 0x74: try literal("true"); return .bool(true)
        case 0x66: try literal("false"); return .bool(false)
        case 0x6E: try literal("null"); return .null
        case 0x2D, 0x30...0x39: return try number()
        default: throw problem("unexpected character '\(Character(UnicodeScalar(bytes[i])))'")
        }
    }

    private mutating func literal(_ word: StaticString) throws(Problem) {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { throw problem("unexpected end of the document") }
        var k = 0
        let ok = word.withUTF8Buffer { w in
            while k < n { if bytes[i + k] != w[k] { return false }; k += 1 }
            return true
        }
        guard ok else { throw problem("invalid literal") }
        i += n
    }

    private mutating func object() throws(Problem) -> JSONValue {
        try enter()
        defer { nesting -= 1 }
        i += 1
        var fields = JSONObject()
        skipSpace()
        if i < bytes.count, bytes[i] == 0x7D { i += 1; return .object(fields) }
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == 0x22 else { throw problem("expected a property name in double quotes") }
            let key = try name()
            skipSpace()
            guard i < bytes.count, bytes[i] == 0x3A else { throw problem("expected ':' after the property name") }
            i += 1
            skipSpace()
            fields[key] = try value()
            skipSpace()
            guard i < bytes.count else { throw problem("unexpected end of the document") }
            if bytes[i] == 0x2C { i += 1; continue }
            if bytes[i] == 0x7D { i += 1; return .object(fields) }
            throw problem("expected ',' or '}' in an object")
        }
    }

    private mutating func array() throws(Problem) -> JSONValue {
        try enter()
        defer { nesting -= 1 }
        i += 1
        var items: [JSONValue] = []
        skipSpace()
        if i < bytes.count, bytes[i] == 0x5D { i += 1; return .array(items) }
        while true {
            skipSpace()
            items.append(try value())
            skipSpace()
            guard i < bytes.count else { throw problem("unexpected end of the document") }
            if bytes[i] == 0x2C { i += 1; continue }
            if bytes[i] == 0x5D { i += 1; return .array(items) }
            throw problem("expected ',' or ']' in an array")
        }
    }

    /// The names of members seen so far (a tenant file uses a few dozen, 100,000 times each):
    /// a name is made once and shared, not allocated again for every object.
    private var names: [(bytes: [UInt8], text: String)] = []

    /// A member's name: a known one when its bytes match, otherwise read as any string.
    private mutating func name() throws(Problem) -> String {
        let start = i + 1
        var end = start
        while end < bytes.count, bytes[end] != 0x22, bytes[end] != 0x5C, bytes[end] >= 0x20 { end += 1 }
        if end < bytes.count, bytes[end] == 0x22 {
            let length = end - start
            var known: String?
            for entry in names where entry.bytes.count == length {
                if entry.bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress! + start, length) == 0 }) {
                    known = entry.text
                    break
                }
            }
            if let known {
                i = end + 1
                return known
            }
        }
        let made = try string()
        if names.count < 64, made.utf8.count == end - start { names.append((Array(made.utf8), made)) }
        return made
    }

    private mutating func string() throws(Problem) -> String {
        i += 1
        let start = i
        // the common case: no escape
        while i < bytes.count, bytes[i] != 0x22, bytes[i] != 0x5C {
            guard bytes[i] >= 0x20 else { throw problem("a control character in a string") }
            i += 1
        }
        guard i < bytes.count else { throw problem("a string without its closing quote") }
        if bytes[i] == 0x22 {
            defer { i += 1 }
            return try text(start..<i)
        }
        var out = try text(start..<i)
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x22 { i += 1; return out }
            if b == 0x5C {
                i += 1
                guard i < bytes.count else { break }
                let e = bytes[i]
                i += 1
                switch e {
                case 0x22: out += "\""
                case 0x5C: out += "\\"
                case 0x2F: out += "/"
                case 0x62: out += "\u{08}"
                case 0x66: out += "\u{0C}"
                case 0x6E: out += "\n"
                case 0x72: out += "\r"
                case 0x74: out += "\t"
                case 0x75:
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar), i + 1 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75 {
                        i += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw problem("an unpaired surrogate in a \\u escape") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let u = UnicodeScalar(scalar) else { throw problem("an unpaired surrogate in a \\u escape") }
                    out.unicodeScalars.append(u)
                default: throw problem("an invalid escape in a string")
                }
                continue
            }
            let runStart = i
            while i < bytes.count, bytes[i] != 0x22, bytes[i] != 0x5C {
                guard bytes[i] >= 0x20 else { throw problem("a control character in a string") }
                i += 1
            }
            out += try text(runStart..<i)
        }
        throw problem("a string without its closing quote")
    }

    private func text(_ range: Range<Int>) throws(Problem) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        // ASCII (nearly every string of a tenant file) needs no validation; the generic
        // validating initializer was a tenth of an import
        let made = slice.allSatisfy({ $0 < 0x80 }) ? String(decoding: slice, as: UTF8.self) : String(validating: slice, as: UTF8.self)
        guard let made else { throw problem("text that is not UTF-8") }
        return made
    }

    private mutating func hex4() throws(Problem) -> UInt32 {
        guard i + 4 <= bytes.count else { throw problem("an incomplete \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            let d: UInt32
            switch b {
            case 0x30...0x39: d = UInt32(b - 0x30)
            case 0x41...0x46: d = UInt32(b - 0x41 + 10)
            case 0x61...0x66: d = UInt32(b - 0x61 + 10)
            default: throw problem("an invalid \\u escape")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }

    /// Whole numbers keep their digits (an Int64, or longer); others are doubles.
    private mutating func number() throws(Problem) -> JSONValue {
        let start = i
        if bytes[i] == 0x2D { i += 1 }
        guard i < bytes.count, (0x30...0x39).contains(bytes[i]) else { throw problem("a number without digits") }
        if bytes[i] == 0x30, i + 1 < bytes.count, (0x30...0x39).contains(bytes[i + 1]) { throw problem("a number with a leading zero") }
        while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 }
        var whole = true
        if i < bytes.count, bytes[i] == 0x2E {
            whole = false
            i += 1
            guard i < bytes.count, (0x30...0x39).contains(bytes[i]) else { throw problem("a number without digits after '.'") }
            while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 }
        }
        if i < bytes.count, bytes[i] == 0x65 || bytes[i] == 0x45 {
            whole = false
            i += 1
            if i < bytes.count, bytes[i] == 0x2B || bytes[i] == 0x2D { i += 1 }
            guard i < bytes.count, (0x30...0x39).contains(bytes[i]) else { throw problem("a number without digits in its exponent") }
            while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 }
        }
        let literal = String(decoding: bytes[start..<i], as: UTF8.self)
        if whole {
            if let n = Int64(literal) { return .number(Double(n), text: String(n)) }
            guard let d = Double(literal), d.isFinite else { throw problem("a number out of range") }
            return .number(d, text: literal)
        }
        guard let d = Double(literal), d.isFinite else { throw problem("a number out of range") }
        if d == d.rounded(), abs(d) < 9_007_199_254_740_992 { return .number(d, text: String(Int64(d))) }
        return .number(d, text: nil)
    }
}

extension UUID {
    /// `8-4-4-4-12` hexadecimal digits in either case, as `UUID(uuidString:)` reads them, without its
    /// `sscanf` (a tenth of importing 100,000 users).
    static func parse(_ text: String) -> UUID? {
        // the 16 bytes in a tuple: an array here was an allocation for every GUID of a file
        var bytes: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        func digit(_ c: UInt8) -> UInt8? {
            switch c {
            case 0x30...0x39: return c - 0x30
            case 0x41...0x46: return c - 0x41 + 10
            case 0x61...0x66: return c - 0x61 + 10
            default: return nil
            }
        }
        var text = text
        let ok = text.withUTF8 { p -> Bool in
            guard p.count == 36, p[8] == 0x2D, p[13] == 0x2D, p[18] == 0x2D, p[23] == 0x2D else { return false }
            return withUnsafeMutableBytes(of: &bytes) { out -> Bool in
                var k = 0
                for n in 0..<16 {
                    if k == 8 || k == 13 || k == 18 || k == 23 { k += 1 }
                    guard let high = digit(p[k]), let low = digit(p[k + 1]) else { return false }
                    out[n] = high << 4 | low
                    k += 2
                }
                return true
            }
        }
        return ok ? UUID(uuid: bytes) : nil
    }
}
