// System.TimeSpan with invariant-culture formatting and parsing.

public struct DotNetTimeSpan: Sendable, Hashable, Comparable {
    public var ticks: Int64

    public static let ticksPerMillisecond: Int64 = 10_000
    public static let ticksPerSecond: Int64 = 10_000_000
    public static let ticksPerMinute: Int64 = 600_000_000
    public static let ticksPerHour: Int64 = 36_000_000_000
    public static let ticksPerDay: Int64 = 864_000_000_000
    public static let zero = DotNetTimeSpan(ticks: 0)
    /// .NET's OverflowException text for a TimeSpan beyond ±10,675,199 days.
    public static let overflowMessage = "TimeSpan overflowed because the duration is too long."

    public init(ticks: Int64) { self.ticks = ticks }
    public init(days: Int64 = 0, hours: Int64 = 0, minutes: Int64 = 0, seconds: Int64 = 0, milliseconds: Int64 = 0) {
        // wrapping arithmetic: out-of-range inputs never trap (.NET would throw OverflowException)
        let ms = ((days &* 24 &+ hours) &* 3600 &+ minutes &* 60 &+ seconds) &* 1000 &+ milliseconds
        ticks = ms &* DotNetTimeSpan.ticksPerMillisecond
    }

    public static func fromDays(_ v: Double) -> DotNetTimeSpan { interval(v, 86_400_000) }
    public static func fromHours(_ v: Double) -> DotNetTimeSpan { interval(v, 3_600_000) }
    public static func fromMinutes(_ v: Double) -> DotNetTimeSpan { interval(v, 60_000) }
    public static func fromSeconds(_ v: Double) -> DotNetTimeSpan { interval(v, 1000) }
    public static func fromMilliseconds(_ v: Double) -> DotNetTimeSpan { interval(v, 1) }
    static func interval(_ v: Double, _ scaleMs: Double) -> DotNetTimeSpan {
        let t = (v * scaleMs * 10_000).rounded()
        if !t.isFinite || t >= 9.2e18 || t <= -9.2e18 { return DotNetTimeSpan(ticks: t < 0 ? Int64.min : Int64.max) }
        return DotNetTimeSpan(ticks: Int64(t))
    }

    public var days: Int { Int(ticks / DotNetTimeSpan.ticksPerDay) }
    public var hours: Int { Int((ticks / DotNetTimeSpan.ticksPerHour) % 24) }
    public var minutes: Int { Int((ticks / DotNetTimeSpan.ticksPerMinute) % 60) }
    public var seconds: Int { Int((ticks / DotNetTimeSpan.ticksPerSecond) % 60) }
    public var milliseconds: Int { Int((ticks / DotNetTimeSpan.ticksPerMillisecond) % 1000) }
    public var totalDays: Double { Double(ticks) / Double(DotNetTimeSpan.ticksPerDay) }
    public var totalHours: Double { Double(ticks) / Double(DotNetTimeSpan.ticksPerHour) }
    public var totalMinutes: Double { Double(ticks) / Double(DotNetTimeSpan.ticksPerMinute) }
    public var totalSeconds: Double { Double(ticks) / Double(DotNetTimeSpan.ticksPerSecond) }
    public var totalMilliseconds: Double { Double(ticks) / Double(DotNetTimeSpan.ticksPerMillisecond) }

    public static func < (a: DotNetTimeSpan, b: DotNetTimeSpan) -> Bool { a.ticks < b.ticks }
    public static func + (a: DotNetTimeSpan, b: DotNetTimeSpan) -> DotNetTimeSpan { DotNetTimeSpan(ticks: a.ticks &+ b.ticks) }
    public static func - (a: DotNetTimeSpan, b: DotNetTimeSpan) -> DotNetTimeSpan { DotNetTimeSpan(ticks: a.ticks &- b.ticks) }
    public static prefix func - (a: DotNetTimeSpan) -> DotNetTimeSpan { DotNetTimeSpan(ticks: 0 &- a.ticks) }
    public func duration() -> DotNetTimeSpan { DotNetTimeSpan(ticks: ticks < 0 ? 0 &- ticks : ticks) }

    /// Default ("c") format: `[-][d.]hh:mm:ss[.fffffff]`.
    public func toString(_ format: String? = nil) -> String {
        TimeSpanFormatter.format(self, format) ?? TimeSpanFormatter.format(self, "c") ?? ""
    }

    /// Like `toString`, but throws FormatError for an invalid format string as .NET does.
    public func formatted(_ format: String?) throws -> String {
        guard let s = TimeSpanFormatter.format(self, format) else { throw FormatError.badFormat }
        return s
    }

    public static func parse(_ s: String) -> DotNetTimeSpan? { TimeSpanFormatter.parse(s) }
}
