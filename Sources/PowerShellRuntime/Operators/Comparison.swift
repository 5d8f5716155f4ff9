import BigInt
import Foundation

/// PowerShell's operators. Rule (language spec §7.8): the LEFT operand's type decides how the
/// right operand is converted; a collection on the left filters.
public enum Operators {

    /// `-eq` between two scalars (left decides). Non-convertible right operands compare unequal.
    public static func equals(_ a: Value, _ b: Value, caseSensitive: Bool) -> Bool {
        switch a {
        case .null, .automationNull:
            return b.isNull
        case .string(let s):
            if b.isNull { return false }
            let t = LanguagePrimitives.toString(b)
            return caseSensitive ? s == t : CaseFold.equal(s, t)
        case .char(let c):
            if b.isNull { return false }
            let t = LanguagePrimitives.toString(b)
            return caseSensitive ? String(c) == t : CaseFold.equal(String(c), t)
        case .bool(let x):
            if b.isNull { return false }
            return x == LanguagePrimitives.isTrue(b)
        case .int, .long, .double, .decimal, .sized:
            if b.isNull { return false }
            if case .bool(let bb) = b { return numericEqual(a, .int(bb ? 1 : 0)) }
            guard let n = LanguagePrimitives.numberIfConvertible(b) else { return false }
            return numericEqual(a, n)
        case .dateTime(let d):
            switch b {
            case .dateTime(let e): return d.ticks == e.ticks
            case .string(let s): return DotNetDateTime.parse(s).map { $0.ticks == d.ticks } ?? false
            default: return false
            }
        case .timeSpan(let t):
            if case .timeSpan(let u) = b { return t.ticks == u.ticks }
            if case .string(let s) = b, let u = DotNetTimeSpan.parse(s) { return t.ticks == u.ticks }
            return false
        case .guid(let g):
            switch b {
            case .guid(let h): return g == h
            case .string(let s): return LanguagePrimitives.parseGuid(s) == g
            case .object(let o): if let base = o.baseObject { return equals(a, base, caseSensitive: caseSensitive) }; return false
            default: return false
            }
        case .type(let t):
            if case .type(let u) = b { return NameKey(t.fullName) == NameKey(u.fullName) }
            if case .string(let s) = b { return NameKey(t.fullName) == NameKey(s) || NameKey(t.name) == NameKey(s) }
            return false
        case .array(let x):
            if case .array(let y) = b { return x === y }
            return false
        case .hashtable(let x):
            if case .hashtable(let y) = b { return x === y }
            return false
        case .object(let x):
            if case .object(let y) = b { return x === y }
            if let base = x.baseObject { return equals(base, b, caseSensitive: caseSensitive) }
            return false
        case .scriptBlock(let x):
            if case .scriptBlock(let y) = b { return x === y }
            return false
        case .native(let x):
            if let n = x as? ScriptClassInstance, let r = n.equals(b) { return r }
            if let e = x as? EnumValue {
                if b.isNull { return false }
                guard let other = try? e.type.convert(b) else { return false }
                return other.number == e.number
            }
            if let v = x as? VersionObject {
                guard let o = Operators.version(b) else { return false }
                return v.compare(o) == 0
            }
            if case .native(let y) = b { return x === y }
            if let sw = x as? SwitchParameter { return equals(.bool(sw.isPresent), b, caseSensitive: caseSensitive) }
            return false
        }
    }

    static func numericEqual(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.int(let x), .long(let y)): return Int64(x) == y
        case (.long(let x), .int(let y)): return x == Int64(y)
        case (.long(let x), .long(let y)): return x == y
        case (.sized, _), (_, .sized): return mixedCompare(a, b) == 0
        case (.decimal, .double), (.double, .decimal):
            // a decimal with a double compares as doubles, as it computes (infinity and NaN included)
            return ((try? LanguagePrimitives.toDouble(a)) ?? 0) == ((try? LanguagePrimitives.toDouble(b)) ?? 0)
        case (.decimal, _), (_, .decimal):
            return ((try? LanguagePrimitives.toDecimal(a)) ?? DotNetDecimal(0)) == ((try? LanguagePrimitives.toDecimal(b)) ?? DotNetDecimal(0))
        default:
            return ((try? LanguagePrimitives.toDouble(a)) ?? 0) == ((try? LanguagePrimitives.toDouble(b)) ?? 0)
        }
    }

    /// `-lt/-gt/...` between scalars: negative, zero or positive. Left decides the conversion.
    public static func compare(_ a: Value, _ b: Value, caseSensitive: Bool) throws -> Int {
        switch a {
        case .null, .automationNull:
            if b.isNull { return 0 }
            if let n = try? LanguagePrimitives.toNumber(b), !isString(b) { return try compare(.int(0), n, caseSensitive: caseSensitive) == 0 ? -1 : (try compare(.int(0), n, caseSensitive: caseSensitive)) }
            return -1
        case .string(let s):
            if b.isNull { return 1 }
            return CaseFold.compare(s, LanguagePrimitives.toString(b), caseSensitive: caseSensitive)
        case .char(let c):
            if b.isNull { return 1 }
            return CaseFold.compare(String(c), LanguagePrimitives.toString(b), caseSensitive: caseSensitive)
        case .bool(let x):
            let y = LanguagePrimitives.isTrue(b)
            return x == y ? 0 : (x ? 1 : -1)
        case .int, .long, .double, .decimal, .sized:
            if b.isNull { return 1 }
            let n: Value
            do { n = try LanguagePrimitives.toNumber(b) } catch {
                throw compareError(a, b)
            }
            return numericCompare(a, n)
        case .dateTime(let d):
            let e: DotNetDateTime
            switch b {
            case .dateTime(let x): e = x
            case .string(let s):
                guard let x = DotNetDateTime.parse(s) else { throw compareError(a, b) }
                e = x
            case .null, .automationNull: return 1
            default: throw compareError(a, b)
            }
            return d.ticks < e.ticks ? -1 : (d.ticks > e.ticks ? 1 : 0)
        case .timeSpan(let t):
            guard case .timeSpan(let u) = b else { if b.isNull { return 1 }; throw compareError(a, b) }
            return t.ticks < u.ticks ? -1 : (t.ticks > u.ticks ? 1 : 0)
        case .guid(let g):
            let s = LanguagePrimitives.toString(b).lowercased()
            let gs = g.uuidString.lowercased()
            return gs < s ? -1 : (gs > s ? 1 : 0)
        case .object(let o):
            if let base = o.baseObject { return try compare(base, b, caseSensitive: caseSensitive) }
            throw compareError(a, b)
        case .native(let n as VersionObject):
            guard let o = Operators.version(b) else { throw compareError(a, b) }
            return n.compare(o)
        case .native(let n as ScriptClassInstance):
            // a class that declares CompareTo (IComparable) orders its instances itself
            if let r = n.compareTo(b) { return r }
            throw compareError(a, b)
        case .native(let e as EnumValue):
            // the right side converts to the enumeration (a name or a number), then numbers compare
            if b.isNull { return 1 }
            guard let other = try? e.type.convert(b) else { throw compareError(a, b) }
            return e.number < other.number ? -1 : (e.number > other.number ? 1 : 0)
        default:
            throw compareError(a, b)
        }
    }

    /// A right operand as a System.Version (a version or its string form).
    static func version(_ v: Value) -> VersionObject? {
        if case .native(let n) = v, let ver = n as? VersionObject { return ver }
        if case .string(let s) = v { return VersionObject.parse(s) }
        return nil
    }

    static func isString(_ v: Value) -> Bool { if case .string = v { return true }; return false }

    static func numericCompare(_ a: Value, _ b: Value) -> Int {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.long, .long), (.int, .long), (.long, .int):
            let x = (try? LanguagePrimitives.toLong(a)) ?? 0, y = (try? LanguagePrimitives.toLong(b)) ?? 0
            return x < y ? -1 : (x > y ? 1 : 0)
        case (.sized, _), (_, .sized): return mixedCompare(a, b)
        case (.decimal, .double), (.double, .decimal):
            let x = (try? LanguagePrimitives.toDouble(a)) ?? 0, y = (try? LanguagePrimitives.toDouble(b)) ?? 0
            return x < y ? -1 : (x > y ? 1 : 0)
        case (.decimal, _), (_, .decimal):
            let x = (try? LanguagePrimitives.toDecimal(a)) ?? DotNetDecimal(0), y = (try? LanguagePrimitives.toDecimal(b)) ?? DotNetDecimal(0)
            return x < y ? -1 : (x > y ? 1 : 0)
        default:
            let x = (try? LanguagePrimitives.toDouble(a)) ?? 0, y = (try? LanguagePrimitives.toDouble(b)) ?? 0
            return x < y ? -1 : (x > y ? 1 : 0)
        }
    }

    /// Two numbers at least one of which is a sized kind: integers exactly, a decimal with an
    /// integer as decimals, anything with a Single or Double as doubles.
    static func mixedCompare(_ a: Value, _ b: Value) -> Int {
        func order<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x > y ? 1 : 0) }
        if let x = a.exactInt64, let y = b.exactInt64 { return order(x, y) }
        if let x = integerValue(a), let y = integerValue(b) { return order(x, y) }
        let floating = [typeCode(a), typeCode(b)].contains { $0 == 13 || $0 == 14 }
        if !floating, let x = try? LanguagePrimitives.toDecimal(a), let y = try? LanguagePrimitives.toDecimal(b) { return order(x, y) }
        return order((try? LanguagePrimitives.toDouble(a)) ?? 0, (try? LanguagePrimitives.toDouble(b)) ?? 0)
    }

    static func compareError(_ a: Value, _ b: Value) -> RuntimeError {
        RuntimeError(message: "Cannot compare \"\(LanguagePrimitives.toString(a))\" to \"\(LanguagePrimitives.toString(b))\" because the objects are not the same type or the object \"\(LanguagePrimitives.toString(a))\" does not implement \"IComparable\".", errorId: "ComparisonFailure", category: .InvalidOperation, exceptionType: "System.Management.Automation.ExtendedTypeSystemException")
    }

    /// Ordering for Sort-Object and List.Sort: nulls first, numbers numerically, strings by
    /// CaseFold.compare, mixed types by string form. Never throws.
    public static func compareForSort(_ a: Value, _ b: Value, caseSensitive: Bool) -> Int {
        if a.isNull { return b.isNull ? 0 : -1 }
        if b.isNull { return 1 }
        if let r = try? compare(a, b, caseSensitive: caseSensitive) { return r }
        return CaseFold.compare(LanguagePrimitives.toString(a), LanguagePrimitives.toString(b), caseSensitive: caseSensitive)
    }

    public enum ComparisonKind { case eq, ne, gt, ge, lt, le }

    static func scalarCompare(_ kind: ComparisonKind, _ a: Value, _ b: Value, caseSensitive: Bool) throws -> Bool {
        switch kind {
        case .eq: return equals(a, b, caseSensitive: caseSensitive)
        case .ne: return !equals(a, b, caseSensitive: caseSensitive)
        case .gt: return try compare(a, b, caseSensitive: caseSensitive) > 0
        case .ge: return try compare(a, b, caseSensitive: caseSensitive) >= 0
        case .lt: return try compare(a, b, caseSensitive: caseSensitive) < 0
        case .le: return try compare(a, b, caseSensitive: caseSensitive) <= 0
        }
    }

    /// `-eq -ne -gt -ge -lt -le`; a collection on the left returns the matching elements.
    public static func comparison(_ kind: ComparisonKind, _ a: Value, _ b: Value, caseSensitive: Bool) throws -> Value {
        if let items = a.enumerated() {
            var out: [Value] = []
            for x in items where try scalarCompare(kind, x, b, caseSensitive: caseSensitive) { out.append(x) }
            return .array(PSArray(out))
        }
        return .bool(try scalarCompare(kind, a, b, caseSensitive: caseSensitive))
    }

    /// `-contains`: the right operand against each element of the left (element's type decides).
    public static func contains(_ collection: Value, _ item: Value, caseSensitive: Bool) -> Bool {
        let items = collection.isNull ? (collection == .automationNull ? [] : [Value.null]) : (collection.enumerated() ?? [collection])
        var needle = item
        if item.enumerated() != nil { needle = .string(LanguagePrimitives.toString(item)) }
        return items.contains { equals($0, needle, caseSensitive: caseSensitive) }
    }

    /// `-is`.
    public static func isType(_ v: Value, _ t: Value, types: TypeRegistry) throws -> Bool {
        let ti: PSTypeInfo
        switch t {
        case .type(let x): ti = x
        case .string(let s):
            // a type name given as a string that names no type cannot convert to a Type
            guard let x = types.resolve(s) else {
                throw RuntimeError(message: "Cannot convert the \"\(s)\" value of type \"System.String\" to type \"System.Type\".", errorId: "RuntimeException", category: .InvalidOperation)
            }
            ti = x
        default:
            throw RuntimeError(message: "The right operand of '-is' must be a type.", errorId: "IsOperatorRequiresType", category: .InvalidOperation)
        }
        return LanguagePrimitives.isInstance(v, of: ti, types: types)
    }

    /// `-as`: conversion or `$null`.
    public static func asType(_ v: Value, _ t: Value, types: TypeRegistry) throws -> Value {
        let ti: PSTypeInfo
        switch t {
        case .type(let x): ti = x
        case .string(let s):
            guard let x = types.resolve(s) else {
                throw RuntimeError(message: "Unable to find type [\(s)].", errorId: "TypeNotFound", category: .InvalidOperation)
            }
            ti = x
        default:
            throw RuntimeError(message: "The right operand of '-as' must be a type.", errorId: "AsOperatorRequiresType", category: .InvalidOperation)
        }
        return (try? LanguagePrimitives.convert(v, to: ti, types: types)) ?? .null
    }
}

extension Value: Equatable {
    /// Identity-ish equality for Swift code (tests, dictionaries); PowerShell's `-eq` is `Operators.equals`.
    public static func == (a: Value, b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null), (.automationNull, .automationNull): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.long(let x), .long(let y)): return x == y
        case (.double(let x), .double(let y)): return x == y
        case (.decimal(let x), .decimal(let y)): return x == y
        case (.sized(let x), .sized(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.char(let x), .char(let y)): return x == y
        case (.guid(let x), .guid(let y)): return x == y
        case (.dateTime(let x), .dateTime(let y)): return x == y
        case (.timeSpan(let x), .timeSpan(let y)): return x == y
        case (.array(let x), .array(let y)): return x === y || x.items == y.items
        case (.hashtable(let x), .hashtable(let y)): return x === y
        case (.object(let x), .object(let y)): return x === y
        case (.scriptBlock(let x), .scriptBlock(let y)): return x === y
        case (.type(let x), .type(let y)): return x.fullName == y.fullName
        case (.native(let x), .native(let y)): return x === y
        default: return false
        }
    }
}
