// DateTime.Parse / ParseExact for the invariant culture (month/day/year order, English names).

enum DateTimeParser {
    enum Tok: Equatable {
        case num(Int, Int, String)   // value, digit count, the digits
        case word(String)    // lower-cased letters
        case sep(Character)
    }

    static func tokenize(_ s: String) -> [Tok]? {
        var toks: [Tok] = []
        let chars = Array(s)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isASCII && c.isNumber {
                var j = i; var v = 0
                while j < chars.count && chars[j].isASCII && chars[j].isNumber {
                    if j - i < 9 { v = v * 10 + Int(chars[j].asciiValue! - 48) }
                    j += 1
                }
                toks.append(.num(v, j - i, String(chars[i..<j]))); i = j
            } else if c.isLetter {
                var j = i; var w = ""
                while j < chars.count && chars[j].isLetter { w.append(chars[j]); j += 1 }
                toks.append(.word(CaseFold.fold(w))); i = j
            } else if c.isWhitespace {
                if toks.last != .sep(" ") { toks.append(.sep(" ")) }
                i += 1
            } else if ":/-.,+".contains(c) {
                toks.append(.sep(c)); i += 1
            } else {
                return nil
            }
        }
        return toks
    }

    static func monthIndex(_ w: String) -> Int? {
        for (i, name) in DotNetDateTime.monthNames.enumerated() {
            let n = CaseFold.fold(name)
            if w == n || (w.count == 3 && n.hasPrefix(w)) || (w == "sept" && i == 8) { return i + 1 }
        }
        return nil
    }
    static func isDayName(_ w: String) -> Bool {
        DotNetDateTime.dayNames.contains { let n = CaseFold.fold($0); return w == n || (w.count == 3 && n.hasPrefix(w)) }
    }

    static func parse(_ input: String) -> DotNetDateTime? {
        guard var toks = tokenize(input) else { return nil }
        while toks.first == .sep(" ") { toks.removeFirst() }
        while toks.last == .sep(" ") { toks.removeLast() }
        if toks.isEmpty { return nil }
        var used = [Bool](repeating: false, count: toks.count)
        var hour = 0, minute = 0, second = 0, frac: Int64 = 0
        var hasTime = false
        var pm: Bool? = nil
        var utc = false
        var offsetMinutes: Int? = nil
        // time: n:n[:n[.n]]
        var i = 0
        while i + 2 < toks.count {
            if case let .num(h, hd, _) = toks[i], toks[i + 1] == .sep(":"), case let .num(m, md, _) = toks[i + 2], hd <= 2, md <= 2, !hasTime {
                hour = h; minute = m; hasTime = true
                for k in i...(i + 2) { used[k] = true }
                var j = i + 3
                if j + 1 < toks.count, toks[j] == .sep(":"), case let .num(s, sd, _) = toks[j + 1], sd <= 2 {
                    second = s; used[j] = true; used[j + 1] = true; j += 2
                    if j + 1 < toks.count, toks[j] == .sep("."), case let .num(_, _, raw) = toks[j + 1] {
                        var digits = String(raw.prefix(7))
                        while digits.count < 7 { digits += "0" }
                        frac = Int64(digits) ?? 0
                        used[j] = true; used[j + 1] = true; j += 2
                    }
                }
                // offset right after the time: +hh:mm, -hhmm, Z
                var k = j
                if k < toks.count, toks[k] == .sep(" ") { k += 1 }
                if k + 1 < toks.count, toks[k] == .sep("+") || toks[k] == .sep("-"), case let .num(oh, od, _) = toks[k + 1] {
                    let sign = toks[k] == .sep("-") ? -1 : 1
                    var mins: Int
                    if od == 4 { mins = (oh / 100) * 60 + oh % 100 }
                    else if od <= 2 { mins = oh * 60 } else { return nil }
                    used[k] = true; used[k + 1] = true
                    if k + 3 < toks.count, toks[k + 2] == .sep(":"), case let .num(om, _, _) = toks[k + 3], od <= 2 {
                        mins += om; used[k + 2] = true; used[k + 3] = true
                    }
                    offsetMinutes = sign * mins
                }
                i = j
                continue
            }
            i += 1
        }
        var nums: [(Int, Int)] = []
        var monthName: Int? = nil
        for (k, t) in toks.enumerated() where !used[k] {
            switch t {
            case let .num(v, d, _): nums.append((v, d))
            case .word(let w):
                if w == "am" || w == "a" { pm = false }
                else if w == "pm" || w == "p" { pm = true }
                else if w == "z" || w == "gmt" || w == "utc" { utc = true }
                else if w == "t" { continue }
                else if let m = monthIndex(w) { if monthName != nil { return nil }; monthName = m }
                else if isDayName(w) { continue }
                else { return nil }
            case .sep: continue
            }
        }
        if let p = pm {
            guard hasTime || nums.count > 0 else { return nil }
            if !hasTime {
                // "3 PM": the last bare number is the hour
                guard let last = nums.last, last.0 <= 12 else { return nil }
                hour = last.0; hasTime = true; nums.removeLast()
            }
            if hour > 12 || hour == 0 && p { if hour > 12 { return nil } }
            if p && hour < 12 { hour += 12 }
            if !p && hour == 12 { hour = 0 }
        }
        func fullYear(_ v: Int, _ d: Int) -> Int { d <= 2 ? (v <= 49 ? 2000 + v : 1900 + v) : v }
        var year = 0, month = 0, day = 0
        let today = DotNetDateTime.now()
        if let m = monthName {
            month = m
            switch nums.count {
            case 0: year = today.year; day = 1
            case 1:
                let (v, d) = nums[0]
                if d >= 3 || v > 31 { year = fullYear(v, d); day = 1 } else { year = today.year; day = v }
            case 2:
                let (a, ad) = nums[0], (b, bd) = nums[1]
                if ad >= 3 || a > 31 { year = fullYear(a, ad); day = b } else { day = a; year = fullYear(b, bd) }
            default: return nil
            }
        } else {
            switch nums.count {
            case 0:
                guard hasTime else { return nil }
                year = today.year; month = today.month; day = today.day
            case 2:
                let (a, ad) = nums[0], (b, _) = nums[1]
                if ad >= 3 { year = a; month = b; day = 1 } else { year = today.year; month = a; day = b }
            case 3:
                let (a, ad) = nums[0], (b, _) = nums[1], (c, cd) = nums[2]
                if ad >= 3 { year = a; month = b; day = c } else { month = a; day = b; year = fullYear(c, cd) }
            default: return nil
            }
        }
        guard var dt = try? DotNetDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second) else { return nil }
        dt.ticks += frac
        if utc || offsetMinutes != nil {
            let utcTicks = dt.ticks - Int64(offsetMinutes ?? 0) * DotNetTimeSpan.ticksPerMinute
            return DotNetDateTime(ticks: utcTicks, kind: .utc).toLocalTime()
        }
        return dt
    }

    // MARK: ParseExact
    static func parseExact(_ input: String, format: String) -> DotNetDateTime? {
        var fmt = format
        var forceUtcConvert = false
        if format.count == 1, let c = format.first, let p = DateTimeFormatter.standardPattern(c, culture: .invariant) {
            fmt = p
            if c == "u" || c == "r" || c == "R" { forceUtcConvert = true }
        }
        let f = Array(fmt), s = Array(input)
        var i = 0, p = 0
        var year = 1, month = 1, day = 1, hour = 0, minute = 0, second = 0
        var frac: Int64 = 0
        var pm: Bool? = nil
        var offset: Int? = nil
        var utc = false
        func run(_ c: Character) -> Int { var n = 0; while i + n < f.count && f[i + n] == c { n += 1 }; return n }
        func digits(min lo: Int, max hi: Int) -> (Int, Int)? {
            var n = 0, v = 0
            while n < hi && p + n < s.count, let d = s[p + n].wholeNumberValue, s[p + n].isASCII {
                // more digits than any field holds: not a date (never an overflow)
                guard v <= (Int.max - d) / 10 else { return nil }
                v = v * 10 + d
                n += 1
            }
            if n < lo { return nil }
            p += n
            return (v, n)
        }
        func word(_ options: [String], prefixLen: Int?) -> Int? {
            for (idx, name) in options.enumerated() {
                let cand = prefixLen.map { String(name.prefix($0)) } ?? name
                if p + cand.count <= s.count, CaseFold.equal(String(s[p..<(p + cand.count)]), cand) {
                    p += cand.count; return idx
                }
            }
            return nil
        }
        while i < f.count {
            let c = f[i]
            switch c {
            case "y":
                let n = run(c)
                guard let (v, d) = digits(min: n <= 2 ? 1 : n, max: n <= 2 ? 2 : max(n, 4)) else { return nil }
                year = d <= 2 && n <= 2 ? (v <= 49 ? 2000 + v : 1900 + v) : v; i += n
            case "M":
                let n = run(c)
                if n <= 2 { guard let (v, _) = digits(min: n, max: 2) else { return nil }; month = v }
                else { guard let m = word(DotNetDateTime.monthNames, prefixLen: n == 3 ? 3 : nil) else { return nil }; month = m + 1 }
                i += n
            case "d":
                let n = run(c)
                if n <= 2 { guard let (v, _) = digits(min: n, max: 2) else { return nil }; day = v }
                else { guard word(DotNetDateTime.dayNames, prefixLen: n == 3 ? 3 : nil) != nil else { return nil } }
                i += n
            case "H", "h":
                let n = run(c); guard let (v, _) = digits(min: n, max: 2) else { return nil }; hour = v; i += n
            case "m":
                let n = run(c); guard let (v, _) = digits(min: n, max: 2) else { return nil }; minute = v; i += n
            case "s":
                let n = run(c); guard let (v, _) = digits(min: n, max: 2) else { return nil }; second = v; i += n
            case "f", "F":
                let n = run(c)
                guard n <= 7, let (v, d) = digits(min: c == "f" ? n : 0, max: n) else { return nil }
                var t = Int64(v); for _ in d..<7 { t *= 10 }
                frac = d == 0 ? 0 : t; i += n
            case "t":
                let n = run(c)
                if n == 1 { guard let w = word(["A", "P"], prefixLen: nil) else { return nil }; pm = w == 1 }
                else { guard let w = word(["AM", "PM"], prefixLen: nil) else { return nil }; pm = w == 1 }
                i += n
            case "K", "z":
                let n = c == "K" ? 1 : run(c)
                if p < s.count && (s[p] == "Z" || s[p] == "z") { utc = true; p += 1 }
                else if p < s.count && (s[p] == "+" || s[p] == "-") {
                    let sign = s[p] == "-" ? -1 : 1; p += 1
                    guard let (h, _) = digits(min: 1, max: 2) else { return nil }
                    var mins = h * 60
                    if p < s.count && s[p] == ":" { p += 1; guard let (m, _) = digits(min: 2, max: 2) else { return nil }; mins += m }
                    offset = sign * mins
                } else if c == "z" { return nil }
                i += n
            case "'", "\"":
                var j = i + 1
                while j < f.count && f[j] != c {
                    guard p < s.count, s[p] == f[j] else { return nil }
                    p += 1; j += 1
                }
                if j >= f.count { return nil }
                i = j + 1
            case "\\":
                guard i + 1 < f.count, p < s.count, s[p] == f[i + 1] else { return nil }
                p += 1; i += 2
            case "%":
                i += 1
            default:
                if c.isWhitespace {
                    guard p < s.count, s[p].isWhitespace else { return nil }
                    while p < s.count && s[p].isWhitespace { p += 1 }
                } else {
                    guard p < s.count, s[p] == c else { return nil }
                    p += 1
                }
                i += 1
            }
        }
        if p != s.count { return nil }
        if let isPM = pm {
            guard hour >= 1 && hour <= 12 else { return nil }
            if isPM && hour < 12 { hour += 12 }
            if !isPM && hour == 12 { hour = 0 }
        }
        guard var dt = try? DotNetDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second) else { return nil }
        dt.ticks += frac
        if utc || offset != nil {
            let u = DotNetDateTime(ticks: dt.ticks - Int64(offset ?? 0) * DotNetTimeSpan.ticksPerMinute, kind: .utc)
            return u.toLocalTime()
        }
        if forceUtcConvert { dt.kind = .unspecified }
        return dt
    }
}
