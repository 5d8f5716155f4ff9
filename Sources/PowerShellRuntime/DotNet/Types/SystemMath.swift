import Foundation

/// System.Math: `[math]::Round(2.345, 2)`, `[math]::Max(1, 2)`, `[math]::PI`.
enum SystemMath {
    static let members = TypeMembers(
        staticProperties: [
            "PI": { _ in .double(Double.pi) },
            "E": { _ in .double(M_E) },
        ],
        staticMethods: [
            "Round": round,
            "Floor": { call in
                if case .decimal(let d) = call.arg(0) { return .decimal(rounded(d, .down)) }
                return .double(Foundation.floor(try call.double(0)))
            },
            "Ceiling": { call in
                if case .decimal(let d) = call.arg(0) { return .decimal(rounded(d, .up)) }
                return .double(Foundation.ceil(try call.double(0)))
            },
            "Truncate": { call in .double(Foundation.trunc(try call.double(0))) },
            "Abs": abs,
            "Max": { call in try pick(call, max: true) },
            "Min": { call in try pick(call, max: false) },
            "Pow": { call in .double(Foundation.pow(try call.double(0), try call.double(1))) },
            "Sqrt": { call in .double(Foundation.sqrt(try call.double(0))) },
            "Log": { call in
                let x = try call.double(0)
                return .double(call.count > 1 ? Foundation.log(x) / Foundation.log(try call.double(1)) : Foundation.log(x))
            },
            "Log10": { call in .double(Foundation.log10(try call.double(0))) },
            "Exp": { call in .double(Foundation.exp(try call.double(0))) },
            "Sign": { call in
                let x = try call.double(0)
                return .int(x.sign == .minus ? -1 : (x == 0 ? 0 : 1))
            },
            "Sin": { call in .double(Foundation.sin(try call.double(0))) },
            "Cos": { call in .double(Foundation.cos(try call.double(0))) },
            "Tan": { call in .double(Foundation.tan(try call.double(0))) },
        ])

    /// Round(x), Round(x, digits), Round(x, [digits,] MidpointRounding): to even unless
    /// AwayFromZero is among the arguments; a decimal keeps the decimals it has, up to `digits`.
    private static func round(_ call: MethodCall) throws -> Value? {
        let digits = call.count > 1 ? try call.int(1) : 0
        let away = call.args.contains { NameKey.fold(LanguagePrimitives.toString($0)) == "awayfromzero" }
        if case .decimal(let d) = call.arg(0) {
            var x = d.value, r = Decimal()
            NSDecimalRound(&r, &x, digits, away ? .plain : .bankers)
            return .decimal(DotNetDecimal(r, scale: min(d.scale, digits)))
        }
        let p = pow(10.0, Double(digits))
        let scaled = try call.double(0) * p
        // Round half to even on the decimal representation (as .NET does for typical inputs).
        var r = away ? scaled.rounded(.toNearestOrAwayFromZero) : scaled.rounded(.toNearestOrEven)
        if !away, Swift.abs(scaled - scaled.rounded(.towardZero)) != 0.5 { r = scaled.rounded() }
        return .double(r / p)
    }

    private static func rounded(_ d: DotNetDecimal, _ mode: NSDecimalNumber.RoundingMode) -> DotNetDecimal {
        var x = d.value, r = Decimal()
        NSDecimalRound(&r, &x, 0, mode)
        return DotNetDecimal(r)
    }

    /// Abs keeps the argument's numeric type; the most negative integer has no positive twin.
    private static func abs(_ call: MethodCall) throws -> Value? {
        switch try LanguagePrimitives.toNumber(call.arg(0)) {
        case .int(Int(Int32.min)), .long(Int64.min):
            throw BuiltinMethods.methodError("Abs", call.count, "Negating the minimum value of a twos complement number is invalid.", "System.OverflowException")
        case .int(let i): return .int(Swift.abs(i))
        case .long(let l): return .long(Swift.abs(l))
        case .decimal(let d): return .decimal(d.magnitude)
        case let v: return .double(Swift.abs(try LanguagePrimitives.toDouble(v)))
        }
    }

    /// Max and Min: two Int32s or two Int64s give their own type, anything else a double.
    private static func pick(_ call: MethodCall, max: Bool) throws -> Value {
        let a = try LanguagePrimitives.toNumber(call.arg(0)), b = try LanguagePrimitives.toNumber(call.arg(1))
        let c = Operators.numericCompare(a, b)
        let pick = max ? (c >= 0 ? a : b) : (c <= 0 ? a : b)
        if case .int = a, case .int = b { return pick }
        if case .long = a, case .long = b { return pick }
        return .double(try LanguagePrimitives.toDouble(pick))
    }
}
