import Foundation

/// System.TimeSpan: `[timespan]::FromMinutes(90)`, `[timespan]::new(1, 2, 3)`, and the methods of
/// a duration. From..., Add, Subtract and Negate beyond ±10,675,199 days fail with .NET's OverflowException.
enum SystemTimeSpan {
    static let members = TypeMembers(
        staticProperties: [
            "Zero": { _ in .timeSpan(DotNetTimeSpan(ticks: 0)) },
            "MinValue": { _ in .timeSpan(DotNetTimeSpan(ticks: Int64.min)) },
            "MaxValue": { _ in .timeSpan(DotNetTimeSpan(ticks: Int64.max)) },
        ],
        staticMethods: [
            "FromTicks": { call in .timeSpan(DotNetTimeSpan(ticks: try call.long(0))) },
            "FromDays": { call in try interval(call, "FromDays", unitMs: 86_400_000) },
            "FromHours": { call in try interval(call, "FromHours", unitMs: 3_600_000) },
            "FromMinutes": { call in try interval(call, "FromMinutes", unitMs: 60_000) },
            "FromSeconds": { call in try interval(call, "FromSeconds", unitMs: 1000) },
            "FromMilliseconds": { call in try interval(call, "FromMilliseconds", unitMs: 1) },
            "Parse": { call in
                guard let ts = DotNetTimeSpan.parse(call.string(0)) else {
                    throw BuiltinMethods.methodError("Parse", 1, "String '\(call.string(0))' was not recognized as a valid TimeSpan.", "System.FormatException")
                }
                return .timeSpan(ts)
            },
        ],
        instanceMethods: [
            "ToString": on { t, call in .string(t.toString(call.args.first.map { LanguagePrimitives.toString($0) })) },
            "Add": on { t, call in try sum(t, call, "Add") },
            "Subtract": on { t, call in try sum(t, call, "Subtract") },
            "Negate": on { t, call in
                guard t.ticks != Int64.min else {
                    throw BuiltinMethods.methodError("Negate", call.count, "Negating the minimum value of a twos complement number is invalid.", "System.OverflowException")
                }
                return .timeSpan(DotNetTimeSpan(ticks: -t.ticks))
            },
            "Duration": on { t, call in
                guard t.ticks != Int64.min else {
                    throw BuiltinMethods.methodError("Duration", call.count, "The duration cannot be returned for TimeSpan.MinValue because the absolute value of TimeSpan.MinValue exceeds the value of TimeSpan.MaxValue.",
                                                     "System.OverflowException")
                }
                return .timeSpan(DotNetTimeSpan(ticks: abs(t.ticks)))
            },
            "CompareTo": on { t, call in
                if case .timeSpan(let u) = call.arg(0) { return .int(t < u ? -1 : (t > u ? 1 : 0)) }
                return .int(1)
            },
        ],
        constructor: { call in
            // new TimeSpan(ticks), (hours, minutes, seconds), (days, hours, minutes, seconds[, milliseconds])
            let n = try call.args.map { try LanguagePrimitives.toLong($0) }
            switch n.count {
            case 1: return .timeSpan(DotNetTimeSpan(ticks: n[0]))
            case 3: return .timeSpan(DotNetTimeSpan(hours: n[0], minutes: n[1], seconds: n[2]))
            case 4: return .timeSpan(DotNetTimeSpan(days: n[0], hours: n[1], minutes: n[2], seconds: n[3]))
            case 5: return .timeSpan(DotNetTimeSpan(days: n[0], hours: n[1], minutes: n[2], seconds: n[3], milliseconds: n[4]))
            default: return .timeSpan(DotNetTimeSpan(ticks: 0))
            }
        })

    private static func on(_ body: @escaping @Sendable (DotNetTimeSpan, MethodCall) throws -> Value?) -> TypeMembers.Method {
        { call in
            guard case .timeSpan(let t) = call.target else { return nil }
            return try body(t, call)
        }
    }

    /// FromDays, FromHours...: a whole number of ticks, rounded; NaN and overflow are .NET's errors.
    private static func interval(_ call: MethodCall, _ method: String, unitMs: Double) throws -> Value {
        let value = try call.double(0)
        if value.isNaN {
            throw BuiltinMethods.methodError(method, call.count, "TimeSpan does not accept floating point Not-a-Number values.", "System.ArgumentException")
        }
        let ticks = (value * unitMs * 10_000).rounded()
        guard ticks < 9.223372036854775807e18, ticks >= -9.223372036854775808e18 else {
            throw BuiltinMethods.methodError(method, call.count, DotNetTimeSpan.overflowMessage, "System.OverflowException")
        }
        return .timeSpan(DotNetTimeSpan(ticks: Int64(ticks)))
    }

    /// Add and Subtract of another TimeSpan.
    private static func sum(_ t: DotNetTimeSpan, _ call: MethodCall, _ method: String) throws -> Value? {
        guard case .timeSpan(let u) = call.arg(0) else { return nil }
        let (r, o) = method == "Add" ? t.ticks.addingReportingOverflow(u.ticks) : t.ticks.subtractingReportingOverflow(u.ticks)
        if o { throw BuiltinMethods.methodError(method, call.count, DotNetTimeSpan.overflowMessage, "System.OverflowException") }
        return .timeSpan(DotNetTimeSpan(ticks: r))
    }
}
