// DateTime.ToString(format) with the invariant culture's patterns and names.

enum DateTimeFormatter {
    static let invalid = FormatError(message: "Input string was not in a correct format.")

    static func standardPattern(_ c: Character) -> String? {
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

    static func format(_ dt: DotNetDateTime, _ format: String?) throws -> String {
        guard let f = format, !f.isEmpty else { return formatCustom(dt, "MM/dd/yyyy HH:mm:ss") }
        if f.count == 1, let c = f.first {
            guard let p = standardPattern(c) else { throw FormatError(message: "Input string was not in a correct format.") }
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

    static func formatCustomChecked(_ dt: DotNetDateTime, _ f: String) throws -> String {
        let chars = Array(f)
        var out = ""
        var i = 0
        let (year, month, day, _) = dt.civil
        let frac = Int(dt.ticks % DotNetTimeSpan.ticksPerSecond)
        func run(_ c: Character) -> Int {
            var n = 0
            while i + n < chars.count && chars[i + n] == c { n += 1 }
            return n
        }
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "d":
                let n = run(c)
                switch n {
                case 1: out += String(day)
                case 2: out += pad(day, 2)
                case 3: out += String(dt.dayOfWeekName.prefix(3))
                default: out += dt.dayOfWeekName
                }
                i += n
            case "M":
                let n = run(c)
                switch n {
                case 1: out += String(month)
                case 2: out += pad(month, 2)
                case 3: out += String(DotNetDateTime.monthNames[month - 1].prefix(3))
                default: out += DotNetDateTime.monthNames[month - 1]
                }
                i += n
            case "y":
                let n = run(c)
                if n <= 2 { out += n == 1 ? String(year % 100) : pad(year % 100, 2) } else { out += pad(year, n) }
                i += n
            case "h":
                let n = run(c)
                let h12 = dt.hour % 12 == 0 ? 12 : dt.hour % 12
                out += n == 1 ? String(h12) : pad(h12, 2); i += n
            case "H":
                let n = run(c); out += n == 1 ? String(dt.hour) : pad(dt.hour, 2); i += n
            case "m":
                let n = run(c); out += n == 1 ? String(dt.minute) : pad(dt.minute, 2); i += n
            case "s":
                let n = run(c); out += n == 1 ? String(dt.second) : pad(dt.second, 2); i += n
            case "f", "F":
                let n = run(c)
                if n > 7 { throw invalid }
                var s = String(pad(frac, 7).prefix(n))
                if c == "F" {
                    while s.hasSuffix("0") { s.removeLast() }
                    // a trailing '.' before an empty F section is dropped by .NET
                    if s.isEmpty && out.hasSuffix(".") { out.removeLast() }
                }
                out += s; i += n
            case "t":
                let n = run(c)
                let ampm = dt.hour < 12 ? "AM" : "PM"
                out += n == 1 ? String(ampm.prefix(1)) : ampm; i += n
            case "g":
                let n = run(c); out += "A.D."; i += n
            case "K":
                switch dt.kind {
                case .utc: out += "Z"
                case .local: out += offsetString(dt.utcOffsetSeconds, 3)
                case .unspecified: break
                }
                i += 1
            case "z":
                let n = run(c)
                out += offsetString(dt.utcOffsetSeconds, min(n, 3)); i += n
            case ":": out += ":"; i += 1
            case "/": out += "/"; i += 1
            case "'", "\"":
                var j = i + 1
                while j < chars.count && chars[j] != c {
                    if chars[j] == "\\" && j + 1 < chars.count { j += 1 }
                    out.append(chars[j]); j += 1
                }
                if j >= chars.count { throw invalid }
                i = j + 1
            case "%":
                // "%d" = the custom specifier d alone; "%%" is invalid
                // (formatCustomChecked never treats one letter as a standard format)
                if i + 1 < chars.count && chars[i + 1] != "%" {
                    out += try formatCustomChecked(dt, String(chars[i + 1])); i += 2
                } else { throw invalid }
            case "\\":
                if i + 1 < chars.count { out.append(chars[i + 1]); i += 2 } else { throw invalid }
            default:
                out.append(c); i += 1
            }
        }
        return out
    }
}
