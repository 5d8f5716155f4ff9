import BigInt
import Foundation

extension LanguagePrimitives {
    /// `[T]$v`: converts a value to a type literal with PowerShell's rules, throwing PowerShell's
    /// PSInvalidCastException messages on failure.
    public static func convert(_ v: Value, to type: PSTypeInfo, types: TypeRegistry) throws -> Value {
        let f = type.foldedName
        // `[string]$x`, the commonest cast, before the comparisons below
        if case .string = v, f == "system.string" { return v }
        if type.isArray, let el = type.elementType {
            if v.isNull { return .null }
            let items = v.enumerated() ?? [v]
            let converted = try items.map { try convert($0, to: el, types: types) }
            let elName = NameKey.fold(el.fullName) == "system.object" ? nil : el.fullName
            return .array(PSArray(converted, elementTypeName: elName))
        }
        switch f {
        case "system.object":
            if case .automationNull = v { return .null }
            return v
        case "system.management.automation.psreference":
            // a reference passed on stays the same reference; anything else gets a box of its own
            if case .native(let r as PSReference) = v { return .native(r) }
            return .native(PSReference(value: v == .automationNull ? .null : v))
        case "system.management.automation.psobject", "system.management.automation.pscustomobject":
            if case .hashtable(let h) = v {
                let o = PSObject()
                for (k, val) in h.entries { o.setNote(toString(k), val) }
                return .object(o)
            }
            return v
        case "system.string":
            if v.isNull { return .string("") }
            return .string(toString(v))
        case "system.int32":
            if case .int = v { return v }
            return .int(try toInt(v))
        case "system.int64":
            return .long(try toLong(v))
        case "system.sbyte", "system.byte", "system.int16", "system.uint16", "system.uint32", "system.uint64", "system.numerics.biginteger":
            return .sized(try toSizedInteger(v, SizedNumber.Kind.named(folded: f) ?? .bigInteger))
        case "system.double":
            if case .string = v, parseNumber(toString(v)) == nil, !toString(v).trimmingCharacters(in: .whitespaces).isEmpty {
                throw castError(v, to: type.fullName, detail: "Input string was not in a correct format.", errorId: "InvalidCastFromStringToDoubleOrSingle")
            }
            return .double(try toDouble(v))
        case "system.single":
            if case .string = v, parseNumber(toString(v)) == nil, !toString(v).trimmingCharacters(in: .whitespaces).isEmpty {
                throw castError(v, to: type.fullName, detail: "Input string was not in a correct format.", errorId: "InvalidCastFromStringToDoubleOrSingle")
            }
            return .sized(.single(Float(try toDouble(v))))
        case "system.decimal":
            if case .string = v, parseNumber(toString(v)) == nil, !toString(v).trimmingCharacters(in: .whitespaces).isEmpty {
                throw castError(v, to: type.fullName, detail: "Input string was not in a correct format.", errorId: "InvalidCastFromStringToDecimal")
            }
            return .decimal(try toDecimal(v))
        case "system.boolean":
            return .bool(isTrue(v))
        case "system.management.automation.switchparameter":
            return .native(SwitchParameter(isTrue(v)))
        case "system.char":
            switch v {
            case .char: return v
            case .string(let s) where s.count == 1: return .char(s.first ?? " ")
            case .long(let l) where !(0...0xFFFF).contains(l):
                throw castError(v, to: "System.Char", detail: "Value was either too large or too small for a character.", errorId: "InvalidCastIConvertible")
            case .long(let l):
                return try convert(.int(Int(l)), to: type, types: types)
            case .sized(let n) where n.integerValue != nil:
                guard let l = n.int64Value else {
                    throw castError(v, to: "System.Char", detail: "Value was either too large or too small for a character.", errorId: "InvalidCastIConvertible")
                }
                return try convert(.long(l), to: type, types: types)
            case .int(let i):
                guard (0...0xFFFF).contains(i) else {
                    throw castError(v, to: "System.Char", detail: "Value was either too large or too small for a character.", errorId: "InvalidCastIConvertible")
                }
                if let u = Unicode.Scalar(UInt32(i)) { return .char(Character(u)) }
            default: break
            }
            throw castError(v, to: "System.Char", detail: v.isNull ? nil : "String must be exactly one character long.", errorId: "InvalidCastParseTargetInvocation")
        case "system.guid":
            switch v {
            case .guid: return v
            case .string(let s):
                if let g = parseGuid(s) { return .guid(g) }
                throw castError(v, to: "System.Guid", detail: "Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).", errorId: "InvalidCastParseTargetInvocation")
            case .object(let o):
                if let b = o.baseObject { return try convert(b, to: type, types: types) }
            default: break
            }
            throw castError(v, to: "System.Guid", detail: nil, errorId: "ConvertToFinalInvalidCastException")
        case "system.datetime":
            switch v {
            case .dateTime: return v
            case .string(let s):
                if let d = DotNetDateTime.parse(s.trimmingCharacters(in: .whitespaces)) { return .dateTime(d) }
                throw castError(v, to: "System.DateTime", detail: "String '\(s)' was not recognized as a valid DateTime.", errorId: "InvalidCastParseTargetInvocation")
            case .long(let l): return .dateTime(DotNetDateTime(ticks: l, kind: .unspecified))
            case .int(let i): return .dateTime(DotNetDateTime(ticks: Int64(i), kind: .unspecified))
            default: throw castError(v, to: "System.DateTime", detail: nil, errorId: "ConvertToFinalInvalidCastException")
            }
        case "system.timespan":
            switch v {
            case .timeSpan: return v
            case .string(let s):
                if let t = DotNetTimeSpan.parse(s.trimmingCharacters(in: .whitespaces)) { return .timeSpan(t) }
                throw castError(v, to: "System.TimeSpan", detail: "String '\(s)' was not recognized as a valid TimeSpan.", errorId: "InvalidCastParseTargetInvocation")
            case .int, .long: return .timeSpan(DotNetTimeSpan(ticks: try toLong(v)))
            default: throw castError(v, to: "System.TimeSpan", detail: nil, errorId: "ConvertToFinalInvalidCastException")
            }
        case "system.array":
            if v.isNull { return .null }
            if case .array = v { return v }
            return .array(PSArray(v.enumerated() ?? [v]))
        case "system.collections.hashtable":
            switch v {
            case .hashtable(let h):
                if !h.isOrdered { return v }
                let c = h.copy(); c.isOrdered = false; return .hashtable(c)
            case .null, .automationNull: return .null
            default: throw castError(v, to: "System.Collections.Hashtable", detail: nil, errorId: "ConvertToFinalInvalidCastException")
            }
        case "system.collections.specialized.ordereddictionary":
            if case .hashtable(let h) = v {
                if h.isOrdered { return v }
                let c = h.copy(); c.isOrdered = true; return .hashtable(c)
            }
            throw castError(v, to: type.fullName, detail: nil, errorId: "ConvertToFinalInvalidCastException")
        case "system.collections.idictionary":
            if case .hashtable = v { return v }
            throw castError(v, to: type.fullName, detail: nil, errorId: "ConvertToFinalInvalidCastException")
        case "system.void":
            return .automationNull
        case "system.version":
            if case .native(let n) = v, n is VersionObject { return v }
            if let ver = VersionObject.parse(toString(v)) { return .native(ver) }
            throw castError(v, to: "System.Version", detail: "Version string portion was too short or too long.", errorId: "InvalidCastParseTargetInvocation")
        case "system.management.automation.actionpreference":
            if let a = ActionPreference(value: v) { return .string(a.rawValue) }
            throw castError(v, to: type.fullName, detail: "Unable to match the identifier name \(toString(v)) to a valid enumerator name. Specify one of the following enumerator names and try again:\n" + ActionPreference.allCases.map(\.rawValue).joined(separator: ", "), errorId: "InvalidCastFromStringToEnum")
        case "system.management.automation.scriptblock":
            if case .scriptBlock = v { return v }
            throw castError(v, to: type.fullName, detail: nil, errorId: "ConvertToFinalInvalidCastException")
        case "system.type":
            if case .type = v { return v }
            if case .string(let s) = v, let t = types.resolve(s) { return .type(t) }
            throw castError(v, to: type.fullName, detail: nil, errorId: "ConvertToFinalInvalidCastException")
        case "system.text.regularexpressions.regex":
            if case .native(let n) = v, n is RegexObject { return v }
            return .native(try RegexObject(pattern: toString(v), options: []))
        case "system.collections.arraylist":
            let items = v.isNull ? [] : (v.enumerated() ?? [v])
            return .native(PSList(items, elementType: nil, isArrayList: true))
        default:
            break
        }
        if f.hasPrefix("system.collections.generic.list["), let el = type.genericArguments.first {
            let items = v.isNull ? [] : (v.enumerated() ?? [v])
            let conv = try items.map { try convert($0, to: el, types: types) }
            return .native(PSList(conv, elementType: el, isArrayList: false))
        }
        if let e = types.emulatedType(type.fullName), let c = e.convert {
            return try c(v)
        }
        if let e = BuiltinEnums.named(type.fullName) { return .native(try e.convert(v)) }
        if isInstance(v, of: type, types: types) { return v }
        if types.isExceptionType(type.fullName), case .string(let s) = v {
            return .native(types.exception(type.fullName, message: s))
        }
        throw castError(v, to: type.fullName, detail: nil, errorId: "ConvertToFinalInvalidCastException")
    }

    /// `[byte]$v`, `[uint64]$v`, `[bigint]$v`: the integer the value is (a real rounded to even, or
    /// truncated for BigInteger as its constructor does), or .NET's overflow message when the
    /// type cannot hold it.
    static func toSizedInteger(_ v: Value, _ kind: SizedNumber.Kind) throws -> SizedNumber {
        if case .sized(let s) = v, s.kind == kind { return s }
        // digits beyond what a Decimal holds stay exact for BigInteger
        if kind == .bigInteger, case .string(let text) = v, let b = BigInt(text.trimmingCharacters(in: .whitespaces)) { return .bigInteger(b) }
        let isText: Bool = { if case .string = v { return true }; return false }()
        let overflow = { castError(v, to: kind.typeName, detail: kind.overflowDetail, errorId: isText ? "InvalidCastFromStringToInteger" : "InvalidCastIConvertible") }
        let n: Value
        do { n = try toNumber(v) } catch {
            if isText, kind == .bigInteger, let b = BigInt(toString(v).trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "")) { return .bigInteger(b) }
            if isText { throw castError(v, to: kind.typeName, detail: "Input string was not in a correct format.", errorId: "InvalidCastFromStringToInteger") }
            throw castError(v, to: kind.typeName, detail: nil, errorId: "ConvertToFinalInvalidCastException")
        }
        func fromReal(_ d: Double) throws -> BigInt {
            guard d.isFinite else { throw overflow() }
            let r = kind == .bigInteger ? d.rounded(.towardZero) : d.rounded(.toNearestOrEven)
            // beyond every integer kind but BigInteger: no need to build a huge integer
            guard kind == .bigInteger || abs(r) < 1.8446744073709552e19 else { throw overflow() }
            return BigInt(r)
        }
        let exact: BigInt
        switch n {
        case .int(let i): exact = BigInt(i)
        case .long(let l): exact = BigInt(l)
        case .sized(let s): exact = try s.integerValue ?? fromReal(s.doubleValue)
        case .double(let d): exact = try fromReal(d)
        case .decimal(let d):
            var dd = d.value, r = Decimal()
            NSDecimalRound(&r, &dd, 0, kind == .bigInteger ? (d.value < 0 ? .up : .down) : .bankers)
            exact = BigInt(NSDecimalNumber(decimal: r).stringValue) ?? 0
        default: exact = 0
        }
        guard let r = SizedNumber.make(kind, exact) else { throw overflow() }
        return r
    }

    static func isHashtable(_ v: Value) -> Bool {
        if case .hashtable = v { return true }
        return false
    }

    static func parseGuid(_ s: String) -> UUID? {
        var t = s.trimmingCharacters(in: .whitespaces)
        if (t.hasPrefix("{") && t.hasSuffix("}")) || (t.hasPrefix("(") && t.hasSuffix(")")) { t = String(t.dropFirst().dropLast()) }
        if t.count == 32, !t.contains("-") {
            let a = Array(t)
            t = String(a[0..<8]) + "-" + String(a[8..<12]) + "-" + String(a[12..<16]) + "-" + String(a[16..<20]) + "-" + String(a[20..<32])
        }
        return UUID(uuidString: t)
    }

    /// `-is`: is the value an instance of the type (by .NET type hierarchy or PSTypeNames)?
    public static func isInstance(_ v: Value, of type: PSTypeInfo, types: TypeRegistry) -> Bool {
        if v.isNull { return false }
        let f = type.foldedName
        switch f {
        case "system.object": return true
        case "system.management.automation.psobject", "system.management.automation.pscustomobject":
            if case .object = v { return true }
            return false
        case "system.array":
            if case .array = v { return true }
            return false
        case "system.valuetype":
            switch v {
            case .int, .long, .double, .decimal, .sized, .bool, .char, .dateTime, .timeSpan, .guid: return true
            default: return false
            }
        case "system.collections.idictionary":
            if case .hashtable = v { return true }
            return false
        case "system.collections.ienumerable", "system.collections.icollection", "system.collections.ilist":
            switch v {
            case .array: return true
            case .hashtable: return f != "system.collections.ilist"
            case .string: return f == "system.collections.ienumerable"
            case .native(let n): return n.enumerated() != nil
            default: return false
            }
        case "system.management.automation.switchparameter":
            if case .native(let n) = v, n is SwitchParameter { return true }
            return false
        default: break
        }
        if type.isArray, case .array(let a) = v {
            let el = NameKey.fold(type.elementType?.fullName ?? "system.object")
            return NameKey.fold(a.elementTypeName ?? "System.Object") == el
        }
        let key = NameKey(type.fullName)
        if v.typeNames.contains(where: { NameKey($0) == key }) { return true }
        if case .native(let n) = v, let ex = n as? PSException { return ex.isInstance(of: type.fullName) }
        if case .native(let n) = v, let l = n as? PSList {
            return NameKey(l.typeName) == key
        }
        return false
    }
}
