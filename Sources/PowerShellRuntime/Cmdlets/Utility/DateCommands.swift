import Foundation

/// Get-Date: the current (or given) date and time, with components replaced by -Year ...
/// -Millisecond, formatted by -Format (.NET) or -UFormat (Unix `date` style).
final class GetDateCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-Date",
        parameters: [
            ParameterMetadata(name: "Date", type: "datetime", aliases: ["LastWriteTime"], position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: ["DateAndFormat", "DateAndUFormat"]),
            ParameterMetadata(name: "UnixTimeSeconds", type: "long", aliases: ["UnixTime"], parameterSets: ["UnixTimeSecondsAndFormat", "UnixTimeSecondsAndUFormat"], validateRange: -62135596800...253402300799),
            ParameterMetadata(name: "Year", type: "int", validateRange: 1...9999),
            ParameterMetadata(name: "Month", type: "int", validateRange: 1...12),
            ParameterMetadata(name: "Day", type: "int", validateRange: 1...31),
            ParameterMetadata(name: "Hour", type: "int", validateRange: 0...23),
            ParameterMetadata(name: "Minute", type: "int", validateRange: 0...59),
            ParameterMetadata(name: "Second", type: "int", validateRange: 0...59),
            ParameterMetadata(name: "Millisecond", type: "int", validateRange: 0...999),
            ParameterMetadata(name: "DisplayHint", type: "string", validateSet: ["Date", "Time", "DateTime"]),
            ParameterMetadata(name: "Format", type: "string", parameterSets: ["DateAndFormat", "UnixTimeSecondsAndFormat"]),
            ParameterMetadata(name: "UFormat", type: "string", parameterSets: ["DateAndUFormat", "UnixTimeSecondsAndUFormat"]),
            ParameterMetadata(name: "AsUTC", type: "switch"),
        ],
        defaultParameterSet: "DateAndFormat",
        outputTypes: ["System.DateTime", "System.String"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Gets the current date and time.",
        examples: [
            CommandExample(code: "Get-Date '2026-01-15' -Format 'yyyy/MM/dd'", remarks: "A .NET format string.", expectedOutput: "2026/01/15"),
            CommandExample(code: "Get-Date -Year 2026 -Month 2 -Day 3 -UFormat '%Y-%m-%d'", remarks: "A Unix format.", expectedOutput: "2026-02-03"),
        ])
    init() {}

    func process(_ context: CommandContext) throws {
        var date: DotNetDateTime
        if let secs = context.value("UnixTimeSeconds").flatMap({ try? LanguagePrimitives.toLong($0) }) {
            date = DotNetDateTime(ticks: DotNetDateTime.unixEpochTicks + secs * 10_000_000, kind: .utc).toLocalTime()
        } else if case .dateTime(let d)? = context.inputObject ?? context.value("Date") {
            date = d
        } else if let v = context.inputObject ?? context.value("Date"), !v.isNull {
            guard case .dateTime(let d) = try LanguagePrimitives.convert(v, to: PSTypeInfo(fullName: "System.DateTime"), types: context.session.types) else { return }
            date = d
        } else {
            date = DotNetDateTime.now()
        }
        date = try adjust(date, context)
        if context.switchPresent("AsUTC") { date = date.toUniversalTime() }
        if let f = context.string("UFormat") {
            try context.writeObject(.string(UFormat.format(date, f)))
        } else if let f = context.string("Format") {
            // PowerShell's own -Format names for file-name-safe stamps.
            switch CaseFold.fold(f) {
            case "filedate": try context.writeObject(.string(date.toString("yyyyMMdd"))); return
            case "filedateuniversal": try context.writeObject(.string(date.toUniversalTime().toString("yyyyMMdd") + "Z")); return
            case "filedatetime": try context.writeObject(.string(date.toString("yyyyMMdd'T'HHmmssffff"))); return
            case "filedatetimeuniversal": try context.writeObject(.string(date.toUniversalTime().toString("yyyyMMdd'T'HHmmssffff") + "Z")); return
            default: break
            }
            do {
                try context.writeObject(.string(try date.formatted(f)))
            } catch {
                throw context.terminatingError("Input string was not in a correct format.", errorId: "System.FormatException", category: .InvalidArgument, exceptionType: "System.FormatException")
            }
        } else {
            switch CaseFold.fold(context.string("DisplayHint") ?? "datetime") {
            case "date": try context.writeObject(GetDateCommand.withDisplayHint(date, "Date"))
            case "time": try context.writeObject(GetDateCommand.withDisplayHint(date, "Time"))
            default: try context.writeObject(.dateTime(date))
            }
        }
    }

    static func withDisplayHint(_ d: DotNetDateTime, _ hint: String) -> Value {
        let o = PSObject(typeNames: ["System.DateTime", "System.ValueType", "System.Object"])
        o.baseObject = .dateTime(d)
        o.setNote("DisplayHint", .string(hint))
        let text = hint == "Date" ? d.toString("dddd, MMMM d, yyyy") : d.toString("h:mm:ss tt")
        o.add(PSMember(name: "ToString", kind: .codeMethod({ _, args in args.isEmpty ? .string(text) : .string(d.toString(LanguagePrimitives.toString(args[0]))) })))
        return .object(o)
    }

    /// Applies -Year .. -Millisecond (a day past the month's end is PowerShell's error).
    private func adjust(_ d: DotNetDateTime, _ context: CommandContext) throws -> DotNetDateTime {
        let keys = ["Year", "Month", "Day", "Hour", "Minute", "Second", "Millisecond"]
        guard keys.contains(where: context.has) else { return d }
        let year = context.int("Year") ?? d.year
        let month = context.int("Month") ?? d.month
        let day = context.int("Day") ?? d.day
        let maxDay = DotNetDateTime.daysInMonth(year: year, month: month)
        guard day <= maxDay else {
            throw context.terminatingError("Cannot bind parameter 'Day'. Year, Month, and Day parameters describe an un-representable DateTime.", errorId: "ArgumentOutOfRangeException", category: .InvalidArgument, exceptionType: "System.ArgumentOutOfRangeException")
        }
        var r = try DotNetDateTime(year: year, month: month, day: day,
                                   hour: context.int("Hour") ?? d.hour, minute: context.int("Minute") ?? d.minute,
                                   second: context.int("Second") ?? d.second, millisecond: context.int("Millisecond") ?? d.millisecond, kind: d.kind)
        if !context.has("Millisecond") { r = r.adding(ticks: d.ticks % 10_000) }
        return r
    }
}

/// `Get-Date -UFormat`: the Unix `date` specifiers PowerShell supports (GetDateCommand.UFormatDateString).
enum UFormat {
    static func format(_ d: DotNetDateTime, _ f: String) -> String {
        var out = ""
        var it = f.makeIterator()
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        func spaced(_ n: Int) -> String { n < 10 ? " \(n)" : String(n) }
        let hour12 = d.hour % 12 == 0 ? 12 : d.hour % 12
        while let c = it.next() {
            guard c == "%" else { out.append(c); continue }
            guard let spec = it.next() else { out.append("%"); break }
            switch spec {
            case "a": out += String(d.dayOfWeekName.prefix(3))
            case "A": out += d.dayOfWeekName
            case "b", "h": out += String(DotNetDateTime.monthNames[d.month - 1].prefix(3))
            case "B": out += DotNetDateTime.monthNames[d.month - 1]
            case "c": out += d.toString("ddd MMM dd HH:mm:ss yyyy")
            case "C": out += two(d.year / 100)
            case "d": out += two(d.day)
            case "D": out += d.toString("MM/dd/yy")
            case "e": out += spaced(d.day)
            case "F": out += d.toString("yyyy-MM-dd")
            case "g": out += two(isoWeekYear(d) % 100)
            case "G": out += String(isoWeekYear(d))
            case "H": out += two(d.hour)
            case "I": out += two(hour12)
            case "j": out += String(format: "%03d", d.dayOfYear)
            case "k": out += spaced(d.hour)
            case "l": out += spaced(hour12)
            case "m": out += two(d.month)
            case "M": out += two(d.minute)
            case "n": out += "\n"
            case "p": out += d.hour < 12 ? "AM" : "PM"
            case "r": out += d.toString("hh:mm:ss tt")
            case "R": out += d.toString("HH:mm")
            case "s": out += String((d.toUniversalTime().ticks - DotNetDateTime.unixEpochTicks) / 10_000_000)
            case "S": out += two(d.second)
            case "t": out += "\t"
            case "T": out += d.toString("HH:mm:ss")
            case "u": out += String(d.dayOfWeek == 0 ? 7 : d.dayOfWeek)
            case "U": out += two((d.dayOfYear + 6 - d.dayOfWeek) / 7)
            case "V": out += two(isoWeek(d))
            case "w": out += String(d.dayOfWeek)
            case "W": out += two((d.dayOfYear + 6 - ((d.dayOfWeek + 6) % 7)) / 7)
            case "x": out += d.toString("MM/dd/yy")
            case "X": out += d.toString("HH:mm:ss")
            case "y": out += two(d.year % 100)
            case "Y": out += String(d.year)
            case "Z", "z":
                let off = d.kind == .utc ? 0 : TimeZone.current.secondsFromGMT()
                let sign = off < 0 ? "-" : "+"
                out += sign + two(abs(off) / 3600) + (spec == "z" ? "" : ":" + two((abs(off) % 3600) / 60))
            case "%": out += "%"
            default: out.append(spec)
            }
        }
        return out
    }

    /// ISO 8601 week number (weeks start on Monday; week 1 holds the first Thursday).
    static func isoWeek(_ d: DotNetDateTime) -> Int {
        let weekday = (d.dayOfWeek + 6) % 7 // Monday = 0
        let thursday = d.adding(days: Double(3 - weekday))
        return (thursday.dayOfYear - 1) / 7 + 1
    }

    static func isoWeekYear(_ d: DotNetDateTime) -> Int {
        let weekday = (d.dayOfWeek + 6) % 7
        return d.adding(days: Double(3 - weekday)).year
    }
}

/// New-TimeSpan: from -Start/-End dates or from -Days/-Hours/-Minutes/-Seconds/-Milliseconds.
final class NewTimeSpanCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "New-TimeSpan",
        parameters: [
            ParameterMetadata(name: "Start", type: "datetime", aliases: ["LastWriteTime"], position: 0, valueFromPipelineByPropertyName: true, parameterSets: ["Date"]),
            ParameterMetadata(name: "End", type: "datetime", position: 1, valueFromPipelineByPropertyName: true, parameterSets: ["Date"]),
            ParameterMetadata(name: "Days", type: "int", parameterSets: ["Time"]),
            ParameterMetadata(name: "Hours", type: "int", parameterSets: ["Time"]),
            ParameterMetadata(name: "Minutes", type: "int", parameterSets: ["Time"]),
            ParameterMetadata(name: "Seconds", type: "int", parameterSets: ["Time"]),
            ParameterMetadata(name: "Milliseconds", type: "int", parameterSets: ["Time"]),
        ],
        defaultParameterSet: "Date",
        outputTypes: ["System.TimeSpan"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Creates a TimeSpan object.",
        examples: [CommandExample(code: "(New-TimeSpan -Days 2).TotalHours", remarks: "Two days in hours.", expectedOutput: "48")])
    init() {}

    func end(_ context: CommandContext) throws {
        let timeKeys = ["Days", "Hours", "Minutes", "Seconds", "Milliseconds"]
        if timeKeys.contains(where: context.has) {
            // new TimeSpan(days, hours, minutes, seconds, milliseconds): whole milliseconds, within
            // TimeSpan's range (Int32 parts cannot overflow Int64 here)
            let ms = ((Int64(context.int("Days") ?? 0) * 86_400 + Int64(context.int("Hours") ?? 0) * 3_600
                + Int64(context.int("Minutes") ?? 0) * 60 + Int64(context.int("Seconds") ?? 0)) * 1_000) + Int64(context.int("Milliseconds") ?? 0)
            guard abs(ms) <= Int64.max / 10_000 else {
                throw context.terminatingError("TimeSpan overflowed because the duration is too long.", errorId: "System.ArgumentOutOfRangeException",
                                               category: .NotSpecified, exceptionType: "System.ArgumentOutOfRangeException")
            }
            try context.writeObject(.timeSpan(DotNetTimeSpan(ticks: ms * 10_000)))
            return
        }
        let now = DotNetDateTime.now()
        var start = now, end = now
        if case .dateTime(let s)? = context.value("Start") { start = s }
        if case .dateTime(let e)? = context.value("End") { end = e }
        try context.writeObject(.timeSpan(end - start))
    }
}
