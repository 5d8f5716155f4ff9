import BigInt
import Foundation

extension Operators {
    public enum ArithmeticOp: String { case add = "+", sub = "-", mul = "*", div = "/", mod = "%" }

    /// Binary arithmetic with PowerShell's rules: the left operand decides (string concatenation,
    /// array/hashtable concatenation, string/array repetition), numbers widen Int32 → Int64 →
    /// Double on overflow, `/` of integers gives a Double unless exact.
    public static func arithmetic(_ op: ArithmeticOp, _ a: Value, _ b: Value) throws -> Value {
        // an enumeration computes with its number; + and - give a value of the enumeration back
        // (`[Perm]::Read + 1` is Write), as pwsh's numeric binder does
        if case .native(let e as EnumValue) = a {
            let r = try arithmetic(op, e.numberValue, b)
            if op == .add || op == .sub, let n = try? LanguagePrimitives.toLong(r), case .int = r { return .native(e.type.value(n)) }
            if op == .add || op == .sub, case .long(let n) = r { return .native(e.type.value(n)) }
            return r
        }
        switch a {
        case .null, .automationNull:
            switch op {
            case .add:
                if b.isNull { return .null }
                return b.enumerated() != nil ? .array(PSArray(b.enumerated() ?? [])) : b
            case .mul: return .null
            case .sub, .div, .mod:
                return try numeric(op, .int(0), LanguagePrimitives.toNumber(b), a, b)
            }
        case .string(let s):
            switch op {
            case .add: return .string(s + LanguagePrimitives.toString(b))
            case .mul:
                let n = try LanguagePrimitives.toInt(b)
                guard n >= 0 else { throw invalidRepeat(b) }
                guard s.utf16.count.multipliedReportingOverflow(by: n).partialValue <= 100_000_000 else {
                    // new string(c, n) beyond what memory allows (StringOps.Multiply)
                    throw RuntimeError(message: "Exception of type 'System.OutOfMemoryException' was thrown.", errorId: "System.OutOfMemoryException",
                                       category: .NotSpecified, exceptionType: "System.OutOfMemoryException")
                }
                return .string(String(repeating: s, count: n))
            default:
                return try numeric(op, try LanguagePrimitives.toNumber(a), try numberOperand(b, op: op, left: a), a, b)
            }
        case .char(let c):
            if op == .add { return .string(String(c) + LanguagePrimitives.toString(b)) }
            return try numeric(op, try LanguagePrimitives.toNumber(a), try numberOperand(b, op: op, left: a), a, b)
        case .array(let arr):
            switch op {
            case .add:
                let extra = b.isNull && b == .automationNull ? [] : (b.enumerated() ?? [b])
                return .array(PSArray(arr.items + extra, elementTypeName: arr.elementTypeName))
            case .mul:
                let n = try LanguagePrimitives.toInt(b)
                guard n >= 0 else { throw invalidRepeat(b) }
                // nothing to repeat: no need to count to n (ArrayOps.Multiply)
                if n == 0 || arr.items.isEmpty { return .array(PSArray([], elementTypeName: arr.elementTypeName)) }
                let total = arr.items.count.multipliedReportingOverflow(by: n).partialValue
                // more elements than an Int32 counts: the cast fails (ArrayOps.Multiply)
                guard total <= Int(Int32.max) else { throw LanguagePrimitives.castError(.long(Int64(total)), to: "System.Int32", detail: "Value was either too large or too small for an Int32.", errorId: "InvalidCastIConvertible") }
                guard total <= 20_000_000 else { throw tooLarge() }
                var out: [Value] = []
                out.reserveCapacity(total)
                for _ in 0..<n { out += arr.items }
                return .array(PSArray(out, elementTypeName: arr.elementTypeName))
            default: throw opNotSupported(op, a)
            }
        case .native(let n) where n.enumerated() != nil:
            if op == .add {
                let extra = b.enumerated() ?? [b]
                return .array(PSArray((n.enumerated() ?? []) + extra))
            }
            throw opNotSupported(op, a)
        case .hashtable(let h):
            guard op == .add else { throw opNotSupported(op, a) }
            guard case .hashtable(let h2) = b else {
                throw RuntimeError(message: "A hash table can only be added to another hash table.", errorId: "AddHashTableToNonHashTable", category: .InvalidOperation)
            }
            let r = h.copy()
            for (k, v) in h2.entries {
                if r.containsKey(k) {
                    throw RuntimeError(message: "Item has already been added. Key in dictionary: '\(LanguagePrimitives.toString(r.storedKey(k) ?? k))'  Key being added: '\(LanguagePrimitives.toString(k))'", errorId: "System.ArgumentException", category: .NotSpecified, exceptionType: "System.ArgumentException")
                }
                r[k] = v
            }
            return .hashtable(r)
        case .dateTime(let d):
            // .NET's operators: a result outside DateTime's range is an ArgumentOutOfRangeException
            // (parameter 't'), a TimeSpan beyond its range an OverflowException
            func shifted(_ ticks: Int64, negate: Bool) throws -> Value {
                let delta = negate ? (ticks == Int64.min ? nil : -ticks) : ticks
                guard let delta, let r = d.checkedAdding(ticks: delta) else {
                    throw RuntimeError(message: "The added or subtracted value results in an un-representable DateTime. (Parameter 't')",
                                       errorId: "System.ArgumentOutOfRangeException", category: .NotSpecified,
                                       exceptionType: "System.ArgumentOutOfRangeException")
                }
                return .dateTime(r)
            }
            switch (op, b) {
            case (.add, .timeSpan(let t)): return try shifted(t.ticks, negate: false)
            case (.sub, .timeSpan(let t)): return try shifted(t.ticks, negate: true)
            case (.sub, .dateTime(let e)): return .timeSpan(d - e)
            case (.add, _): return try shifted(try LanguagePrimitives.toLong(b), negate: false)
            case (.sub, _): return try shifted(try LanguagePrimitives.toLong(b), negate: true)
            default: throw opNotSupported(op, a)
            }
        case .timeSpan(let t):
            let u: Int64
            switch (op, b) {
            case (.add, .timeSpan(let v)), (.sub, .timeSpan(let v)): u = v.ticks
            case (.add, _), (.sub, _): u = try LanguagePrimitives.toLong(b)
            default: throw opNotSupported(op, a)
            }
            let (r, o) = op == .add ? t.ticks.addingReportingOverflow(u) : t.ticks.subtractingReportingOverflow(u)
            if o {
                throw RuntimeError(message: DotNetTimeSpan.overflowMessage, errorId: "System.OverflowException", category: .NotSpecified,
                                   exceptionType: "System.OverflowException")
            }
            return .timeSpan(DotNetTimeSpan(ticks: r))
        case .int, .long, .double, .decimal, .sized, .bool:
            return try numeric(op, try LanguagePrimitives.toNumber(a), try numberOperand(b, op: op, left: a), a, b)
        case .native(let n) where n is SwitchParameter:
            return try numeric(op, try LanguagePrimitives.toNumber(a), try numberOperand(b, op: op, left: a), a, b)
        case .object(let o):
            if let base = o.baseObject { return try arithmetic(op, base, b) }
            throw opNotSupported(op, a)
        default:
            throw opNotSupported(op, a)
        }
    }

    static func numberOperand(_ b: Value, op: ArithmeticOp, left: Value) throws -> Value {
        do { return try LanguagePrimitives.toNumber(b) } catch {
            if case .string = b {
                throw RuntimeError(message: "Cannot convert value \"\(LanguagePrimitives.toString(b))\" to type \"System.Int32\". Error: \"Input string was not in a correct format.\"", errorId: "InvalidCastFromStringToInteger", category: .InvalidArgument, exceptionType: "System.Management.Automation.RuntimeException")
            }
            throw opNotSupportedRight(op, left, b)
        }
    }

    static func tooLarge() -> RuntimeError {
        RuntimeError(message: "Array dimensions exceeded supported range.", errorId: "System.OutOfMemoryException", category: .NotSpecified, exceptionType: "System.OutOfMemoryException")
    }

    static func invalidRepeat(_ b: Value) -> RuntimeError {
        RuntimeError(message: "The value \(LanguagePrimitives.toString(b)) is not valid for the repeat count.", errorId: "InvalidRepeatCount", category: .InvalidOperation)
    }

    static func opNotSupported(_ op: ArithmeticOp, _ a: Value) -> RuntimeError {
        let method: String
        switch op {
        case .add: method = "op_Addition"
        case .sub: method = "op_Subtraction"
        case .mul: method = "op_Multiply"
        case .div: method = "op_Division"
        case .mod: method = "op_Modulus"
        }
        return RuntimeError(message: "Method invocation failed because [\(a.typeName)] does not contain a method named '\(method)'.", errorId: "MethodNotFound", category: .InvalidOperation)
    }

    static func opNotSupportedRight(_ op: ArithmeticOp, _ a: Value, _ b: Value) -> RuntimeError {
        RuntimeError(message: "Cannot convert the \"\(LanguagePrimitives.toString(b))\" value of type \"\(b.typeName)\" to type \"\(a.typeName)\".", errorId: "ConvertToFinalInvalidCastException", category: .InvalidArgument, exceptionType: "System.Management.Automation.PSInvalidCastException")
    }

    static func divideByZero() -> RuntimeError {
        let e = RuntimeError(message: "Attempted to divide by zero.", errorId: "RuntimeException", category: .NotSpecified, exceptionType: "System.Management.Automation.RuntimeException")
        e.record.exception.innerException = PSException("System.DivideByZeroException", "Attempted to divide by zero.")
        return e
    }

    /// .NET's TypeCode of a number (Int32 9, UInt32 10, Int64 11, UInt64 12, Single 13, Double 14,
    /// Decimal 15; the small integers below 9; BigInteger, which has none, 17): PowerShell computes
    /// in the type of the operand with the larger code (Binders.cs, BinaryNumericOp).
    static func typeCode(_ v: Value) -> Int {
        switch v {
        case .int: return 9
        case .long: return 11
        case .decimal: return 15
        case .sized(let n): return n.kind.rawValue
        default: return 14
        }
    }

    /// Numeric arithmetic on already-numeric values.
    static func numeric(_ op: ArithmeticOp, _ x: Value, _ y: Value, _ origA: Value, _ origB: Value) throws -> Value {
        let cx = typeCode(x), cy = typeCode(y)
        let top = max(cx, cy)
        switch top {
        case ...11:
            // Int32 (and the smaller integers, which compute as Int32) or Int64; UInt32 computes as
            // UInt32 unless a signed operand is negative, then as Int64
            let a = (try? LanguagePrimitives.toLong(x)) ?? 0, b = (try? LanguagePrimitives.toLong(y)) ?? 0
            if top == 10 && a >= 0 && b >= 0 {
                return try unsigned(op, UInt64(a), UInt64(b), max: UInt64(UInt32.max)) { .sized(.uint32(UInt32($0))) }
            }
            return try integral(op, a, b, isInt: top <= 9)
        case 12:
            // UInt64 with a negative signed operand computes as Decimal (Double when that overflows)
            let a = unsignedValue(x), b = unsignedValue(y)
            if let a, let b { return try unsigned(op, a, b, max: UInt64.max) { .sized(.uint64($0)) } }
            do { return try decimal(op, x, y) } catch let e as RuntimeError where e.record.exception.message == DotNetDecimal.overflowMessage {
                return try floating(op, x, y)
            }
        case 13, 14:
            return try floating(op, x, y)
        case 15:
            // a decimal with a double computes as doubles
            if (13...14).contains(cx) || (13...14).contains(cy) { return try floating(op, x, y) }
            return try decimal(op, x, y)
        default:
            // BigInteger: with another integer exactly, with a Single, Double or Decimal as doubles
            guard let a = integerValue(x), let b = integerValue(y), !(13...15).contains(min(cx, cy)) else { return try floating(op, x, y) }
            switch op {
            case .add: return .sized(.bigInteger(a + b))
            case .sub: return .sized(.bigInteger(a - b))
            case .mul: return .sized(.bigInteger(a * b))
            case .div:
                if b.isZero { throw divideByZero() }
                return .sized(.bigInteger(a / b))
            case .mod:
                if b.isZero { throw divideByZero() }
                return .sized(.bigInteger(a % b))
            }
        }
    }

    /// An integer operand's exact value (nil for Double, Single and Decimal).
    static func integerValue(_ v: Value) -> BigInt? {
        switch v {
        case .int(let i): return BigInt(i)
        case .long(let l): return BigInt(l)
        case .sized(let n): return n.integerValue
        default: return nil
        }
    }

    /// A non-negative integer operand as UInt64 (nil when negative or not an integer).
    static func unsignedValue(_ v: Value) -> UInt64? {
        switch v {
        case .int(let i): return i >= 0 ? UInt64(i) : nil
        case .long(let l): return l >= 0 ? UInt64(l) : nil
        case .sized(.uint64(let u)): return u
        case .sized(let n): return n.int64Value.flatMap { $0 >= 0 ? UInt64($0) : nil }
        default: return nil
        }
    }

    /// Int32 (`isInt`) or Int64 arithmetic; a result beyond the type is a Double (IntOps, LongOps).
    static func integral(_ op: ArithmeticOp, _ a: Int64, _ b: Int64, isInt: Bool) throws -> Value {
        let wrap: (Int64) -> Value = { isInt ? Value.fits32($0) : .long($0) }
        switch op {
        case .add:
            let (v, o) = a.addingReportingOverflow(b)
            if o || (isInt && !Value.inInt32(v)) { return .double(Double(a) + Double(b)) }
            return wrap(v)
        case .sub:
            let (v, o) = a.subtractingReportingOverflow(b)
            if o || (isInt && !Value.inInt32(v)) { return .double(Double(a) - Double(b)) }
            return wrap(v)
        case .mul:
            let (v, o) = a.multipliedReportingOverflow(by: b)
            if o || (isInt && !Value.inInt32(v)) { return .double(Double(a) * Double(b)) }
            return wrap(v)
        case .div:
            if b == 0 { throw divideByZero() }
            // Int64.MinValue / -1 has no Int64 result: a double (LongOps.Divide)
            if a == Int64.min && b == -1 { return .double(Double(a) / Double(b)) }
            if a % b == 0 { return wrap(a / b) }
            return .double(Double(a) / Double(b))
        case .mod:
            if b == 0 { throw divideByZero() }
            if b == -1 { return wrap(0) }
            return wrap(a % b)
        }
    }

    /// UInt32 or UInt64 arithmetic (UIntOps, ULongOps): a result below zero or above `max` is a Double.
    static func unsigned(_ op: ArithmeticOp, _ a: UInt64, _ b: UInt64, max: UInt64, _ make: (UInt64) -> Value) throws -> Value {
        switch op {
        case .add:
            let (v, o) = a.addingReportingOverflow(b)
            return o || v > max ? .double(Double(a) + Double(b)) : make(v)
        case .sub:
            return a >= b ? make(a - b) : .double(Double(a) - Double(b))
        case .mul:
            let (v, o) = a.multipliedReportingOverflow(by: b)
            return o || v > max ? .double(Double(a) * Double(b)) : make(v)
        case .div:
            if b == 0 { throw divideByZero() }
            if a % b == 0 { return make(a / b) }
            return .double(Double(a) / Double(b))
        case .mod:
            if b == 0 { throw divideByZero() }
            return make(a % b)
        }
    }

    static func decimal(_ op: ArithmeticOp, _ x: Value, _ y: Value) throws -> Value {
        let a = try LanguagePrimitives.toDecimal(x), b = try LanguagePrimitives.toDecimal(y)
        // checked decimal arithmetic (DecimalOps): a result beyond the range is a RuntimeException
        func checked(_ d: DotNetDecimal) throws -> Value {
            guard d.inRange else {
                throw RuntimeError(message: DotNetDecimal.overflowMessage, errorId: "RuntimeException", category: .NotSpecified, exceptionType: "System.Management.Automation.RuntimeException")
            }
            return .decimal(d)
        }
        switch op {
        case .add: return try checked(a + b)
        case .sub: return try checked(a - b)
        case .mul: return try checked(a * b)
        case .div:
            if b.isZero { throw divideByZero() }
            return try checked(a / b)
        case .mod:
            if b.isZero { throw divideByZero() }
            return try checked(a % b)
        }
    }

    static func floating(_ op: ArithmeticOp, _ x: Value, _ y: Value) throws -> Value {
        let a = try LanguagePrimitives.toDouble(x), b = try LanguagePrimitives.toDouble(y)
        switch op {
        case .add: return .double(a + b)
        case .sub: return .double(a - b)
        case .mul: return .double(a * b)
        case .div:
            if b == 0 { throw divideByZero() }
            return .double(a / b)
        case .mod:
            if b == 0 { throw divideByZero() }
            return .double(fmod(a, b))
        }
    }

    /// Unary minus.
    public static func negate(_ v: Value) throws -> Value {
        let n = try LanguagePrimitives.toNumber(v)
        return try numeric(.sub, .int(0), n, .int(0), v)
    }

    public enum BitwiseOp { case and, or, xor, shl, shr }

    public static func bitwise(_ op: BitwiseOp, _ a: Value, _ b: Value) throws -> Value {
        let x = try LanguagePrimitives.toLong(a)
        var y: Int64
        if case .native(let e as EnumValue) = a, !(op == .shl || op == .shr), case .string = b { y = try e.type.convert(b).number } else { y = try LanguagePrimitives.toLong(b) }
        let bothInt: Bool = {
            if case .long = a { return false }
            if case .long = b { return false }
            return true
        }()
        let r: Int64
        switch op {
        case .and: r = x & y
        case .or: r = x | y
        case .xor: r = x ^ y
        case .shl: r = bothInt ? Int64(Int32(truncatingIfNeeded: x) << Int32(y & 31)) : x << (y & 63)
        case .shr: r = bothInt ? Int64(Int32(truncatingIfNeeded: x) >> Int32(y & 31)) : x >> (y & 63)
        }
        // an enumeration on the left keeps its type: `[Perm]::Read -bor [Perm]::Write` is a Perm
        if case .native(let e as EnumValue) = a, op != .shl, op != .shr { return .native(e.type.value(r)) }
        return bothInt ? Value.fits32(r) : .long(r)
    }

    public static func bitwiseNot(_ v: Value) throws -> Value {
        if case .long(let l) = v { return .long(~l) }
        let x = try LanguagePrimitives.toLong(v)
        if Value.inInt32(x) { return .int(Int(~Int32(x))) }
        return .long(~x)
    }

    /// `a..b`: integer ranges (also descending) and, as in PowerShell 7, character ranges.
    public static func range(_ a: Value, _ b: Value, limit: Int = 20_000_000) throws -> [Value] {
        if case .string(let s) = a, s.count == 1, case .string(let t) = b, t.count == 1,
           let x = s.unicodeScalars.first?.value, let y = t.unicodeScalars.first?.value, Int(s) == nil {
            let step: Int64 = x <= y ? 1 : -1
            var out: [Value] = []
            var i = Int64(x)
            while true {
                if let u = Unicode.Scalar(UInt32(i)) { out.append(.char(Character(u))) }
                if i == Int64(y) { break }
                i += step
            }
            return out
        }
        if case .char(let c) = a, case .char(let d) = b, let x = c.unicodeScalars.first?.value, let y = d.unicodeScalars.first?.value {
            return try range(.string(String(Character(Unicode.Scalar(x)!))), .string(String(Character(Unicode.Scalar(y)!))), limit: limit)
        }
        let x = try LanguagePrimitives.toInt(a), y = try LanguagePrimitives.toInt(b)
        let count = abs(y - x) + 1
        guard count <= limit else {
            throw RuntimeError(message: "The range is too large.", errorId: "RangeTooLarge", category: .InvalidOperation)
        }
        return x <= y ? (x...y).map { .int($0) } : stride(from: x, through: y, by: -1).map { .int($0) }
    }
}

extension Value {
    /// An Int32 or Int64 value as an Int (nil for anything else, even numeric text).
    var plainInteger: Int? {
        switch self {
        case .int(let n): return n
        case .long(let n): return Int(n)
        default: return nil
        }
    }

    /// An integer number's value when it fits Int64 (Int32, Int64 and the sized integers).
    var exactInt64: Int64? {
        switch self {
        case .int(let n): return Int64(n)
        case .long(let n): return n
        case .sized(let s): return s.int64Value
        default: return nil
        }
    }

    static func inInt32(_ v: Int64) -> Bool { v >= Int64(Int32.min) && v <= Int64(Int32.max) }
    static func fits32(_ v: Int64) -> Value { inInt32(v) ? .int(Int(v)) : .long(v) }
}
