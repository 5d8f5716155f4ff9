import Foundation
import Licensing

/// Text helpers of the portal's pages: tenant values are shown as text, never as markup (the
/// templates escape `<`, `>`, `&`, `"` and `'`; this makes control characters visible, since HTML
/// cannot carry most of them), and form bodies and queries are decoded strictly.
enum PortalText {
    /// A tenant value made safe to put in a page: C0 and C1 control characters (and DEL) become
    /// their visible symbols from Unicode's Control Pictures block (U+0001 → ␁), so a display name
    /// with control characters renders as text and the page stays valid HTML.
    static func visible(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: isControl) else { return s }
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            if isControl(scalar) {
                let v = scalar.value
                let picture: UInt32 = v < 0x20 ? 0x2400 + v : (v == 0x7F ? 0x2421 : 0xFFFD)
                out.append(Unicode.Scalar(picture) ?? "?")
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (v >= 0x7F && v <= 0x9F)
    }

    /// `application/x-www-form-urlencoded` (also a URL's query): name → values in order. Nil when
    /// an escape is malformed or the bytes are not UTF-8.
    static func form(_ text: Substring) -> [(String, String)]? {
        var pairs: [(String, String)] = []
        for part in text.split(separator: "&", omittingEmptySubsequences: true) {
            let kv = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(kv[0]) else { return nil }
            guard let value = kv.count > 1 ? decode(kv[1]) : "" else { return nil }
            pairs.append((name, value))
        }
        return pairs
    }

    static func decode(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var it = text.utf8.makeIterator()
        func hex(_ b: UInt8?) -> UInt8? {
            guard let b else { return nil }
            switch b {
            case 0x30...0x39: return b - 0x30
            case 0x41...0x46: return b - 0x37
            case 0x61...0x66: return b - 0x57
            default: return nil
            }
        }
        while let b = it.next() {
            if b == 0x25 {
                guard let h = hex(it.next()), let l = hex(it.next()) else { return nil }
                bytes.append(h << 4 | l)
            } else {
                bytes.append(b == 0x2B ? 0x20 : b)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    /// Percent-encodes a query value.
    static func query(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// Case-insensitive "contains" for the user search: an ASCII needle is compared byte by byte
    /// with ASCII case folding, without copying each name (100,000 names per search); any other
    /// needle falls back to lowercasing.
    struct Search {
        let needle: String
        let bytes: [UInt8]
        let ascii: Bool

        init(_ lowercasedNeedle: String) {
            needle = lowercasedNeedle
            bytes = Array(lowercasedNeedle.utf8)
            ascii = bytes.allSatisfy { $0 < 0x80 }
        }

        func matches(_ text: String) -> Bool {
            guard !bytes.isEmpty else { return true }
            guard ascii else { return text.lowercased().contains(needle) }
            var text = text
            return text.withUTF8 { hay in
                guard hay.count >= bytes.count else { return false }
                let first = bytes[0]
                for start in 0...(hay.count - bytes.count) {
                    guard Self.fold(hay[start]) == first else { continue }
                    var i = 1
                    while i < bytes.count && Self.fold(hay[start + i]) == bytes[i] { i += 1 }
                    if i == bytes.count { return true }
                }
                return false
            }
        }

        @inline(__always) static func fold(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
    }

    static func plural(_ n: Int, _ one: String, _ many: String) -> String { n == 1 ? "\(n) \(one)" : "\(n) \(many)" }

    static let dateFormatter: DateFormatter = {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return f
    }()

    static func date(_ d: Date) -> String { dateFormatter.string(from: d) }

    /// Constant-time comparison of two secrets.
    static func sameSecret(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var diff: UInt8 = 0
        for i in x.indices { diff |= x[i] ^ y[i] }
        return diff == 0
    }

    /// 32 random bytes as hex (session ids, CSRF tokens).
    static func secret() -> String {
        var g = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &g)) }.joined()
    }
}
