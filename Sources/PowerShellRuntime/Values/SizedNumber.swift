import BigInt
import Foundation

/// The .NET numbers other than Int32, Int64, Double and Decimal: the small integers (`[byte]`,
/// `10uy`, `10y`, `10s`, `10us`), the unsigned ones (`10u`, `10ul`), System.Single and
/// System.Numerics.BigInteger (`10n`). `Value` holds them all in one case, so it is no larger than
/// before and Int32 arithmetic (the hot path) never looks at them.
public enum SizedNumber {
    case sbyte(Int8)
    case byte(UInt8)
    case int16(Int16)
    case uint16(UInt16)
    case uint32(UInt32)
    case uint64(UInt64)
    case single(Float)
    // boxed: a BigInt is several words, and would make every Value larger
    indirect case bigInteger(BigInt)

    /// The kinds, numbered as .NET's TypeCode orders them (Int32 is 9, Int64 11, Double 14,
    /// Decimal 15): PowerShell's arithmetic computes in the wider operand's type by this order.
    /// BigInteger has no TypeCode; it sorts above them all.
    public enum Kind: Int, CaseIterable, Sendable {
        case sbyte = 5, byte = 6, int16 = 7, uint16 = 8, uint32 = 10, uint64 = 12, single = 13, bigInteger = 17

        public var typeName: String {
            switch self {
            case .sbyte: return "System.SByte"
            case .byte: return "System.Byte"
            case .int16: return "System.Int16"
            case .uint16: return "System.UInt16"
            case .uint32: return "System.UInt32"
            case .uint64: return "System.UInt64"
            case .single: return "System.Single"
            case .bigInteger: return "System.Numerics.BigInteger"
            }
        }

        /// The kind a type's full name (folded) names, if it is one of these.
        public static func named(folded name: String) -> Kind? {
            switch name {
            case "system.sbyte": return .sbyte
            case "system.byte": return .byte
            case "system.int16": return .int16
            case "system.uint16": return .uint16
            case "system.uint32": return .uint32
            case "system.uint64": return .uint64
            case "system.single": return .single
            case "system.numerics.biginteger": return .bigInteger
            default: return nil
            }
        }

        /// Integer limits (nil for Single and BigInteger).
        var integerRange: (min: BigInt, max: BigInt)? {
            switch self {
            case .sbyte: return (BigInt(Int8.min), BigInt(Int8.max))
            case .byte: return (0, BigInt(UInt8.max))
            case .int16: return (BigInt(Int16.min), BigInt(Int16.max))
            case .uint16: return (0, BigInt(UInt16.max))
            case .uint32: return (0, BigInt(UInt32.max))
            case .uint64: return (0, BigInt(UInt64.max))
            case .single, .bigInteger: return nil
            }
        }

        /// .NET's OverflowException text for a conversion to this type.
        var overflowDetail: String {
            switch self {
            case .sbyte: return "Value was either too large or too small for a signed byte."
            case .byte: return "Value was either too large or too small for an unsigned byte."
            case .int16: return "Value was either too large or too small for an Int16."
            case .uint16: return "Value was either too large or too small for a UInt16."
            case .uint32: return "Value was either too large or too small for a UInt32."
            case .uint64: return "Value was either too large or too small for a UInt64."
            case .single: return "Value was either too large or too small for a Single."
            case .bigInteger: return "Value was either too large or too small for a BigInteger."
            }
        }
    }

    public var kind: Kind {
        switch self {
        case .sbyte: return .sbyte
        case .byte: return .byte
        case .int16: return .int16
        case .uint16: return .uint16
        case .uint32: return .uint32
        case .uint64: return .uint64
        case .single: return .single
        case .bigInteger: return .bigInteger
        }
    }

    public var typeName: String { kind.typeName }

    /// The value of an integer kind within Int64 (nil for Single and for larger values).
    public var int64Value: Int64? {
        switch self {
        case .sbyte(let x): return Int64(x)
        case .byte(let x): return Int64(x)
        case .int16(let x): return Int64(x)
        case .uint16(let x): return Int64(x)
        case .uint32(let x): return Int64(x)
        case .uint64(let x): return Int64(exactly: x)
        case .single: return nil
        case .bigInteger(let b): return Int64(exactly: b)
        }
    }

    /// The exact value of an integer kind (nil for Single).
    public var integerValue: BigInt? {
        switch self {
        case .uint64(let x): return BigInt(x)
        case .bigInteger(let b): return b
        case .single: return nil
        default: return int64Value.map { BigInt($0) }
        }
    }

    public var doubleValue: Double {
        switch self {
        case .single(let f): return Double(f)
        case .uint64(let x): return Double(x)
        case .bigInteger(let b): return Double(b)
        default: return Double(int64Value ?? 0)
        }
    }

    public var isZero: Bool {
        switch self {
        case .single(let f): return f == 0
        case .bigInteger(let b): return b.isZero
        case .uint64(let x): return x == 0
        default: return int64Value == 0
        }
    }

    /// The value as a Decimal (integers exactly; a Single by its shortest digits).
    var decimalValue: Decimal {
        switch self {
        case .single(let f): return Decimal(string: DotNetFormat.toString(f), locale: Locale(identifier: "en_US_POSIX")) ?? Decimal(Double(f))
        default: return Decimal(string: integerValue?.description ?? "0") ?? 0
        }
    }

    /// What .NET's ToString() gives: digits, and Single's shortest round-trip form.
    public var description: String {
        switch self {
        case .single(let f): return DotNetFormat.toString(f)
        case .bigInteger(let b): return b.description
        case .uint64(let x): return String(x)
        default: return String(int64Value ?? 0)
        }
    }

    /// PowerShell's string conversion (`"$x"`, `[string]$x`): a Single with 7 significant digits
    /// ("G7", as a double gets 15); every other kind as ToString().
    var scriptString: String {
        if case .single(let f) = self {
            if f.isNaN || f.isInfinite { return DotNetFormat.toString(f) }
            return (try? DotNetFormat.formatDouble(Double(f), "G7")) ?? DotNetFormat.toString(f)
        }
        return description
    }

    /// A value of `kind` holding `n`, nil when it is out of the kind's range.
    static func make(_ kind: Kind, _ n: BigInt) -> SizedNumber? {
        if let (lo, hi) = kind.integerRange, n < lo || n > hi { return nil }
        switch kind {
        case .sbyte: return .sbyte(Int8(n))
        case .byte: return .byte(UInt8(n))
        case .int16: return .int16(Int16(n))
        case .uint16: return .uint16(UInt16(n))
        case .uint32: return .uint32(UInt32(n))
        case .uint64: return .uint64(UInt64(n))
        case .single: return .single(Float(Double(n)))
        case .bigInteger: return .bigInteger(n)
        }
    }

    static func minValue(_ kind: Kind) -> SizedNumber {
        switch kind {
        case .single: return .single(-Float.greatestFiniteMagnitude)
        case .bigInteger: return .bigInteger(0)
        default: return make(kind, kind.integerRange!.min)!
        }
    }

    static func maxValue(_ kind: Kind) -> SizedNumber {
        switch kind {
        case .single: return .single(Float.greatestFiniteMagnitude)
        case .bigInteger: return .bigInteger(0)
        default: return make(kind, kind.integerRange!.max)!
        }
    }
}

extension SizedNumber: Equatable {
    /// Same kind and value (what .NET's Equals is for two boxed numbers).
    public static func == (a: SizedNumber, b: SizedNumber) -> Bool {
        switch (a, b) {
        case (.single(let x), .single(let y)): return x == y
        case (.bigInteger(let x), .bigInteger(let y)): return x == y
        case (.uint64(let x), .uint64(let y)): return x == y
        default: return a.kind == b.kind && a.int64Value == b.int64Value
        }
    }
}
