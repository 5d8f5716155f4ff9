// System.DateTime: 100 ns ticks since 0001-01-01 (proleptic Gregorian) plus a Kind.
// Invariant-culture formatting and parsing; local time through Foundation's TimeZone.current.

import Foundation

public struct DateTimeError: Error, Sendable { public let message: String }

public struct DotNetDateTime: Sendable, Hashable, Comparable {
    public enum Kind: Sendable, Hashable { case unspecified, utc, local }

    public var ticks: Int64
    public var kind: Kind

    public static let minTicks: Int64 = 0
    public static let maxTicks: Int64 = 3_155_378_975_999_999_999
    /// Ticks of 1970-01-01T00:00:00.
    public static let unixEpochTicks: Int64 = 621_355_968_000_000_000
    static let daysToMonth365 = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365]
    static let daysToMonth366 = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366]

    public init(ticks: Int64, kind: Kind = .unspecified) {
        self.ticks = min(max(ticks, DotNetDateTime.minTicks), DotNetDateTime.maxTicks)
        self.kind = kind
    }

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, millisecond: Int = 0, kind: Kind = .unspecified) throws {
        guard year >= 1, year <= 9999, month >= 1, month <= 12, day >= 1,
              day <= DotNetDateTime.daysInMonth(year: year, month: month) else {
            throw DateTimeError(message: "Year, Month, and Day parameters describe an un-representable DateTime.")
        }
        guard hour >= 0, hour < 24, minute >= 0, minute < 60, second >= 0, second < 60 else {
            throw DateTimeError(message: "Hour, Minute, and Second parameters describe an un-representable DateTime.")
        }
        guard millisecond >= 0, millisecond < 1000 else {
            throw DateTimeError(message: "Specified argument was out of the range of valid values. (Parameter 'millisecond')")
        }
        let days = DotNetDateTime.daysFromCivil(year: year, month: month, day: day)
        let t = Int64(days) * DotNetTimeSpan.ticksPerDay
            + Int64(hour) * DotNetTimeSpan.ticksPerHour + Int64(minute) * DotNetTimeSpan.ticksPerMinute
            + Int64(second) * DotNetTimeSpan.ticksPerSecond + Int64(millisecond) * DotNetTimeSpan.ticksPerMillisecond
        self.init(ticks: t, kind: kind)
    }

    // MARK: calendar helpers
    public static func isLeapYear(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }
    public static func daysInMonth(year: Int, month: Int) -> Int {
        guard month >= 1, month <= 12 else { return 0 }
        let t = isLeapYear(year) ? daysToMonth366 : daysToMonth365
        return t[month] - t[month - 1]
    }
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = year - 1
        let t = isLeapYear(year) ? daysToMonth366 : daysToMonth365
        return y * 365 + y / 4 - y / 100 + y / 400 + t[month - 1] + day - 1
    }
    /// (year, month, day, dayOfYear) for a day number since 0001-01-01.
    static func civil(fromDays n0: Int) -> (Int, Int, Int, Int) {
        var n = n0
        let y400 = n / 146_097; n -= y400 * 146_097
        var y100 = n / 36_524; if y100 == 4 { y100 = 3 }; n -= y100 * 36_524
        let y4 = n / 1461; n -= y4 * 1461
        var y1 = n / 365; if y1 == 4 { y1 = 3 }
        let year = y400 * 400 + y100 * 100 + y4 * 4 + y1 + 1
        n -= y1 * 365
        let t = isLeapYear(year) ? daysToMonth366 : daysToMonth365
        var m = 1
        while m < 12 && n >= t[m] { m += 1 }
        return (year, m, n - t[m - 1] + 1, n + 1)
    }

    var dayNumber: Int { Int(ticks / DotNetTimeSpan.ticksPerDay) }
    var civil: (Int, Int, Int, Int) { DotNetDateTime.civil(fromDays: dayNumber) }

    // MARK: components
    public var year: Int { civil.0 }
    public var month: Int { civil.1 }
    public var day: Int { civil.2 }
    public var dayOfYear: Int { civil.3 }
    public var hour: Int { Int((ticks / DotNetTimeSpan.ticksPerHour) % 24) }
    public var minute: Int { Int((ticks / DotNetTimeSpan.ticksPerMinute) % 60) }
    public var second: Int { Int((ticks / DotNetTimeSpan.ticksPerSecond) % 60) }
    public var millisecond: Int { Int((ticks / DotNetTimeSpan.ticksPerMillisecond) % 1000) }
    /// 0 = Sunday … 6 = Saturday (System.DayOfWeek).
    public var dayOfWeek: Int { (dayNumber + 1) % 7 }
    public static let dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    public var dayOfWeekName: String { DotNetDateTime.dayNames[dayOfWeek] }
    public var date: DotNetDateTime { DotNetDateTime(ticks: ticks - ticks % DotNetTimeSpan.ticksPerDay, kind: kind) }
    public var timeOfDay: DotNetTimeSpan { DotNetTimeSpan(ticks: ticks % DotNetTimeSpan.ticksPerDay) }

    // MARK: now
    public static func utcNow() -> DotNetDateTime {
        let secs = Date().timeIntervalSince1970
        return DotNetDateTime(ticks: unixEpochTicks + Int64((secs * 10_000_000).rounded()), kind: .utc)
    }
    public static func now() -> DotNetDateTime { utcNow().toLocalTime() }
    public static var today: DotNetDateTime { now().date }

    /// The local UTC offset (seconds) at a UTC instant.
    static func localOffsetSeconds(utcTicks: Int64) -> Int {
        let date = Date(timeIntervalSince1970: Double(utcTicks - unixEpochTicks) / 10_000_000)
        return TimeZone.current.secondsFromGMT(for: date)
    }
    /// The local UTC offset (seconds) for a local wall-clock time.
    static func localOffsetSeconds(localTicks: Int64) -> Int {
        let guess = localOffsetSeconds(utcTicks: localTicks)
        return localOffsetSeconds(utcTicks: localTicks - Int64(guess) * DotNetTimeSpan.ticksPerSecond)
    }

    public func toUniversalTime() -> DotNetDateTime {
        if kind == .utc { return self }
        let off = DotNetDateTime.localOffsetSeconds(localTicks: ticks)
        return DotNetDateTime(ticks: ticks - Int64(off) * DotNetTimeSpan.ticksPerSecond, kind: .utc)
    }
    public func toLocalTime() -> DotNetDateTime {
        if kind == .local { return self }
        let off = DotNetDateTime.localOffsetSeconds(utcTicks: ticks)
        return DotNetDateTime(ticks: ticks + Int64(off) * DotNetTimeSpan.ticksPerSecond, kind: .local)
    }
    /// Offset from UTC of this value as .NET's `K`/`zzz` show it (zero for Utc; local offset otherwise).
    var utcOffsetSeconds: Int {
        kind == .utc ? 0 : DotNetDateTime.localOffsetSeconds(localTicks: ticks)
    }

    /// The date `t` ticks later, or nil outside DateTime's range (where .NET throws).
    public func checkedAdding(ticks t: Int64) -> DotNetDateTime? {
        let (r, o) = ticks.addingReportingOverflow(t)
        return o || r < 0 || r > DotNetDateTime.maxTicks ? nil : DotNetDateTime(ticks: r, kind: kind)
    }

    // MARK: arithmetic (results clamp to the DateTime range instead of throwing)
    public func adding(ticks t: Int64) -> DotNetDateTime {
        let (r, o) = ticks.addingReportingOverflow(t)
        return DotNetDateTime(ticks: o ? (t > 0 ? DotNetDateTime.maxTicks : 0) : r, kind: kind)
    }
    func adding(_ value: Double, scaleMs: Double) -> DotNetDateTime {
        let ms = value * scaleMs
        let rounded = (ms + (ms >= 0 ? 0.5 : -0.5)).rounded(.towardZero)
        guard rounded.isFinite, abs(rounded) < 3.2e14 else { return adding(ticks: value < 0 ? Int64.min / 2 : Int64.max / 2) }
        return adding(ticks: Int64(rounded) * DotNetTimeSpan.ticksPerMillisecond)
    }
    public func adding(days: Double) -> DotNetDateTime { adding(days, scaleMs: 86_400_000) }
    public func adding(hours: Double) -> DotNetDateTime { adding(hours, scaleMs: 3_600_000) }
    public func adding(minutes: Double) -> DotNetDateTime { adding(minutes, scaleMs: 60_000) }
    public func adding(seconds: Double) -> DotNetDateTime { adding(seconds, scaleMs: 1000) }
    public func adding(milliseconds: Double) -> DotNetDateTime { adding(milliseconds, scaleMs: 1) }
    /// AddMonths: the day is clamped to the target month's length (Jan 31 + 1 month = Feb 28/29).
    public func adding(months: Int) -> DotNetDateTime {
        if months > 120_000 || months < -120_000 { return DotNetDateTime(ticks: months < 0 ? 0 : DotNetDateTime.maxTicks, kind: kind) }
        let (y, m, d, _) = civil
        let total = y * 12 + (m - 1) + months
        let ny = total / 12, nm = total % 12 + 1
        guard total >= 0, ny >= 1, ny <= 9999 else { return DotNetDateTime(ticks: months < 0 ? 0 : DotNetDateTime.maxTicks, kind: kind) }
        let nd = min(d, DotNetDateTime.daysInMonth(year: ny, month: nm))
        let days = DotNetDateTime.daysFromCivil(year: ny, month: nm, day: nd)
        return DotNetDateTime(ticks: Int64(days) * DotNetTimeSpan.ticksPerDay + ticks % DotNetTimeSpan.ticksPerDay, kind: kind)
    }
    public func adding(years: Int) -> DotNetDateTime { adding(months: years.multipliedReportingOverflow(by: 12).overflow ? (years < 0 ? -120_000 : 120_000) : years * 12) }

    public static func - (a: DotNetDateTime, b: DotNetDateTime) -> DotNetTimeSpan { DotNetTimeSpan(ticks: a.ticks - b.ticks) }
    public static func + (a: DotNetDateTime, b: DotNetTimeSpan) -> DotNetDateTime { a.adding(ticks: b.ticks) }
    public static func - (a: DotNetDateTime, b: DotNetTimeSpan) -> DotNetDateTime { a.adding(ticks: 0 &- b.ticks) }
    public static func < (a: DotNetDateTime, b: DotNetDateTime) -> Bool { a.ticks < b.ticks }
    /// .NET compares DateTime by ticks only; Kind does not take part in equality.
    public static func == (a: DotNetDateTime, b: DotNetDateTime) -> Bool { a.ticks == b.ticks }
    public func hash(into h: inout Hasher) { h.combine(ticks) }

    // MARK: text
    /// Default: invariant "MM/dd/yyyy HH:mm:ss" (what PowerShell shows for "$date").
    public func toString(_ format: String? = nil) -> String {
        (try? DateTimeFormatter.format(self, format)) ?? DateTimeFormatter.formatCustom(self, "MM/dd/yyyy HH:mm:ss")
    }
    /// DateTime.ToString(format) under the current culture (en-US): `3/5/2024 2:07:00 PM` with no
    /// format; throws FormatError for an invalid format string as .NET does.
    public func formatted(_ format: String?) throws -> String { try DateTimeFormatter.format(self, format, culture: .current) }
    /// DateTime.ToString() under the current culture.
    public var cultureString: String { DateTimeFormatter.formatCustom(self, "M/d/yyyy h:mm:ss tt") }
    /// Out-Default's display of a DateTime: "Thursday, January 15, 2026 12:00:00 AM".
    public var longDisplayString: String { DateTimeFormatter.formatCustom(self, "dddd, MMMM d, yyyy h:mm:ss tt") }
    /// Out-Default for DisplayHint Date: "Thursday, January 15, 2026".
    public var longDateString: String { DateTimeFormatter.formatCustom(self, "dddd, MMMM d, yyyy") }
    /// Out-Default for DisplayHint Time: "12:00:00 AM".
    public var longTimeString: String { DateTimeFormatter.formatCustom(self, "h:mm:ss tt") }

    public static func parse(_ s: String) -> DotNetDateTime? { DateTimeParser.parse(s) }
    public static func parseExact(_ s: String, format: String) -> DotNetDateTime? { DateTimeParser.parseExact(s, format: format) }
}
