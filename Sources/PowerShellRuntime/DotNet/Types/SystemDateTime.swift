import Foundation

/// System.DateTime: `[datetime]::Now`, `[datetime]::Parse($text)`, `[datetime]::new(2024, 1, 31)`,
/// and the methods of a date (`AddDays`, `ToString('yyyy-MM-dd')`, ...). Results outside
/// 0001-01-01 .. 9999-12-31 fail with .NET's ArgumentOutOfRangeException.
enum SystemDateTime {
    /// System.DateTimeOffset: a type scripts test values against (`$v -is [datetimeoffset]`); the
    /// lab's dates are DateTime values, so no value is one.
    static let offset = TypeMembers()

    static let members = TypeMembers(
        staticProperties: [
            "Now": { _ in .dateTime(DotNetDateTime.now()) },
            "UtcNow": { _ in .dateTime(DotNetDateTime.utcNow()) },
            "Today": { _ in .dateTime(DotNetDateTime.today) },
            "MinValue": { _ in .dateTime(DotNetDateTime(ticks: 0, kind: .unspecified)) },
            "MaxValue": { _ in .dateTime(DotNetDateTime(ticks: 3_155_378_975_999_999_999, kind: .unspecified)) },
        ],
        staticMethods: [
            // the same ticks with another kind (no conversion)
            "SpecifyKind": { call in
                guard call.count == 2, case .dateTime(let d) = ObjectAccess.base(call.args[0]) else { return nil }
                return .dateTime(DotNetDateTime(ticks: d.ticks, kind: try BuiltinEnums.dateTimeKind(call.args[1])))
            },
            "Parse": { call in
                guard let d = DotNetDateTime.parse(call.string(0)) else {
                    throw BuiltinMethods.methodError("Parse", call.count, "String '\(call.string(0))' was not recognized as a valid DateTime.", "System.FormatException")
                }
                return .dateTime(d)
            },
            "ParseExact": { call in
                guard let d = DotNetDateTime.parseExact(call.string(0), format: call.string(1)) else {
                    throw BuiltinMethods.methodError("ParseExact", call.count, "String '\(call.string(0))' was not recognized as a valid DateTime.", "System.FormatException")
                }
                return .dateTime(d)
            },
            "DaysInMonth": { call in
                let y = try call.int(0), m = try call.int(1)
                let days = [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
                return .int(days[safe: m - 1] ?? 30)
            },
            "IsLeapYear": { call in .bool(isLeapYear(try call.int(0))) },
            "Compare": { call in
                guard case .dateTime(let a) = call.arg(0), case .dateTime(let b) = call.arg(1) else { return nil }
                return .int(a < b ? -1 : (a > b ? 1 : 0))
            },
        ],
        instanceMethods: [
            "AddDays": on { d, call in try add(d, call, "AddDays", unitMs: 86_400_000) },
            "AddHours": on { d, call in try add(d, call, "AddHours", unitMs: 3_600_000) },
            "AddMinutes": on { d, call in try add(d, call, "AddMinutes", unitMs: 60_000) },
            "AddSeconds": on { d, call in try add(d, call, "AddSeconds", unitMs: 1000) },
            "AddMilliseconds": on { d, call in try add(d, call, "AddMilliseconds", unitMs: 1) },
            "AddMonths": on { d, call in
                let months = try call.int(0)
                guard (-120_000...120_000).contains(months) else {
                    throw BuiltinMethods.methodError("AddMonths", call.count, "Months value must be between +/-120000. (Parameter 'months')", "System.ArgumentOutOfRangeException")
                }
                guard (1...9999).contains(d.year + (d.month - 1 + months) / 12 + ((d.month - 1 + months) % 12 < 0 ? -1 : 0)) else {
                    throw unrepresentable("AddMonths", call, parameter: "months")
                }
                return .dateTime(d.adding(months: months))
            },
            "AddYears": on { d, call in
                let years = try call.int(0)
                guard (-10_000...10_000).contains(years) else {
                    throw BuiltinMethods.methodError("AddYears", call.count, "Years value must be between +/-10000. (Parameter 'value')", "System.ArgumentOutOfRangeException")
                }
                guard (1...9999).contains(d.year + years) else { throw unrepresentable("AddYears", call) }
                return .dateTime(d.adding(years: years))
            },
            "AddTicks": on { d, call in
                guard let r = d.checkedAdding(ticks: try call.long(0)) else { throw unrepresentable("AddTicks", call) }
                return .dateTime(r)
            },
            "Add": on { d, call in
                guard case .timeSpan(let t) = call.arg(0) else { return nil }
                guard let r = d.checkedAdding(ticks: t.ticks) else { throw unrepresentable("Add", call) }
                return .dateTime(r)
            },
            "Subtract": on { d, call in
                switch call.arg(0) {
                case .dateTime(let e): return .timeSpan(d - e)
                case .timeSpan(let t):
                    guard t.ticks != Int64.min, let r = d.checkedAdding(ticks: -t.ticks) else { throw unrepresentable("Subtract", call) }
                    return .dateTime(r)
                default: return nil
                }
            },
            // .NET's ToString: the current culture (en-US), unlike "$d" and [string]$d
            "ToString": on { d, call in
                do { return .string(try d.formatted(call.args.first.map { LanguagePrimitives.toString($0) })) } catch let e as FormatError {
                    throw BuiltinMethods.methodError("ToString", call.args.count, e.message, "System.FormatException")
                }
            },
            "ToShortDateString": on { d, _ in .string(try d.formatted("d")) },
            "ToLongDateString": on { d, _ in .string(try d.formatted("D")) },
            "ToShortTimeString": on { d, _ in .string(try d.formatted("t")) },
            "ToLongTimeString": on { d, _ in .string(try d.formatted("T")) },
            "ToUniversalTime": on { d, _ in .dateTime(d.toUniversalTime()) },
            "ToLocalTime": on { d, _ in .dateTime(d.toLocalTime()) },
            "CompareTo": on { d, call in
                if case .dateTime(let e) = call.arg(0) { return .int(d < e ? -1 : (d > e ? 1 : 0)) }
                return .int(1)
            },
            "Equals": on { d, call in
                if case .dateTime(let e) = call.arg(0) { return .bool(d.ticks == e.ticks) }
                return .bool(false)
            },
        ],
        constructor: construct)

    private static func on(_ body: @escaping @Sendable (DotNetDateTime, MethodCall) throws -> Value?) -> TypeMembers.Method {
        { call in
            guard case .dateTime(let d) = call.target else { return nil }
            return try body(d, call)
        }
    }

    private static func isLeapYear(_ y: Int) -> Bool { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }

    /// new DateTime(ticks) and new DateTime(year, month, day, [hour, minute, second, [millisecond]]).
    private static func construct(_ call: MethodCall) throws -> Value? {
        var args = call.args
        // a trailing DateTimeKind: (ticks, kind), (y, m, d, h, mi, s, kind), (y, m, d, h, mi, s, ms, kind)
        var kind = DotNetDateTime.Kind.unspecified
        if [2, 7, 8].contains(args.count), let last = args.last {
            // a [DateTimeKind], or its name after the y, m, d, h, mi, s(, ms) numbers
            var isKind = false
            if case .native(let e as EnumValue) = last { isKind = e.type.fullName == "System.DateTimeKind" } else if case .string = last { isKind = args.count != 2 }
            if isKind {
                kind = try BuiltinEnums.dateTimeKind(last)
                args.removeLast()
            }
        }
        let n = try args.map { try LanguagePrimitives.toInt($0) }
        if n.count == 1 { return .dateTime(DotNetDateTime(ticks: Int64(n[0]), kind: kind)) }
        guard n.count >= 3 else { return nil }
        do {
            return .dateTime(try DotNetDateTime(year: n[0], month: n[1], day: n[2], hour: n[safe: 3] ?? 0, minute: n[safe: 4] ?? 0, second: n[safe: 5] ?? 0,
                                                millisecond: n[safe: 6] ?? 0, kind: kind))
        } catch {
            throw BuiltinMethods.methodError(".ctor", call.count, "Year, Month, and Day parameters describe an un-representable DateTime.", "System.ArgumentOutOfRangeException")
        }
    }

    /// .NET's ArgumentOutOfRangeException for a result outside 0001-01-01 .. 9999-12-31.
    private static func unrepresentable(_ method: String, _ call: MethodCall, parameter: String = "value") -> RuntimeError {
        BuiltinMethods.methodError(method, call.count, "The added or subtracted value results in an un-representable DateTime. (Parameter '\(parameter)')",
                                   "System.ArgumentOutOfRangeException")
    }

    /// AddDays, AddHours...: .NET's limits on the value (10,000 years of the unit), then on the result.
    private static func add(_ d: DotNetDateTime, _ call: MethodCall, _ method: String, unitMs: Double) throws -> Value {
        let value = try call.double(0)
        let maxUnits = (315_537_897_600_000 / unitMs).rounded(.down)
        guard value.isFinite, abs(value) <= maxUnits else {
            throw BuiltinMethods.methodError(method, call.count, "Value to add was out of range. (Parameter 'value')", "System.ArgumentOutOfRangeException")
        }
        let whole = value.rounded(.towardZero)
        let ticks = Int64(whole) * Int64(unitMs) * DotNetTimeSpan.ticksPerMillisecond
            + Int64(((value - whole) * unitMs * Double(DotNetTimeSpan.ticksPerMillisecond)).rounded(.towardZero))
        guard let r = d.checkedAdding(ticks: ticks) else { throw unrepresentable(method, call) }
        return .dateTime(r)
    }
}
