// TimeSpan.ToString / TimeSpan.Parse (invariant culture).

enum TimeSpanFormatter {
    static func pad(_ v: Int64, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// nil when the format string is invalid.
    static func format(_ ts: DotNetTimeSpan, _ format: String?) -> String? {
        let t = ts.ticks
        let neg = t < 0
        let mag = neg ? (t == Int64.min ? UInt64(Int64.max) + 1 : UInt64(-t)) : UInt64(t)
        let days = Int64(mag / UInt64(DotNetTimeSpan.ticksPerDay))
        var rem = mag % UInt64(DotNetTimeSpan.ticksPerDay)
        let hours = Int64(rem / UInt64(DotNetTimeSpan.ticksPerHour)); rem %= UInt64(DotNetTimeSpan.ticksPerHour)
        let minutes = Int64(rem / UInt64(DotNetTimeSpan.ticksPerMinute)); rem %= UInt64(DotNetTimeSpan.ticksPerMinute)
        let seconds = Int64(rem / UInt64(DotNetTimeSpan.ticksPerSecond))
        let frac = Int64(rem % UInt64(DotNetTimeSpan.ticksPerSecond))
        let sign = neg ? "-" : ""
        switch format {
        case nil, "", "c", "t", "T":
            var s = sign
            if days != 0 { s += "\(days)." }
            s += pad(hours, 2) + ":" + pad(minutes, 2) + ":" + pad(seconds, 2)
            if frac != 0 { s += "." + pad(frac, 7) }
            return s
        case "g":
            var s = sign
            if days != 0 { s += "\(days):" }
            s += "\(hours):" + pad(minutes, 2) + ":" + pad(seconds, 2)
            if frac != 0 {
                var f = pad(frac, 7)
                while f.hasSuffix("0") { f.removeLast() }
                s += "." + f
            }
            return s
        case "G":
            return sign + "\(days):" + pad(hours, 2) + ":" + pad(minutes, 2) + ":" + pad(seconds, 2) + "." + pad(frac, 7)
        default:
            return custom(format ?? "", days: days, hours: hours, minutes: minutes, seconds: seconds, frac: frac)
        }
    }

    static func custom(_ f: String, days: Int64, hours: Int64, minutes: Int64, seconds: Int64, frac: Int64) -> String? {
        let chars = Array(f)
        var out = ""
        var i = 0
        func run(_ c: Character) -> Int {
            var n = 0
            while i + n < chars.count && chars[i + n] == c { n += 1 }
            return n
        }
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "d":
                let n = run(c); if n > 8 { return nil }
                out += pad(days, n); i += n
            case "h":
                let n = run(c); if n > 2 { return nil }
                out += pad(hours, n); i += n
            case "m":
                let n = run(c); if n > 2 { return nil }
                out += pad(minutes, n); i += n
            case "s":
                let n = run(c); if n > 2 { return nil }
                out += pad(seconds, n); i += n
            case "f":
                let n = run(c); if n > 7 { return nil }
                out += String(pad(frac, 7).prefix(n)); i += n
            case "F":
                let n = run(c); if n > 7 { return nil }
                var s = String(pad(frac, 7).prefix(n))
                while s.hasSuffix("0") { s.removeLast() }
                out += s; i += n
            case "'", "\"":
                var j = i + 1
                while j < chars.count && chars[j] != c { out.append(chars[j]); j += 1 }
                if j >= chars.count { return nil }
                i = j + 1
            case "\\":
                if i + 1 >= chars.count { return nil }
                out.append(chars[i + 1]); i += 2
            case "%":
                i += 1
            default:
                return nil
            }
        }
        return out
    }

    /// `[ws][-]{ d | [d.]hh:mm[:ss[.fffffff]] }[ws]`; `d:hh:mm:ss[.f]` is accepted too.
    static func parse(_ input: String) -> DotNetTimeSpan? {
        var s = Substring(input)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        var neg = false
        if s.first == "-" { neg = true; s.removeFirst() }
        if s.isEmpty { return nil }
        func num(_ x: Substring) -> Int64? {
            guard !x.isEmpty, x.count <= 10, x.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int64(x)
        }
        var days: Int64 = 0, h: Int64 = 0, m: Int64 = 0, sec: Int64 = 0, frac: Int64 = 0
        var colonParts = s.split(separator: ":", omittingEmptySubsequences: false)
        if colonParts.count == 1 {
            guard let d = num(s) else { return nil }
            days = d
        } else {
            if colonParts.count > 4 { return nil }
            // days: "d.hh:..." or "d:hh:mm:ss"
            if colonParts.count == 4 {
                guard let d = num(colonParts[0]) else { return nil }
                days = d; colonParts.removeFirst()
            } else if let dot = colonParts[0].firstIndex(of: ".") {
                guard let d = num(colonParts[0][..<dot]) else { return nil }
                days = d
                colonParts[0] = colonParts[0][colonParts[0].index(after: dot)...]
            }
            guard let hh = num(colonParts[0]), let mm = num(colonParts[1]) else { return nil }
            h = hh; m = mm
            if colonParts.count == 3 {
                var sp = colonParts[2]
                if let dot = sp.firstIndex(of: ".") {
                    let fs = sp[sp.index(after: dot)...]
                    guard !fs.isEmpty, fs.count <= 7, let fv = num(fs) else { return nil }
                    var f = fv
                    for _ in fs.count..<7 { f *= 10 }
                    frac = f
                    sp = sp[..<dot]
                }
                guard let ss = num(sp) else { return nil }
                sec = ss
            }
            if h > 23 || m > 59 || sec > 59 { return nil }
        }
        let (a, o1) = days.multipliedReportingOverflow(by: DotNetTimeSpan.ticksPerDay)
        if o1 { return nil }
        let (total, o2) = a.addingReportingOverflow(h * DotNetTimeSpan.ticksPerHour + m * DotNetTimeSpan.ticksPerMinute + sec * DotNetTimeSpan.ticksPerSecond + frac)
        if o2 { return nil }
        return DotNetTimeSpan(ticks: neg ? -total : total)
    }
}
