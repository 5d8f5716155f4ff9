import Foundation

// DateTime.ToString(format) with the invariant culture's patterns and names.

enum DateTimeFormatter {
    static let invalid = FormatError(message: "Input string was not in a correct format.")

    /// The culture a date is formatted for. LicenseLab's current culture is en-US; PowerShell
    /// formats culture-invariantly where the language converts (`"$d"`, `[string]$d`, casts) and
    /// with the current culture where .NET's ToString is called (`$d.ToString()`, `-f`, Get-Date
    /// -Format, Export-Csv, Write-Host).
    enum Culture: Sendable { case invariant, current }

    static func standardPattern(_ c: Character, culture: Culture) -> String? {
        if culture == .current {
            switch c {
            case "d": return "M/d/yyyy"
            case "D": return "dddd, MMMM d, yyyy"
            case "f": return "dddd, MMMM d, yyyy h:mm tt"
            case "F", "U": return "dddd, MMMM d, yyyy h:mm:ss tt"
            case "g": return "M/d/yyyy h:mm tt"
            case "G": return "M/d/yyyy h:mm:ss tt"
            case "m", "M": return "MMMM d"
            case "t": return "h:mm tt"
            case "T": return "h:mm:ss tt"
            case "y", "Y": return "MMMM yyyy"
            default: break
            }
        }
        switch c {
        case "d": return "MM/dd/yyyy"
        case "D": return "dddd, dd MMMM yyyy"
        case "f": return "dddd, dd MMMM yyyy HH:mm"
        case "F", "U": return "dddd, dd MMMM yyyy HH:mm:ss"
        case "g": return "MM/dd/yyyy HH:mm"
        case "G": return "MM/dd/yyyy HH:mm:ss"
        case "m", "M": return "MMMM dd"
        case "o", "O": return "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK"
        case "r", "R": return "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'"
        case "s": return "yyyy'-'MM'-'dd'T'HH':'mm':'ss"
        case "t": return "HH:mm"
        case "T": return "HH:mm:ss"
        case "u": return "yyyy'-'MM'-'dd HH':'mm':'ss'Z'"
        case "y", "Y": return "yyyy MMMM"
        default: return nil
        }
    }

    static func format(_ dt: DotNetDateTime, _ format: String?, culture: Culture = .invariant) throws -> String {
        guard let f = format, !f.isEmpty else { return formatCustom(dt, culture == .current ? "M/d/yyyy h:mm:ss tt" : "MM/dd/yyyy HH:mm:ss") }
        if f.count == 1, let c = f.first {
            guard let p = standardPattern(c, culture: culture) else { throw FormatError(message: "Input string was not in a correct format.") }
            var v = dt
            if c == "U" || ((c == "r" || c == "R") && dt.kind == .local) { v = dt.toUniversalTime() }
            return formatCustom(v, p)
        }
        return try formatCustomChecked(dt, f)
    }

    static func formatCustom(_ dt: DotNetDateTime, _ f: String) -> String {
        (try? formatCustomChecked(dt, f)) ?? ""
    }

    static func pad(_ v: Int, _ w: Int) -> String {
        let s = String(v)
        return s.count >= w ? s : String(repeating: "0", count: w - s.count) + s
    }

    static func offsetString(_ seconds: Int, _ n: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let a = abs(seconds) / 60
        let h = a / 60, m = a % 60
        switch n {
        case 1: return sign + String(h)
        case 2: return sign + pad(h, 2)
        default: return sign + pad(h, 2) + ":" + pad(m, 2)
        }
    }

    /// One part of a custom format, parsed once per format string (`pieces(of:)`).
    enum Piece: Sendable {
        case day(Int), month(Int), year(Int), hour12(Int), hour24(Int), minute(Int), second(Int)
        case fraction(Int, trimZeros: Bool), amPm(Int), era, kind, offset(Int), literal(String)
    }

    /// Parsed formats: a loop formats every date with the same one. Bounded; shared by sessions.
    private final class PieceCache: @unchecked Sendable {
        private let lock = NSLock()
        private var parsed: [String: (format: String, pieces: [Piece])] = [:]
        func pieces(_ format: String) throws -> [Piece] {
            lock.lock()
            // (String keys match canonically equivalent text: the hit must be the same bytes,
            // or a literal 'é' would come back in the other normalization form)
            if let hit = parsed[format], hit.format.utf8.elementsEqual(format.utf8) { lock.unlock(); return hit.pieces }
            lock.unlock()
            let made = try DateTimeFormatter.parse(Array(format))
            lock.lock()
            if parsed.count >= 256 { parsed.removeAll(keepingCapacity: true) }
            parsed[format] = (format, made)
            lock.unlock()
            return made
        }
    }
    private static let cache = PieceCache()

    /// A custom format's parts; FormatError for what .NET refuses (more than 7 `f`, an unclosed
    /// quote, a lone `%` or `\\` at the end).
    static func parse(_ chars: [Character]) throws -> [Piece] {
        var pieces: [Piece] = []
        var literal = ""
        var i = 0
        func run(_ c: Character) -> Int {
            var n = 0
            while i + n < chars.count && chars[i + n] == c { n += 1 }
            return n
        }
        func add(_ p: Piece) {
            if !literal.isEmpty { pieces.append(.literal(literal)); literal = "" }
            pieces.append(p)
        }
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "d": let n = run(c); add(.day(n)); i += n
            case "M": let n = run(c); add(.month(n)); i += n
            case "y": let n = run(c); add(.year(n)); i += n
            case "h": let n = run(c); add(.hour12(n)); i += n
            case "H": let n = run(c); add(.hour24(n)); i += n
            case "m": let n = run(c); add(.minute(n)); i += n
            case "s": let n = run(c); add(.second(n)); i += n
            case "f", "F":
                let n = run(c)
                if n > 7 { throw invalid }
                add(.fraction(n, trimZeros: c == "F")); i += n
            case "t": let n = run(c); add(.amPm(n)); i += n
            case "g": let n = run(c); add(.era); i += n
            case "K": add(.kind); i += 1
            case "z": let n = run(c); add(.offset(min(n, 3))); i += n
            case "'", "\"":
                var j = i + 1
                while j < chars.count && chars[j] != c {
                    if chars[j] == "\\" && j + 1 < chars.count { j += 1 }
                    literal.append(chars[j]); j += 1
                }
                if j >= chars.count { throw invalid }
                i = j + 1
            case "%":
                // "%d" = the custom specifier d alone; "%%" is invalid
                // (a custom format never treats one letter as a standard format)
                if i + 1 < chars.count && chars[i + 1] != "%" {
                    for p in try parse([chars[i + 1]]) {
                        if case .literal(let text) = p { literal += text } else { add(p) }
                    }
                    i += 2
                } else { throw invalid }
            case "\\":
                if i + 1 < chars.count { literal.append(chars[i + 1]); i += 2 } else { throw invalid }
            default:
                literal.append(c); i += 1
            }
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        return pieces
    }

    /// `v` in decimal, zero-padded to `width` digits.
    private static func append(_ v: Int, width: Int, to out: inout [UInt8]) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = v.magnitude
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0 && count < 20
            if v < 0 { out.append(UInt8(ascii: "-")) }
            if count < width { out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: width - count)) }
            out.append(contentsOf: buffer[(20 - count)...])
        }
    }

    private static func append(_ text: some StringProtocol, to out: inout [UInt8]) { out.append(contentsOf: text.utf8) }

    static func formatCustomChecked(_ dt: DotNetDateTime, _ f: String) throws -> String {
        let pieces = try cache.pieces(f)
        var out: [UInt8] = []
        out.reserveCapacity(40)
        let (year, month, day, _) = dt.civil
        let frac = Int(dt.ticks % DotNetTimeSpan.ticksPerSecond)
        for piece in pieces {
            switch piece {
            case .literal(let text): append(text, to: &out)
            case .day(let n):
                switch n {
                case 1, 2: append(day, width: n, to: &out)
                case 3: append(dt.dayOfWeekName.prefix(3), to: &out)
                default: append(dt.dayOfWeekName, to: &out)
                }
            case .month(let n):
                switch n {
                case 1, 2: append(month, width: n, to: &out)
                case 3: append(DotNetDateTime.monthNames[month - 1].prefix(3), to: &out)
                default: append(DotNetDateTime.monthNames[month - 1], to: &out)
                }
            case .year(let n): append(n <= 2 ? year % 100 : year, width: n, to: &out)
            case .hour12(let n): append(dt.hour % 12 == 0 ? 12 : dt.hour % 12, width: min(n, 2), to: &out)
            case .hour24(let n): append(dt.hour, width: min(n, 2), to: &out)
            case .minute(let n): append(dt.minute, width: min(n, 2), to: &out)
            case .second(let n): append(dt.second, width: min(n, 2), to: &out)
            case .fraction(let n, let trimZeros):
                var digits: [UInt8] = []
                append(frac, width: 7, to: &digits)
                var kept = digits.prefix(n)
                if trimZeros {
                    while kept.last == UInt8(ascii: "0") { kept.removeLast() }
                    // a trailing '.' before an empty F section is dropped by .NET
                    if kept.isEmpty && out.last == UInt8(ascii: ".") { out.removeLast() }
                }
                out.append(contentsOf: kept)
            case .amPm(let n):
                let ampm = dt.hour < 12 ? "AM" : "PM"
                append(n == 1 ? ampm.prefix(1) : Substring(ampm), to: &out)
            case .era: append("A.D.", to: &out)
            case .kind:
                switch dt.kind {
                case .utc: append("Z", to: &out)
                case .local: append(offsetString(dt.utcOffsetSeconds, 3), to: &out)
                case .unspecified: break
                }
            case .offset(let n): append(offsetString(dt.utcOffsetSeconds, n), to: &out)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
