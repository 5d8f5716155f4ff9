import Foundation

// JSON for ConvertTo-Json / ConvertFrom-Json: an order-keeping parser that keeps number
// literals as text, and a serializer with PowerShell 7's layout (Newtonsoft.Json indented:
// two spaces, `"key": value`, one array element per line, `[]` and `{}` when empty).

public indirect enum JsonValue: Sendable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JsonValue])
    case object([(String, JsonValue)])
}

extension JsonValue: Equatable {
    public static func == (a: JsonValue, b: JsonValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.number(x), .number(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }
}

public struct JsonError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public let line: Int
    public let position: Int
    public var description: String { message }
}

/// ConvertTo-Json -EscapeHandling.
public enum JsonEscapeHandling: Sendable { case `default`, escapeNonAscii, escapeHtml }

public enum JsonCodec {
    public static let maxDepth = 1024

    public static func parse(_ text: String, maxDepth: Int = JsonCodec.maxDepth) throws -> JsonValue {
        var p = JsonParser(Array(text.unicodeScalars))
        p.maxDepth = maxDepth
        p.skipTrivia()
        if p.atEnd { throw p.error("Unexpected end when reading JSON.") }
        let v = try p.value(depth: 0, path: "")
        p.skipTrivia()
        if !p.atEnd {
            throw p.error("Additional text encountered after finished reading JSON content: \(p.peekChar).")
        }
        return v
    }

    public static func serialize(_ v: JsonValue, compress: Bool) -> String {
        serialize(v, compress: compress, escapeHandling: .default)
    }

    public static func serialize(_ v: JsonValue, compress: Bool, escapeHandling: JsonEscapeHandling) -> String {
        // written as UTF-8 bytes and made a String once: appending to a String piece by piece was
        // most of the time of ConvertTo-Json on a large document
        var out: [UInt8] = []
        write(v, compress: compress, indent: 0, escape: escapeHandling, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func append(_ text: StaticString, to out: inout [UInt8]) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    private static func newline(indent: Int, into out: inout [UInt8]) {
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: indent * 2))
    }

    /// `[...]` or `{...}` around `count` elements that `element` writes (an object's element is
    /// its key, the colon and its value), in Newtonsoft's layout.
    static func writeContainer(count: Int, object: Bool, indent: Int, compress: Bool, into out: inout [UInt8],
                               _ element: (Int, inout [UInt8]) -> Void) {
        if count == 0 { if object { append("{}", to: &out) } else { append("[]", to: &out) }; return }
        out.append(object ? UInt8(ascii: "{") : UInt8(ascii: "["))
        for i in 0..<count {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            if !compress { newline(indent: indent + 1, into: &out) }
            element(i, &out)
        }
        if !compress { newline(indent: indent, into: &out) }
        out.append(object ? UInt8(ascii: "}") : UInt8(ascii: "]"))
    }

    static func writeColon(compress: Bool, into out: inout [UInt8]) {
        if compress { out.append(UInt8(ascii: ":")) } else { append(": ", to: &out) }
    }

    static func write(_ v: JsonValue, compress: Bool, indent: Int, escape: JsonEscapeHandling, into out: inout [UInt8]) {
        switch v {
        case .null: append("null", to: &out)
        case .bool(let b): if b { append("true", to: &out) } else { append("false", to: &out) }
        case .number(let n): out.append(contentsOf: n.utf8)
        case .string(let s): quote(s, escapeHandling: escape, into: &out)
        case .array(let items):
            writeContainer(count: items.count, object: false, indent: indent, compress: compress, into: &out) { i, out in
                write(items[i], compress: compress, indent: indent + 1, escape: escape, into: &out)
            }
        case .object(let members):
            writeContainer(count: members.count, object: true, indent: indent, compress: compress, into: &out) { i, out in
                quote(members[i].0, escapeHandling: escape, into: &out)
                writeColon(compress: compress, into: &out)
                write(members[i].1, compress: compress, indent: indent + 1, escape: escape, into: &out)
            }
        }
    }

    /// Newtonsoft's default escaping: quote, backslash, control characters, U+0085, U+2028, U+2029;
    /// other non-ASCII text is written as is. `.escapeNonAscii` also writes every non-ASCII UTF-16
    /// unit as `\\uXXXX`; `.escapeHtml` also escapes `<`, `>`, `&` and `'`.
    static func quote(_ s: String, escapeHandling: JsonEscapeHandling, into out: inout [UInt8]) {
        out.append(0x22)
        // most strings need no escape: appended whole (scalar by scalar was most of a large export)
        var text = s
        let plain = text.withUTF8 { bytes in
            for b in bytes {
                if b < 0x20 || b == 0x22 || b == 0x5C || (b >= 0x80 && (escapeHandling != .default || b == 0xC2 || b == 0xE2))
                    || (escapeHandling == .escapeHtml && (b == 0x3C || b == 0x3E || b == 0x26 || b == 0x27)) {
                    return false
                }
            }
            out.append(contentsOf: bytes)
            return true
        }
        if plain {
            out.append(0x22)
            return
        }
        for u in s.unicodeScalars {
            switch u {
            case "\"": append("\\\"", to: &out)
            case "\\": append("\\\\", to: &out)
            case "\n": append("\\n", to: &out)
            case "\r": append("\\r", to: &out)
            case "\t": append("\\t", to: &out)
            case "\u{08}": append("\\b", to: &out)
            case "\u{0C}": append("\\f", to: &out)
            default:
                let html = escapeHandling == .escapeHtml && (u == "<" || u == ">" || u == "&" || u == "'")
                let nonAscii = escapeHandling != .default && u.value > 0x7F
                if u.value < 0x20 || u.value == 0x85 || u.value == 0x2028 || u.value == 0x2029 || html || nonAscii {
                    for unit in String(u).utf16 {
                        let hex = String(unit, radix: 16)
                        append("\\u", to: &out)
                        out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: 4 - hex.utf8.count))
                        out.append(contentsOf: hex.utf8)
                    }
                } else {
                    out.append(contentsOf: String(u).utf8)
                }
            }
        }
        out.append(0x22)
    }
}

struct JsonParser {
    let s: [Unicode.Scalar]
    var i = 0
    /// The reader's MaxDepth (ConvertFrom-Json -Depth raises it).
    var maxDepth = JsonCodec.maxDepth
    init(_ s: [Unicode.Scalar]) { self.s = s }

    var atEnd: Bool { i >= s.count }
    var peekChar: String { i < s.count ? String(Character(s[i])) : "" }

    /// Line (1-based) and position (column of the last character read, Newtonsoft style).
    func location() -> (Int, Int) {
        var line = 1, col = 0
        var k = 0
        while k < min(i, s.count) {
            if s[k] == "\n" { line += 1; col = 0 } else { col += 1 }
            k += 1
        }
        return (line, col)
    }

    func error(_ msg: String, path: String = "") -> JsonError {
        let (line, pos) = location()
        return JsonError(message: "\(msg) Path '\(path)', line \(line), position \(pos).", line: line, position: pos)
    }

    mutating func skipTrivia() {
        while i < s.count {
            let c = s[i]
            if c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{FEFF}" { i += 1; continue }
            if c == "/" && i + 1 < s.count {
                if s[i + 1] == "/" { while i < s.count && s[i] != "\n" { i += 1 }; continue }
                if s[i + 1] == "*" {
                    i += 2
                    while i + 1 < s.count && !(s[i] == "*" && s[i + 1] == "/") { i += 1 }
                    i = min(i + 2, s.count)
                    continue
                }
            }
            break
        }
    }

    /// Containers being filled while parsing; the parser keeps them on an explicit stack so
    /// deep nesting costs heap, not call stack.
    enum Frame {
        case array([JsonValue])
        case object([(String, JsonValue)], key: String)

        /// Adds a value in place (the container's storage is emptied first so that the array
        /// is uniquely held: appending to a copy made parsing a large document quadratic).
        mutating func append(_ v: JsonValue) {
            switch self {
            case .array(var items):
                self = .array([])
                items.append(v)
                self = .array(items)
            case .object(var members, let key):
                self = .array([])
                members.append((key, v))
                self = .object(members, key: key)
            }
        }

        /// The key the next value of an object goes under.
        mutating func setKey(_ key: String) {
            guard case .object(let members, _) = self else { return }
            self = .array([])
            self = .object(members, key: key)
        }
    }

    /// Newtonsoft-style path of the value being read: `a.b[2]`.
    static func path(_ stack: [Frame]) -> String {
        var p = ""
        for f in stack {
            switch f {
            case .array(let items): p += "[\(items.count)]"
            case .object(_, let key): p += p.isEmpty ? key : "." + key
            }
        }
        return p
    }

    mutating func readKey(_ stack: [Frame]) throws -> String {
        skipTrivia()
        guard i < s.count else { throw error("Unexpected end when reading JSON.", path: Self.path(stack)) }
        let key: String
        if s[i] == "\"" || s[i] == "'" { key = try string(path: Self.path(stack)) }
        else if isIdentStart(s[i]) {
            var k = ""
            while i < s.count && (isIdentStart(s[i]) || (s[i].value >= 48 && s[i].value <= 57)) { k.unicodeScalars.append(s[i]); i += 1 }
            key = k
        } else {
            i += 1
            throw error("Invalid property identifier character: \(Character(s[i - 1])).", path: Self.path(stack))
        }
        skipTrivia()
        guard i < s.count, s[i] == ":" else {
            if i < s.count { i += 1 }
            throw error("Invalid character after parsing property name. Expected ':' but got: \(i - 1 < s.count ? String(Character(s[i - 1])) : "").", path: Self.path(stack))
        }
        i += 1
        return key
    }

    mutating func value(depth: Int, path startPath: String) throws -> JsonValue {
        var stack: [Frame] = []
        var result: JsonValue? = nil
        func attach(_ v: JsonValue, _ stack: inout [Frame]) -> JsonValue? {
            guard !stack.isEmpty else { return v }
            stack[stack.count - 1].append(v)
            return nil
        }
        while result == nil {
            // read one value (opening containers as needed)
            skipTrivia()
            guard i < s.count else { throw error("Unexpected end when reading JSON.", path: Self.path(stack)) }
            let c = s[i]
            var produced: JsonValue? = nil
            switch c {
            case "{", "[":
                if stack.count >= maxDepth {
                    throw error("The reader's MaxDepth of \(maxDepth) has been exceeded.", path: Self.path(stack))
                }
                i += 1
                skipTrivia()
                if c == "{" {
                    if i < s.count && s[i] == "}" { i += 1; produced = .object([]) }
                    else {
                        stack.append(.object([], key: ""))
                        let key = try readKey(stack)
                        stack[stack.count - 1].setKey(key)
                        continue
                    }
                } else {
                    if i < s.count && s[i] == "]" { i += 1; produced = .array([]) }
                    else { stack.append(.array([])); continue }
                }
            case "\"", "'":
                produced = .string(try string(path: Self.path(stack)))
            case "t", "f", "n", "N", "I":
                for (word, v) in [("true", JsonValue.bool(true)), ("false", .bool(false)), ("null", .null), ("NaN", .number("NaN")), ("Infinity", .number("Infinity"))] {
                    if matchWord(word) { produced = v; break }
                }
                if produced == nil {
                    i += 1
                    throw error("Unexpected character encountered while parsing value: \(Character(c)).", path: Self.path(stack))
                }
            default:
                if c == "-" || (c.value >= 48 && c.value <= 57) || c == "." {
                    if c == "-" && matchWord("-Infinity") { produced = .number("-Infinity") }
                    else { produced = .number(try number(path: Self.path(stack))) }
                } else {
                    i += 1
                    throw error("Unexpected character encountered while parsing value: \(Character(c)).", path: Self.path(stack))
                }
            }
            // attach it, then close every container that ends here
            var v = produced ?? .null
            while true {
                if let done = attach(v, &stack) { result = done; break }
                skipTrivia()
                guard i < s.count else { throw error("Unexpected end when reading JSON.", path: Self.path(stack)) }
                guard let isObject = stack.last.map({ if case .object = $0 { true } else { false } }) else { break }
                let close: Unicode.Scalar = isObject ? "}" : "]"
                if s[i] == "," {
                    i += 1
                    skipTrivia()
                    if i < s.count && s[i] == close { i += 1 } // trailing comma
                    else {
                        if isObject {
                            let key = try readKey(stack)
                            stack[stack.count - 1].setKey(key)
                        }
                        break
                    }
                } else if s[i] == close {
                    i += 1
                } else {
                    i += 1
                    throw error("After parsing a value an unexpected character was encountered: \(Character(s[i - 1])).", path: Self.path(stack))
                }
                // the container is complete: pop it and attach it to its parent
                switch stack.removeLast() {
                case .array(let items): v = .array(items)
                case .object(let members, _): v = .object(members)
                }
            }
        }
        return result ?? .null
    }

    func isIdentStart(_ u: Unicode.Scalar) -> Bool { u.properties.isAlphabetic || u == "_" || u == "$" }

    mutating func matchWord(_ w: String) -> Bool {
        let ws = Array(w.unicodeScalars)
        guard i + ws.count <= s.count, Array(s[i..<(i + ws.count)]) == ws else { return false }
        let after = i + ws.count
        if after < s.count, isIdentStart(s[after]) || (s[after].value >= 48 && s[after].value <= 57) { return false }
        i = after
        return true
    }

    /// `path` is worked out only for an error message (building it for every value was most of a parse).
    mutating func number(path: @autoclosure () -> String) throws -> String {
        let start = i
        if s[i] == "-" { i += 1 }
        var digits = 0
        while i < s.count, s[i].value >= 48, s[i].value <= 57 { i += 1; digits += 1 }
        if i < s.count, s[i] == "." {
            i += 1
            while i < s.count, s[i].value >= 48, s[i].value <= 57 { i += 1; digits += 1 }
        }
        if digits > 0, i < s.count, s[i] == "e" || s[i] == "E" {
            i += 1
            if i < s.count, s[i] == "+" || s[i] == "-" { i += 1 }
            var ed = 0
            while i < s.count, s[i].value >= 48, s[i].value <= 57 { i += 1; ed += 1 }
            if ed == 0 { throw error("Input string '\(text(start, i))' is not a valid number.", path: path()) }
        }
        if digits == 0 { throw error("Input string '\(text(start, i))' is not a valid number.", path: path()) }
        if i < s.count, isIdentStart(s[i]) {
            while i < s.count, isIdentStart(s[i]) || (s[i].value >= 48 && s[i].value <= 57) { i += 1 }
            throw error("Input string '\(text(start, i))' is not a valid number.", path: path())
        }
        return text(start, i)
    }

    func text(_ a: Int, _ b: Int) -> String {
        var t = ""
        t.unicodeScalars.append(contentsOf: s[a..<min(b, s.count)])
        return t
    }

    mutating func string(path: @autoclosure () -> String) throws -> String {
        let q = s[i]
        i += 1
        var out = String.UnicodeScalarView()
        var pendingHigh: UInt32? = nil
        while i < s.count {
            let c = s[i]
            if c == q { i += 1; if let _ = pendingHigh { out.append("\u{FFFD}") }; return String(out) }
            if c == "\\" {
                guard i + 1 < s.count else { break }
                let e = s[i + 1]
                i += 2
                var scalar: Unicode.Scalar? = nil
                switch e {
                case "n": scalar = "\n"
                case "r": scalar = "\r"
                case "t": scalar = "\t"
                case "b": scalar = "\u{08}"
                case "f": scalar = "\u{0C}"
                case "\"", "\\", "/", "'": scalar = e
                case "u":
                    guard i + 4 <= s.count, let v = UInt32(text(i, i + 4), radix: 16) else {
                        throw error("Invalid Unicode escape sequence.", path: path())
                    }
                    i += 4
                    if v >= 0xD800 && v < 0xDC00 { pendingHigh = v; continue }
                    if v >= 0xDC00 && v < 0xE000, let h = pendingHigh {
                        pendingHigh = nil
                        let combined = 0x10000 + ((h - 0xD800) << 10) + (v - 0xDC00)
                        out.append(Unicode.Scalar(combined) ?? "\u{FFFD}")
                        continue
                    }
                    scalar = Unicode.Scalar(v) ?? "\u{FFFD}"
                default:
                    throw error("Bad JSON escape sequence: \\\(Character(e)).", path: path())
                }
                if pendingHigh != nil { out.append("\u{FFFD}"); pendingHigh = nil }
                if let sc = scalar { out.append(sc) }
                continue
            }
            if pendingHigh != nil { out.append("\u{FFFD}"); pendingHigh = nil }
            out.append(c)
            i += 1
        }
        throw error("Unterminated string. Expected delimiter: \(Character(q)).", path: path())
    }
}

// MARK: - Helpers for the runtime's ConvertTo-Json / ConvertFrom-Json

extension JsonCodec {
    /// How ConvertTo-Json writes a double (Newtonsoft): round-trip digits with at least one
    /// decimal place ("1.0", "2.5", "1E+20"); NaN and infinities become strings.
    public static func number(_ d: Double) -> JsonValue {
        if d.isNaN { return .string("NaN") }
        if d.isInfinite { return .string(d < 0 ? "-Infinity" : "Infinity") }
        return .number(ensureDecimalPlace(DotNetFormat.toString(d)))
    }

    /// How ConvertTo-Json writes a decimal: its digits with at least one decimal place.
    public static func number(_ m: Decimal) -> JsonValue {
        .number(ensureDecimalPlace(DotNetFormat.toString(m)))
    }

    static func ensureDecimalPlace(_ s: String) -> String {
        s.contains(where: { $0 == "." || $0 == "E" || $0 == "e" }) ? s : s + ".0"
    }

    /// How ConvertTo-Json writes a DateTime: ISO 8601 with trimmed fraction and the kind's
    /// suffix ("Z" for Utc, the offset for Local, nothing for Unspecified).
    public static func dateText(_ d: DotNetDateTime) -> String {
        d.toString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFK")
    }

    /// ConvertFrom-Json turns strings in ISO 8601 form into DateTime values (Newtonsoft's date
    /// parsing): `yyyy-MM-ddTHH:mm:ss[.f…][Z|±HH:mm]`. "Z" gives a Utc value, an offset a Local
    /// value of the same instant, no zone an Unspecified one. nil for any other text.
    public static func isoDate(_ s: String) -> DotNetDateTime? {
        let u = Array(s.utf8)
        guard u.count >= 19 else { return nil }
        func digits(_ a: Int, _ n: Int) -> Int? {
            guard a + n <= u.count else { return nil }
            var v = 0
            for k in a..<(a + n) { guard u[k] >= 48 && u[k] <= 57 else { return nil }; v = v * 10 + Int(u[k] - 48) }
            return v
        }
        guard let y = digits(0, 4), u[4] == 45, let mo = digits(5, 2), u[7] == 45, let d = digits(8, 2), u[10] == 84,
              let h = digits(11, 2), u[13] == 58, let mi = digits(14, 2), u[16] == 58, let se = digits(17, 2) else { return nil }
        var i = 19
        var frac: Int64 = 0
        if i < u.count && u[i] == 46 {
            i += 1
            var n = 0
            while i < u.count && u[i] >= 48 && u[i] <= 57 {
                if n < 7 { frac = frac * 10 + Int64(u[i] - 48) }
                n += 1; i += 1
            }
            if n == 0 { return nil }
            for _ in min(n, 7)..<7 { frac *= 10 }
        }
        guard var dt = try? DotNetDateTime(year: y, month: mo, day: d, hour: h, minute: mi, second: se) else { return nil }
        dt.ticks += frac
        if i == u.count { return dt }
        if u[i] == 90 && i + 1 == u.count { dt.kind = .utc; return dt }
        guard u[i] == 43 || u[i] == 45, let oh = digits(i + 1, 2), i + 3 < u.count, u[i + 3] == 58, let om = digits(i + 4, 2), i + 6 == u.count else { return nil }
        let sign: Int64 = u[i] == 45 ? -1 : 1
        let offset = sign * (Int64(oh) * DotNetTimeSpan.ticksPerHour + Int64(om) * DotNetTimeSpan.ticksPerMinute)
        return DotNetDateTime(ticks: dt.ticks - offset, kind: .utc).toLocalTime()
    }
}
