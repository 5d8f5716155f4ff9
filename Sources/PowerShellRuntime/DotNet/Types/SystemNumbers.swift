import Foundation

/// The numeric types a script's numbers are: System.Int32, Int64, Double and Decimal, with their
/// limits (`[int]::MaxValue`), `Parse` / `TryParse`, and the methods of a number value.
enum SystemNumbers {
    static let int32 = TypeMembers(
        staticProperties: [
            "MaxValue": { _ in .int(Int(Int32.max)) },
            "MinValue": { _ in .int(Int(Int32.min)) },
        ],
        staticMethods: parsing(zero: { .int(0) }),
        instanceMethods: methods)

    static let int64 = TypeMembers(
        staticProperties: [
            "MaxValue": { _ in .long(Int64.max) },
            "MinValue": { _ in .long(Int64.min) },
        ],
        staticMethods: parsing(zero: { .long(0) }),
        instanceMethods: methods)

    static let double = TypeMembers(
        staticProperties: [
            "MaxValue": { _ in .double(Double.greatestFiniteMagnitude) },
            "MinValue": { _ in .double(-Double.greatestFiniteMagnitude) },
            "NaN": { _ in .double(Double.nan) },
            "PositiveInfinity": { _ in .double(Double.infinity) },
            "NegativeInfinity": { _ in .double(-Double.infinity) },
            "Epsilon": { _ in .double(Double.leastNonzeroMagnitude) },
        ],
        staticMethods: parsing(zero: { .double(0) }),
        instanceMethods: methods)

    static let decimal = TypeMembers(
        staticProperties: [
            "MaxValue": { _ in .decimal(DotNetDecimal(Decimal(string: "79228162514264337593543950335") ?? 0)) },
            "MinValue": { _ in .decimal(DotNetDecimal(Decimal(string: "-79228162514264337593543950335") ?? 0)) },
        ],
        staticMethods: parsing(zero: { .decimal(DotNetDecimal(0)) }),
        instanceMethods: methods)

    /// The limits of the other integer types and of Single (values held as the script's numbers:
    /// the small types as Int32, UInt32 as Int64, UInt64 as Decimal, Single as Double).
    static func limits(_ min: @escaping @Sendable () -> Value, _ max: @escaping @Sendable () -> Value) -> TypeMembers {
        TypeMembers(staticProperties: ["MaxValue": { _ in max() }, "MinValue": { _ in min() }])
    }
    static let byte = limits({ .int(0) }, { .int(255) })
    static let sbyte = limits({ .int(-128) }, { .int(127) })
    static let int16 = limits({ .int(-32768) }, { .int(32767) })
    static let uint16 = limits({ .int(0) }, { .int(65535) })
    static let uint32 = limits({ .long(0) }, { .long(4_294_967_295) })
    static let uint64 = limits({ .decimal(DotNetDecimal(0)) }, { .decimal(DotNetDecimal(Decimal(string: "18446744073709551615") ?? 0)) })
    static let single = TypeMembers(staticProperties: [
        "MaxValue": { _ in .double(Double(Float.greatestFiniteMagnitude)) },
        "MinValue": { _ in .double(-Double(Float.greatestFiniteMagnitude)) },
        "NaN": { _ in .double(Double.nan) },
        "PositiveInfinity": { _ in .double(Double.infinity) },
        "NegativeInfinity": { _ in .double(-Double.infinity) },
        "Epsilon": { _ in .double(Double(Float.leastNonzeroMagnitude)) },
    ])

    /// Parse(text) and TryParse(text, [ref]result); `zero` is what TryParse stores when the text is not a number.
    private static func parsing(zero: @escaping @Sendable () -> Value) -> KeyValuePairs<String, TypeMembers.Method> {
        [
            // .NET's Parse is stricter than a cast and fails with its own message
            "Parse": { call in
                guard let type = call.type else { return nil }
                do {
                    return try LanguagePrimitives.convert(.string(call.string(0)), to: type, types: call.session.types)
                } catch {
                    throw BuiltinMethods.methodError("Parse", call.count, "The input string '\(call.string(0))' was not in a correct format.", "System.FormatException")
                }
            },
            // [int]::TryParse($text, [ref]$n): the result, and the number through the reference
            "TryParse": { call in
                guard let type = call.type else { return nil }
                let parsed = try? LanguagePrimitives.convert(.string(call.string(0)), to: type, types: call.session.types)
                if let ref = call.args.last, case .native(let r as PSReference) = ref { r.value = parsed ?? zero() }
                return .bool(parsed != nil)
            },
        ]
    }

    private static let methods: KeyValuePairs<String, TypeMembers.Method> = [
        "ToString": { call in
            guard isNumber(call.target), let f = call.args.first else { return nil }
            return .string(try format(call.target, LanguagePrimitives.toString(f)))
        },
        "CompareTo": { call in
            guard isNumber(call.target) else { return nil }
            return .int(try Operators.compare(call.target, call.arg(0), caseSensitive: false))
        },
    ]

    private static func isNumber(_ v: Value) -> Bool {
        switch v {
        case .int, .long, .double, .decimal: return true
        default: return false
        }
    }

    /// `(42).ToString('N2')`: a .NET numeric format string; a bad one is .NET's FormatException.
    static func format(_ v: Value, _ f: String) throws -> String {
        do { return try DotNetFormat.number(Operators.formatArgument(v), format: f) } catch let e as FormatError {
            throw RuntimeError(message: "Exception calling \"ToString\" with \"1\" argument(s): \"\(e.message)\"", errorId: "FormatException", category: .NotSpecified, exceptionType: "System.Management.Automation.MethodInvocationException")
        }
    }
}
