import Foundation

/// The numeric types: System.Int32, Int64, Double, Decimal and the sized kinds (Byte ... UInt64,
/// Single, BigInteger), with their limits (`[int]::MaxValue`), `Parse` / `TryParse`, and the
/// methods of a number value.
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

    /// The sized kinds (SizedNumber): limits, Parse / TryParse, and the methods of a value.
    static func sized(_ kind: SizedNumber.Kind) -> TypeMembers {
        TypeMembers(
            staticProperties: [
                "MaxValue": { _ in .sized(SizedNumber.maxValue(kind)) },
                "MinValue": { _ in .sized(SizedNumber.minValue(kind)) },
            ],
            staticMethods: parsing(zero: { .sized(SizedNumber.make(kind, 0)!) }),
            instanceMethods: methods)
    }
    static let byte = sized(.byte)
    static let sbyte = sized(.sbyte)
    static let int16 = sized(.int16)
    static let uint16 = sized(.uint16)
    static let uint32 = sized(.uint32)
    static let uint64 = sized(.uint64)
    static let single = TypeMembers(
        staticProperties: [
            "MaxValue": { _ in .sized(.single(Float.greatestFiniteMagnitude)) },
            "MinValue": { _ in .sized(.single(-Float.greatestFiniteMagnitude)) },
            "NaN": { _ in .sized(.single(Float.nan)) },
            "PositiveInfinity": { _ in .sized(.single(Float.infinity)) },
            "NegativeInfinity": { _ in .sized(.single(-Float.infinity)) },
            "Epsilon": { _ in .sized(.single(Float.leastNonzeroMagnitude)) },
        ],
        staticMethods: parsing(zero: { .sized(.single(0)) }),
        instanceMethods: methods)
    static let bigInteger = TypeMembers(
        staticProperties: [
            "Zero": { _ in .sized(.bigInteger(0)) },
            "One": { _ in .sized(.bigInteger(1)) },
            "MinusOne": { _ in .sized(.bigInteger(-1)) },
        ],
        staticMethods: parsing(zero: { .sized(.bigInteger(0)) }),
        instanceMethods: methods)
    /// The instance methods every sized value has (ToString(format), CompareTo).
    static let sizedInstance = TypeMembers(instanceMethods: methods)

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

    /// IConvertible's `ToSingle(provider)`, `ToByte(provider)`, ...: the number as that type,
    /// converted as a cast converts it.
    private static func convertible(_ typeName: String) -> TypeMembers.Method {
        { call in
            guard isNumber(call.target) else { return nil }
            return try LanguagePrimitives.convert(call.target, to: PSTypeInfo(fullName: typeName), types: call.session.types)
        }
    }

    private static let methods: KeyValuePairs<String, TypeMembers.Method> = [
        "ToSByte": convertible("System.SByte"),
        "ToByte": convertible("System.Byte"),
        "ToInt16": convertible("System.Int16"),
        "ToUInt16": convertible("System.UInt16"),
        "ToInt32": convertible("System.Int32"),
        "ToUInt32": convertible("System.UInt32"),
        "ToInt64": convertible("System.Int64"),
        "ToUInt64": convertible("System.UInt64"),
        "ToSingle": convertible("System.Single"),
        "ToDouble": convertible("System.Double"),
        "ToDecimal": convertible("System.Decimal"),
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
        case .int, .long, .double, .decimal, .sized: return true
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
