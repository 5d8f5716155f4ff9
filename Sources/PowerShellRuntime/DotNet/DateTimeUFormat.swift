// Get-Date -UFormat: PowerShell 7's strftime-like specifiers over the invariant culture.

extension DotNetDateTime {
    /// ISO 8601 week number (1…53) and week-based year.
    public var isoWeek: (year: Int, week: Int) {
        let isoDay = dayOfWeek == 0 ? 7 : dayOfWeek
        let w = (dayOfYear - isoDay + 10) / 7
        func weeksIn(_ y: Int) -> Int {
            // 53 weeks when the year starts on a Thursday, or on a Wednesday in a leap year
            let jan1 = (DotNetDateTime.daysFromCivil(year: y, month: 1, day: 1) + 1) % 7
            return jan1 == 4 || (jan1 == 3 && DotNetDateTime.isLeapYear(y)) ? 53 : 52
        }
        if w < 1 { return (year - 1, weeksIn(year - 1)) }
        if w > weeksIn(year) { return (year + 1, 1) }
        return (year, w)
    }

    /// Get-Date -UFormat text. A leading "+" is ignored; unknown specifiers print their letter.
    public func uformat(_ format: String) -> String {
        var chars = Array(format)
        if chars.first == "+" { chars.removeFirst() }
        var out = ""
        var i = 0
        func f(_ s: String) -> String { toString(s.count == 1 ? "%" + s : s) }
        func pad2(_ v: Int, _ fill: Character) -> String { v < 10 ? String(fill) + String(v) : String(v) }
        while i < chars.count {
            let c = chars[i]
            i += 1
            guard c == "%" else { out.append(c); continue }
            guard i < chars.count else { break }
            let s = chars[i]
            i += 1
            switch s {
            case "A": out += f("dddd")
            case "a": out += f("ddd")
            case "B": out += f("MMMM")
            case "b", "h": out += f("MMM")
            case "C": out += String(year / 100)
            case "c": out += f("ddd dd MMM yyyy HH:mm:ss")
            case "D", "x": out += f("MM/dd/yy")
            case "d": out += f("dd")
            case "e": out += pad2(day, " ")
            case "F": out += f("yyyy-MM-dd")
            case "G": out += DateTimeFormatter.pad(isoWeek.year, 4)
            case "g": out += DateTimeFormatter.pad(isoWeek.year % 100, 2)
            case "H": out += f("HH")
            case "I": out += f("hh")
            case "j": out += DateTimeFormatter.pad(dayOfYear, 3)
            case "k": out += pad2(hour, " ")
            case "l": out += pad2(hour % 12 == 0 ? 12 : hour % 12, " ")
            case "M": out += f("mm")
            case "m": out += f("MM")
            case "n": out += "\n"
            case "p": out += f("tt")
            case "R": out += f("HH:mm")
            case "r": out += f("hh:mm:ss tt")
            case "S": out += f("ss")
            case "s":
                let secs = Double(toUniversalTime().ticks - DotNetDateTime.unixEpochTicks) / Double(DotNetTimeSpan.ticksPerSecond)
                out += (try? DotNetFormat.number(.double(secs), format: "0")) ?? String(Int64(secs))
            case "T", "X": out += f("HH:mm:ss")
            case "t": out += "\t"
            case "U":
                let jan1 = (DotNetDateTime.daysFromCivil(year: year, month: 1, day: 1) + 1) % 7
                let offset = (jan1 + 6) % 7
                out += DateTimeFormatter.pad((offset + dayOfYear - dayOfWeek) / 7, 2)
            case "u": out += String(dayOfWeek == 0 ? 7 : dayOfWeek)
            case "V": out += DateTimeFormatter.pad(isoWeek.week, 2)
            case "W": out += String(dayOfYear / 7)
            case "w": out += String(dayOfWeek)
            case "Y": out += f("yyyy")
            case "y": out += f("yy")
            case "Z": out += f("zz")
            default: out.append(s)
            }
        }
        return out
    }
}

extension DotNetDateTime {
    /// Get-Date -Format: the special names FileDate, FileDateUniversal, FileDateTime and
    /// FileDateTimeUniversal (ISO 8601 basic forms for file names), otherwise `formatted(_:)`.
    public func getDateFormat(_ format: String) throws -> String {
        if CaseFold.equal(format, "FileDate") { return toString("yyyyMMdd") }
        if CaseFold.equal(format, "FileDateUniversal") { return toUniversalTime().toString("yyyyMMdd'Z'") }
        if CaseFold.equal(format, "FileDateTime") { return toString("yyyyMMdd'T'HHmmssffff") }
        if CaseFold.equal(format, "FileDateTimeUniversal") { return toUniversalTime().toString("yyyyMMdd'T'HHmmssffff'Z'") }
        return try formatted(format)
    }
}
