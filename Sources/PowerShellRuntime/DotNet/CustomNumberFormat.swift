// .NET custom numeric format strings: 0 # . , % ‰ E+0 e-0 'literal' "literal" \x and ; sections.

enum CustomNumberFormat {
    /// Splits at unquoted, unescaped ';' (at most three sections are used).
    static func sections(_ f: [Character]) -> [[Character]] {
        var out: [[Character]] = [[]]
        var i = 0
        while i < f.count {
            let c = f[i]
            switch c {
            case "'", "\"":
                out[out.count - 1].append(c)
                var j = i + 1
                while j < f.count && f[j] != c { out[out.count - 1].append(f[j]); j += 1 }
                if j < f.count { out[out.count - 1].append(f[j]) }
                i = j + 1
            case "\\":
                out[out.count - 1].append(c)
                if i + 1 < f.count { out[out.count - 1].append(f[i + 1]) }
                i += 2
            case ";":
                out.append([]); i += 1
            default:
                out[out.count - 1].append(c); i += 1
            }
        }
        return out
    }

    struct Layout {
        var digitCount = 0
        var decimalPos = -1
        var firstDigit = Int.max
        var lastDigit = 0
        var scaleAdjust = 0
        var thousandSeps = false
        var scientific = false
    }

    static func analyze(_ s: [Character]) -> Layout {
        var l = Layout()
        var thousandPos = -1, thousandCount = 0
        var i = 0
        while i < s.count {
            let c = s[i]
            switch c {
            case "#": l.digitCount += 1
            case "0":
                if l.firstDigit == Int.max { l.firstDigit = l.digitCount }
                l.digitCount += 1
                l.lastDigit = l.digitCount
            case ".":
                if l.decimalPos < 0 { l.decimalPos = l.digitCount }
            case ",":
                if l.digitCount > 0 && l.decimalPos < 0 {
                    if thousandPos >= 0 {
                        if thousandPos == l.digitCount { thousandCount += 1; break }
                        l.thousandSeps = true
                    }
                    thousandPos = l.digitCount
                    thousandCount = 1
                }
            case "%": l.scaleAdjust += 2
            case "\u{2030}": l.scaleAdjust += 3
            case "'", "\"":
                var j = i + 1
                while j < s.count && s[j] != c { j += 1 }
                i = j
            case "\\": i += 1
            case "E", "e":
                if i + 1 < s.count && (s[i + 1] == "0" || ((s[i + 1] == "+" || s[i + 1] == "-") && i + 2 < s.count && s[i + 2] == "0")) {
                    l.scientific = true
                    i += 1
                    if s[i] == "+" || s[i] == "-" { i += 1 }
                    while i + 1 < s.count && s[i + 1] == "0" { i += 1 }
                }
            default: break
            }
            i += 1
        }
        if l.decimalPos < 0 { l.decimalPos = l.digitCount }
        if thousandPos >= 0 {
            if thousandPos == l.decimalPos { l.scaleAdjust -= thousandCount * 3 } else { l.thousandSeps = true }
        }
        return l
    }

    static func format(_ input: NumberDigits, _ format: String) throws -> String {
        let all = sections(Array(format))
        var num = input
        func pick(_ which: Int) -> Int {
            // 0 = positive, 1 = negative, 2 = zero; fall back to section 0
            if which == 1 && all.count >= 2 && !all[1].isEmpty { return 1 }
            if which == 2 && all.count >= 3 && !all[2].isEmpty { return 2 }
            return 0
        }
        var section = pick(num.isZero ? 2 : (num.negative ? 1 : 0))
        var layout = analyze(all[section])
        while true {
            layout = analyze(all[section])
            if !num.isZero {
                num.scale += layout.scaleAdjust
                let pos = layout.scientific ? layout.digitCount : num.scale + layout.digitCount - layout.decimalPos
                num.round(to: pos)
                if num.isZero {
                    let z = pick(2)
                    if z != section { section = z; num = input; num.digits = []; num.normalize(); continue }
                }
            }
            break
        }
        let s = all[section]
        let decimalPos = layout.decimalPos
        let firstDigit = layout.firstDigit < decimalPos ? decimalPos - layout.firstDigit : 0
        let lastDigit = layout.lastDigit > decimalPos ? decimalPos - layout.lastDigit : 0
        var digPos: Int
        var adjust: Int
        if layout.scientific {
            digPos = decimalPos; adjust = 0
        } else {
            digPos = max(num.scale, decimalPos)
            adjust = num.scale - decimalPos
        }
        var out = ""
        // "-" only for the first section of a value that is still non-zero (a separate negative
        // section supplies its own sign)
        if num.negative && section == 0 && !num.isZero { out += "-" }
        var di = 0 // index into num.digits
        func nextDigit() -> Character? {
            if di < num.digits.count { let c = DotNetFormat.digitChar(num.digits[di]); di += 1; return c }
            return nil
        }
        // group separator positions: a separator is written after the digit at position digPos when digPos-1 is a multiple of 3
        func sepAfter(_ pos: Int) -> Bool { layout.thousandSeps && pos > 1 && (pos - 1) % 3 == 0 }
        var decimalWritten = false
        var i = 0
        while i < s.count {
            let c = s[i]
            if adjust > 0 && (c == "#" || c == "0" || c == ".") {
                // the number has more integral digits than the pattern: write them all
                while adjust > 0 {
                    out.append(nextDigit() ?? "0")
                    if sepAfter(digPos) { out += "," }
                    digPos -= 1
                    adjust -= 1
                }
            }
            switch c {
            case "#", "0":
                var ch: Character? = nil
                if adjust < 0 {
                    adjust += 1
                    ch = digPos <= firstDigit ? "0" : nil
                } else {
                    if let d = nextDigit() { ch = d } else { ch = digPos > lastDigit ? "0" : nil }
                }
                if let ch = ch {
                    out.append(ch)
                    if sepAfter(digPos) { out += "," }
                }
                digPos -= 1
            case ".":
                if digPos != 0 || decimalWritten { break }
                if lastDigit < 0 || (decimalPos < layout.digitCount && di < num.digits.count) {
                    out += "."; decimalWritten = true
                }
            case "\u{2030}": out += "\u{2030}"
            case "%": out += "%"
            case ",": break
            case "'", "\"":
                var j = i + 1
                while j < s.count && s[j] != c { out.append(s[j]); j += 1 }
                i = j
            case "\\":
                if i + 1 < s.count { out.append(s[i + 1]); i += 1 }
            case "E", "e":
                var positiveSign = false
                var j = i + 1
                if layout.scientific && j < s.count && (s[j] == "0" || ((s[j] == "+" || s[j] == "-") && j + 1 < s.count && s[j + 1] == "0")) {
                    if s[j] == "+" { positiveSign = true; j += 1 } else if s[j] == "-" { j += 1 }
                    var minDigits = 0
                    while j < s.count && s[j] == "0" { minDigits += 1; j += 1 }
                    let e = num.isZero ? 0 : num.scale - decimalPos
                    out += DotNetFormat.formatExponent(e, expChar: c, minDigits: min(minDigits, 10), positiveSign: positiveSign)
                    i = j - 1
                } else {
                    out.append(c)
                    if j < s.count && (s[j] == "+" || s[j] == "-") { out.append(s[j]); i = j }
                }
            default:
                out.append(c)
            }
            i += 1
        }
        return out
    }
}
