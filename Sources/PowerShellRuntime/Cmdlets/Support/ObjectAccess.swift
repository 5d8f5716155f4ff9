/// Reading properties of any value the way the object cmdlets see them.
///
/// Two flavours, as in PowerShell:
/// - `property(_:_:)` is PSPropertyExpression (Select-Object, Sort-Object, Group-Object,
///   Measure-Object, Export-Csv, Format-*): only the object's *properties*; a hashtable's keys are
///   not properties (the classic `@{a=1} | Select-Object a` gives an empty `a`).
/// - `member(_:_:)` is the language's `$_.Name` (Where-Object's simplified syntax,
///   ForEach-Object -MemberName): hashtable keys work and a missing member is `$null`.
enum ObjectAccess {
    static let hashtableProperties = ["IsReadOnly", "IsFixedSize", "IsSynchronized", "Keys", "Values", "SyncRoot", "Count"]
    static let arrayProperties = ["Length", "LongLength", "Rank", "SyncRoot", "IsReadOnly", "IsFixedSize", "IsSynchronized", "Count"]
    static let dateTimeProperties = ["Date", "Day", "DayOfWeek", "DayOfYear", "Hour", "Kind", "Millisecond", "Minute", "Month", "Second", "Ticks", "TimeOfDay", "Year"]
    /// .NET 8's order (pwsh 7.4): Microseconds and Nanoseconds came with .NET 7.
    static let timeSpanProperties = ["Ticks", "Days", "Hours", "Milliseconds", "Microseconds", "Nanoseconds", "Minutes", "Seconds",
                                     "TotalDays", "TotalHours", "TotalMilliseconds", "TotalMicroseconds", "TotalNanoseconds", "TotalMinutes", "TotalSeconds"]

    /// The property's value, or nil when the object has no such property.
    static func property(_ object: Value, _ name: String, context: CommandContext) -> Value? {
        property(object, name, session: context.session)
    }

    static func property(_ object: Value, _ name: String, session: Session) -> Value? {
        property(object, NameKey(name), session: session)
    }

    /// The same with the name folded beforehand (Export-Csv folds its columns once).
    static func property(_ object: Value, _ key: NameKey, session: Session) -> Value? {
        switch object {
        case .null, .automationNull:
            return nil
        case .object(let o):
            if let m = o.member(key), m.isProperty { return (try? session.memberValue(m, of: object)) ?? .null }
            if let b = o.baseObject { return property(b, key, session: session) }
            return nil
        case .hashtable(let h):
            guard hashtableProperties.contains(where: { NameKey($0) == key }) else { return nil }
            switch key.folded {
            case "count": return .int(h.count)
            case "keys": return .native(KeyCollection(h.keys))
            case "values": return .native(KeyCollection(h.values))
            case "syncroot": return object
            default: return .bool(false)
            }
        case .array(let a):
            switch key.folded {
            case "length", "count": return .int(a.items.count)
            case "longlength": return .long(Int64(a.items.count))
            case "rank": return .int(1)
            case "syncroot": return object
            case "isreadonly", "issynchronized": return .bool(false)
            case "isfixedsize": return .bool(true)
            default: return nil
            }
        case .native(let n):
            return n.getProperty(key, session: session)
        default:
            return (try? session.scalarProperty(object, key)) ?? nil
        }
    }

    /// Property names in display order.
    static func propertyNames(of object: Value, context: CommandContext) -> [String] {
        propertyNames(of: object)
    }

    static func propertyNames(of object: Value) -> [String] {
        switch object {
        case .object(let o):
            var names = o.properties.map(\.name)
            if let b = o.baseObject {
                for n in propertyNames(of: b) where !names.contains(where: { NameKey($0) == NameKey(n) }) { names.append(n) }
            }
            return names
        case .hashtable: return hashtableProperties
        case .array: return arrayProperties
        case .native(let n): return n.propertyNames
        case .string: return ["Length"]
        case .dateTime: return dateTimeProperties
        case .timeSpan: return timeSpanProperties
        case .guid: return ["Guid"]
        default: return []
        }
    }

    /// The member's own spelling of a property written in any case (`emailaddresses` →
    /// `EmailAddresses`), as PowerShell's name resolution gives it; nil when there is none.
    /// A PSObject answers from its member index, so this costs no scan on the per-object path.
    static func ownName(of name: String, on object: Value) -> String? {
        let key = NameKey(name)
        if case .object(let o) = object, let m = o.member(key) { return m.name }
        return propertyNames(of: object).first { NameKey($0) == key }
    }

    /// `(name, value)` pairs of every property in display order.
    static func properties(of object: Value, context: CommandContext) -> [(String, Value)] {
        propertyNames(of: object).map { ($0, property(object, $0, context: context) ?? .null) }
    }

    /// The language's member access (`$x.Name`): hashtable keys, member enumeration; `$null` when missing.
    static func member(_ object: Value, _ name: String, context: CommandContext) throws -> Value {
        try context.session.getMember(object, name)
    }

    /// The .NET type name PowerShell reports first in `PSTypeNames`.
    static func typeName(of v: Value) -> String {
        if case .object(let o) = v, o.typeNames.isEmpty, let b = o.baseObject { return b.typeName }
        return v.typeName
    }

    /// Unwraps a PSObject that only decorates another value.
    static func base(_ v: Value) -> Value {
        if case .object(let o) = v, let b = o.baseObject { return b }
        return v
    }
}
