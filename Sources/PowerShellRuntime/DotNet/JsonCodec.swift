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

    public static func parse(_ text: String) throws -> JsonValue {
        var p = JsonParser(Array(text.unicodeScalars))
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
        var out = ""
        write(v, compress: compress, indent: 0, escape: escapeHandling, into: &out)
        return out
    }

    static func write(_ v: JsonValue, compress: Bool, indent: Int, escape: JsonEscapeHandling, into out: inout String) {
        switch v {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += n
        case .string(let s): quote(s, escapeHandling: escape, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                if !compress { out += "\n"; out += String(repeating: " ", count: (indent + 1) * 2) }
                write(item, compress: compress, indent: indent + 1, escape: escape, into: &out)
            }
            if !compress { out += "\n"; out += String(repeating: " ", count: indent * 2) }
            out += "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{"
            for (i, (k, val)) in members.enumerated() {
                if i > 0 { out += "," }
                if !compress { out += "\n"; out += String(repeating: " ", count: (indent + 1) * 2) }
                quote(k, escapeHandling: escape, into: &out)
                out += compress ? ":" : ": "
                write(val, compress: compress, indent: indent + 1, escape: escape, into: &out)
            }
            if !compress { out += "\n"; out += String(repeating: " ", count: indent * 2) }
            out += "}"
        }
    }

    /// Newtonsoft's default escaping: quote, backslash, control characters, U+0085, U+2028, U+2029;
    /// other non-ASCII text is written as is. `.escapeNonAscii` also writes every non-ASCII UTF-16
    /// unit as `\uXXXX`; `.escapeHtml` also escapes `<`, `>`, `&` and `'`.
    public static func quote(_ s: String, escapeHandling: JsonEscapeHandling = .default, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                let html = escapeHandling == .escapeHtml && (u == "<" || u == ">" || u == "&" || u == "'")
                let nonAscii = escapeHandling != .default && u.value > 0x7F
                if u.value < 0x20 || u.value == 0x85 || u.value == 0x2028 || u.value == 0x2029 || html || nonAscii {
                    for unit in String(u).utf16 {
                        let hex = String(unit, radix: 16)
                        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    }
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}

struct JsonParser {
    let s: [Unicode.Scalar]
    var i = 0
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

    mutating func value(depth: Int, path: String) throws -> JsonValue {
        if depth > JsonCodec.maxDepth {
            throw error("The reader's MaxDepth of \(JsonCodec.maxDepth) has been exceeded.", path: path)
        }
        skipTrivia()
        guard i < s.count else { throw error("Unexpected end when reading JSON.", path: path) }
        let c = s[i]
        switch c {
        case "{":
            i += 1
            var members: [(String, JsonValue)] = []
            skipTrivia()
            if i < s.count && s[i] == "}" { i += 1; return .object(members) }
            while true {
                skipTrivia()
                guard i < s.count else { throw error("Unexpected end when reading JSON.", path: path) }
                let key: String
                if s[i] == "\"" || s[i] == "'" { key = try string(path: path) }
                else if isIdentStart(s[i]) {
                    var k = ""
                    while i < s.count && (isIdentStart(s[i]) || (s[i].value >= 48 && s[i].value <= 57)) { k.unicodeScalars.append(s[i]); i += 1 }
                    key = k
                } else {
                    i += 1
                    throw error("Invalid property identifier character: \(Character(s[i - 1])).", path: path)
                }
                skipTrivia()
                guard i < s.count, s[i] == ":" else {
                    if i < s.count { i += 1 }
                    throw error("Invalid character after parsing property name. Expected ':' but got: \(i - 1 < s.count ? String(Character(s[i - 1])) : "").", path: path)
                }
                i += 1
                let childPath = path.isEmpty ? key : path + "." + key
                let v = try value(depth: depth + 1, path: childPath)
                members.append((key, v))
                skipTrivia()
                guard i < s.count else { throw error("Unexpected end when reading JSON.", path: childPath) }
                if s[i] == "," { i += 1; skipTrivia(); if i < s.count && s[i] == "}" { i += 1; return .object(members) }; continue }
                if s[i] == "}" { i += 1; return .object(members) }
                i += 1
                throw error("After parsing a value an unexpected character was encountered: \(Character(s[i - 1])).", path: childPath)
            }
        case "[":
            i += 1
            var items: [JsonValue] = []
            skipTrivia()
            if i < s.count && s[i] == "]" { i += 1; return .array(items) }
            while true {
                let childPath = path + "[\(items.count)]"
                items.append(try value(depth: depth + 1, path: childPath))
                skipTrivia()
                guard i < s.count else { throw error("Unexpected end when reading JSON.", path: childPath) }
                if s[i] == "," { i += 1; skipTrivia(); if i < s.count && s[i] == "]" { i += 1; return .array(items) }; continue }
                if s[i] == "]" { i += 1; return .array(items) }
                i += 1
                throw error("After parsing a value an unexpected character was encountered: \(Character(s[i - 1])).", path: childPath)
            }
        case "\"", "'":
            return .string(try string(path: path))
        case "t", "f", "n", "N", "I":
            for (word, v) in [("true", JsonValue.bool(true)), ("false", .bool(false)), ("null", .null), ("NaN", .number("NaN")), ("Infinity", .number("Infinity"))] {
                if matchWord(word) { return v }
            }
            i += 1
            throw error("Unexpected character encountered while parsing value: \(Character(c)).", path: path)
        default:
            if c == "-" || (c.value >= 48 && c.value <= 57) || c == "." {
                if c == "-" && matchWord("-Infinity") { return .number("-Infinity") }
                return .number(try number(path: path))
            }
            i += 1
            throw error("Unexpected character encountered while parsing value: \(Character(c)).", path: path)
        }
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

    mutating func number(path: String) throws -> String {
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
            if ed == 0 { throw error("Input string '\(text(start, i))' is not a valid number.", path: path) }
        }
        if digits == 0 { throw error("Input string '\(text(start, i))' is not a valid number.", path: path) }
        if i < s.count, isIdentStart(s[i]) {
            while i < s.count, isIdentStart(s[i]) || (s[i].value >= 48 && s[i].value <= 57) { i += 1 }
            throw error("Input string '\(text(start, i))' is not a valid number.", path: path)
        }
        return text(start, i)
    }

    func text(_ a: Int, _ b: Int) -> String {
        var t = ""
        t.unicodeScalars.append(contentsOf: s[a..<min(b, s.count)])
        return t
    }

    mutating func string(path: String) throws -> String {
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
                        throw error("Invalid Unicode escape sequence.", path: path)
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
                    throw error("Bad JSON escape sequence: \\\(Character(e)).", path: path)
                }
                if pendingHigh != nil { out.append("\u{FFFD}"); pendingHigh = nil }
                if let sc = scalar { out.append(sc) }
                continue
            }
            if pendingHigh != nil { out.append("\u{FFFD}"); pendingHigh = nil }
            out.append(c)
            i += 1
        }
        throw error("Unterminated string. Expected delimiter: \(Character(q)).", path: path)
    }
}
