import Foundation

/// System.Management.Automation.SwitchParameter: `[switch]$Force` (`.IsPresent`, truthiness).
public final class SwitchParameter: NativeObject {
    public let isPresent: Bool
    public init(_ isPresent: Bool) { self.isPresent = isPresent }
    public var typeName: String { "System.Management.Automation.SwitchParameter" }
    public var propertyNames: [String] { ["IsPresent"] }
    public func getProperty(_ name: NameKey, session: Session) -> Value? {
        name.folded == "ispresent" ? .bool(isPresent) : nil
    }
    public func invokeMethod(_ name: NameKey, _ args: [Value], session: Session) throws -> Value? {
        switch name.folded {
        case "tobool": return .bool(isPresent)
        case "tostring": return .string(toString())
        default: return nil
        }
    }
    public func toString() -> String { isPresent ? "True" : "False" }
}

/// System.Collections.Generic.List[T] and System.Collections.ArrayList.
public final class PSList: NativeObject {
    public var items: [Value]
    public let elementType: PSTypeInfo?
    public let isArrayList: Bool
    public init(_ items: [Value], elementType: PSTypeInfo?, isArrayList: Bool) {
        self.items = items
        self.elementType = elementType
        self.isArrayList = isArrayList
    }
    deinit { DeferredRelease.release(&items) }
    public var typeName: String {
        isArrayList ? "System.Collections.ArrayList" : "System.Collections.Generic.List[\(elementType?.fullName ?? "System.Object")]"
    }
    public var typeNames: [String] { [typeName, "System.Object"] }
    public func enumerated() -> [Value]? { items }
    public var propertyNames: [String] { ["Capacity", "Count"] }

    func coerce(_ v: Value, _ session: Session) throws -> Value {
        guard let t = elementType else { return v }
        return try LanguagePrimitives.convert(v, to: t, types: session.types)
    }

    public func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "count": return .int(items.count)
        case "capacity": return .int(max(items.count, 4))
        case "isreadonly", "isfixedsize": return .bool(false)
        default: return nil
        }
    }

    public func invokeMethod(_ name: NameKey, _ args: [Value], session: Session) throws -> Value? {
        func arg(_ i: Int) -> Value { i < args.count ? args[i] : .null }
        switch name.folded {
        case "add":
            items.append(try coerce(arg(0), session))
            return isArrayList ? .int(items.count - 1) : .automationNull
        case "addrange":
            for v in arg(0).enumerated() ?? [arg(0)] { items.append(try coerce(v, session)) }
            return .automationNull
        case "insert":
            let i = try LanguagePrimitives.toInt(arg(0))
            guard i >= 0 && i <= items.count else { throw indexError() }
            items.insert(try coerce(arg(1), session), at: i)
            return .automationNull
        case "remove":
            let target = try coerce(arg(0), session)
            if let i = items.firstIndex(where: { Operators.equals($0, target, caseSensitive: true) }) {
                items.remove(at: i)
                return isArrayList ? .automationNull : .bool(true)
            }
            return isArrayList ? .automationNull : .bool(false)
        case "removeat":
            let i = try LanguagePrimitives.toInt(arg(0))
            guard i >= 0 && i < items.count else { throw indexError() }
            items.remove(at: i)
            return .automationNull
        case "removeall":
            guard case .scriptBlock(let sb) = arg(0) else { return nil }
            let before = items.count
            items = try items.filter { !LanguagePrimitives.isTrue(try session.invokePredicate(sb, $0)) }
            return .int(before - items.count)
        case "clear": items.removeAll(); return .automationNull
        case "contains":
            let t = arg(0)
            return .bool(items.contains { Operators.equals($0, t, caseSensitive: true) })
        case "indexof":
            let t = arg(0)
            return .int(items.firstIndex { Operators.equals($0, t, caseSensitive: true) } ?? -1)
        case "toarray": return .array(PSArray(items, elementTypeName: elementType?.fullName))
        case "sort":
            items.sort { Operators.compareForSort($0, $1, caseSensitive: false) < 0 }
            return .automationNull
        case "reverse": items.reverse(); return .automationNull
        case "gettype": return nil
        case "tostring": return .string(toString())
        default: return nil
        }
    }

    public func toString() -> String {
        isArrayList ? "System.Collections.ArrayList" : "System.Collections.Generic.List`1[\(elementType?.fullName ?? "System.Object")]"
    }

    func indexError() -> RuntimeError {
        RuntimeError(message: "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')", errorId: "ArgumentOutOfRangeException", category: .NotSpecified, exceptionType: "System.ArgumentOutOfRangeException")
    }
}

/// System.Text.StringBuilder.
public final class StringBuilderObject: NativeObject {
    public var text: String
    public init(_ text: String = "") { self.text = text }
    public var typeName: String { "System.Text.StringBuilder" }
    public var propertyNames: [String] { ["Capacity", "MaxCapacity", "Length"] }
    public func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "length": return .int(text.utf16.count)
        case "capacity": return .int(max(16, text.utf16.count))
        default: return nil
        }
    }
    public func invokeMethod(_ name: NameKey, _ args: [Value], session: Session) throws -> Value? {
        switch name.folded {
        case "append":
            text += args.first.map { LanguagePrimitives.toString($0) } ?? ""
            return .native(self)
        case "appendline":
            text += (args.first.map { LanguagePrimitives.toString($0) } ?? "") + "\n"
            return .native(self)
        case "appendformat":
            guard let f = args.first else { return .native(self) }
            text += try Operators.format(LanguagePrimitives.toString(f), Array(args.dropFirst()))
            return .native(self)
        case "clear": text = ""; return .native(self)
        case "tostring": return .string(text)
        default: return nil
        }
    }
    public func toString() -> String { text }
}

/// System.Collections.Generic.Dictionary[K,V]: string keys compare case-SENSITIVELY (default comparer).
public final class DictionaryObject: NativeObject {
    let keyType: PSTypeInfo?
    let valueType: PSTypeInfo?
    public let typeName: String
    var keys: [Value] = []
    var values: [Value] = []
    private var index: [String: Int] = [:]

    init(keyType: PSTypeInfo?, valueType: PSTypeInfo?, typeName: String) {
        self.keyType = keyType
        self.valueType = valueType
        self.typeName = typeName
    }

    deinit {
        DeferredRelease.release(&keys)
        DeferredRelease.release(&values)
    }

    func hashKey(_ v: Value) -> String {
        if case .string(let s) = v { return "s:" + s }
        return v.typeName + ":" + LanguagePrimitives.toString(v)
    }

    func get(_ k: Value) -> Value { index[hashKey(k)].map { values[$0] } ?? .null }

    func set(_ k: Value, _ v: Value, session: Session) throws {
        let key = try keyType.map { try LanguagePrimitives.convert(k, to: $0, types: session.types) } ?? k
        let val = try valueType.map { try LanguagePrimitives.convert(v, to: $0, types: session.types) } ?? v
        if let i = index[hashKey(key)] { values[i] = val } else {
            index[hashKey(key)] = keys.count
            keys.append(key); values.append(val)
        }
    }

    public func enumerated() -> [Value]? {
        zip(keys, values).map { k, v in .object(PSObject(properties: [("Key", k), ("Value", v)], typeName: "System.Collections.Generic.KeyValuePair")) }
    }
    public var propertyNames: [String] { ["Count", "Keys", "Values"] }
    public func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "count": return .int(keys.count)
        case "keys": return .native(KeyCollection(keys))
        case "values": return .native(KeyCollection(values))
        default:
            if let i = index["s:" + name.folded] ?? keys.firstIndex(where: { NameKey(LanguagePrimitives.toString($0)) == name }) { return values[i] }
            return nil
        }
    }
    public func invokeMethod(_ name: NameKey, _ args: [Value], session: Session) throws -> Value? {
        let k = args.first ?? .null
        switch name.folded {
        case "add":
            if index[hashKey(k)] != nil {
                throw BuiltinMethods.methodError("Add", 2, "An item with the same key has already been added. Key: \(LanguagePrimitives.toString(k))")
            }
            try set(k, args.count > 1 ? args[1] : .null, session: session)
            return .automationNull
        case "containskey": return .bool(index[hashKey(k)] != nil)
        case "containsvalue": return .bool(values.contains { Operators.equals($0, k, caseSensitive: true) })
        case "remove":
            guard let i = index[hashKey(k)] else { return .bool(false) }
            keys.remove(at: i); values.remove(at: i)
            index = [:]
            for (j, kk) in keys.enumerated() { index[hashKey(kk)] = j }
            return .bool(true)
        case "clear": keys = []; values = []; index = [:]; return .automationNull
        case "trygetvalue": return .bool(index[hashKey(k)] != nil)
        case "getenumerator": return .array(PSArray(enumerated() ?? []))
        default: return nil
        }
    }
    public func toString() -> String { typeName }
}

/// System.Collections.Generic.HashSet[T] (strings case-sensitive).
public final class HashSetObject: NativeObject {
    let elementType: PSTypeInfo?
    public let typeName: String
    var items: [Value] = []
    private var seen: Set<String> = []
    init(elementType: PSTypeInfo?, typeName: String) {
        self.elementType = elementType
        self.typeName = typeName
    }
    func key(_ v: Value) -> String { v.typeName + ":" + LanguagePrimitives.toString(v) }
    public func enumerated() -> [Value]? { items }
    public func getProperty(_ name: NameKey, session: Session) -> Value? { name.folded == "count" ? .int(items.count) : nil }
    public func invokeMethod(_ name: NameKey, _ args: [Value], session: Session) throws -> Value? {
        let raw = args.first ?? .null
        let v = try elementType.map { try LanguagePrimitives.convert(raw, to: $0, types: session.types) } ?? raw
        switch name.folded {
        case "add":
            if seen.contains(key(v)) { return .bool(false) }
            seen.insert(key(v)); items.append(v)
            return .bool(true)
        case "contains": return .bool(seen.contains(key(v)))
        case "remove":
            guard seen.contains(key(v)) else { return .bool(false) }
            seen.remove(key(v)); items.removeAll { key($0) == key(v) }
            return .bool(true)
        case "clear": items = []; seen = []; return .automationNull
        case "unionwith":
            for x in raw.enumerated() ?? [raw] { _ = try invokeMethod(NameKey("add"), [x], session: session) }
            return .automationNull
        default: return nil
        }
    }
    public func toString() -> String { typeName }
}

/// The enumerator a `foreach` or `switch` statement walks, visible to its body as `$foreach` /
/// `$switch` (`[void]$foreach.MoveNext(); $foreach.Current` takes the next item, and the loop
/// then goes on after it). `MoveNext()` past the end returns `$false` and leaves `Current` null.
public final class LoopEnumerator: NativeObject {
    private let items: [Value]
    /// A range walked without building it (`foreach ($i in 1..1000000)`): first value and step.
    private let rangeStart: Int, rangeStep: Int, count: Int
    private var position = -1
    public init(_ items: [Value]) {
        self.items = items
        rangeStart = 0
        rangeStep = 0
        count = items.count
    }
    /// The integers from `from` to `to` inclusive, counting up or down.
    public init(from: Int, to: Int) {
        items = []
        rangeStart = from
        rangeStep = from <= to ? 1 : -1
        count = abs(to - from) + 1
    }

    public var typeName: String { "System.Array+SZArrayEnumerator" }
    public var typeNames: [String] { [typeName, "System.Collections.IEnumerator", "System.Object"] }
    public var propertyNames: [String] { ["Current"] }

    /// Advances; false once past the last item.
    public func moveNext() -> Bool {
        if position < count { position += 1 }
        return position < count
    }

    public var current: Value {
        guard position >= 0 && position < count else { return .null }
        return rangeStep == 0 ? items[position] : .int(rangeStart + position * rangeStep)
    }

    public func getProperty(_ name: NameKey, session: Session) -> Value? {
        name.folded == "current" ? current : nil
    }

    public func invokeMethod(_ name: NameKey, _ args: [Value], session: Session) throws -> Value? {
        switch name.folded {
        case "movenext": return .bool(moveNext())
        case "reset": position = -1; return .automationNull
        case "tostring": return .string(typeName)
        default: return nil
        }
    }

    public func toString() -> String { typeName }
}

/// `$obj.PSObject.TypeNames` of a PSObject: a live list of its type names (most derived first).
/// Insert(0, 'My.Type') gives the object a custom type for views, Update-TypeData and
/// `[PSTypeName('My.Type')]` parameters.
public final class TypeNameCollection: NativeObject {
    let object: PSObject
    init(_ object: PSObject) { self.object = object }

    public var typeName: String { "System.Collections.ObjectModel.Collection`1[[System.String]]" }
    public var propertyNames: [String] { ["Count"] }
    public func enumerated() -> [Value]? { object.typeNames.map { .string($0) } }
    public func toString() -> String { typeName }

    public func getProperty(_ name: NameKey, session: Session) -> Value? {
        name.folded == "count" ? .int(object.typeNames.count) : nil
    }

    public func invokeMethod(_ name: NameKey, _ args: [Value], session: Session) throws -> Value? {
        func text(_ i: Int) -> String { i < args.count ? LanguagePrimitives.toString(args[i]) : "" }
        switch name.folded {
        case "add":
            object.typeNames.append(text(0))
            return .automationNull
        case "insert":
            let i = try LanguagePrimitives.toInt(args.first ?? .int(0))
            guard i >= 0 && i <= object.typeNames.count else {
                throw BuiltinMethods.methodError("Insert", args.count, "Index must be within the bounds of the List. (Parameter 'index')", "System.ArgumentOutOfRangeException")
            }
            object.typeNames.insert(text(1), at: i)
            return .automationNull
        case "remove":
            guard let i = object.typeNames.firstIndex(of: text(0)) else { return .bool(false) }
            object.typeNames.remove(at: i)
            return .bool(true)
        case "removeat":
            let i = try LanguagePrimitives.toInt(args.first ?? .int(0))
            if i >= 0 && i < object.typeNames.count { object.typeNames.remove(at: i) }
            return .automationNull
        case "clear":
            object.typeNames.removeAll()
            return .automationNull
        case "contains": return .bool(object.typeNames.contains(text(0)))
        case "indexof": return .int(object.typeNames.firstIndex(of: text(0)) ?? -1)
        default: return nil
        }
    }
}

/// `[ref]`: a reference to a variable (`[ref]$n`, so that `$r.Value = 5` changes `$n`, and
/// `[int]::TryParse($s, [ref]$n)` fills it) or to a value of its own (`[ref]5`).
public final class PSReference: NativeObject {
    private let variable: PSVariable?
    private var own: Value
    init(variable: PSVariable) { self.variable = variable; own = .null }
    init(value: Value) { variable = nil; own = value }

    public var value: Value {
        get { variable?.value ?? own }
        set { if let variable { variable.value = newValue } else { own = newValue } }
    }

    public var typeName: String { "System.Management.Automation.PSReference" }
    public var propertyNames: [String] { ["Value"] }
    public func getProperty(_ name: NameKey, session: Session) -> Value? { name.folded == "value" ? value : nil }
    public func setProperty(_ name: NameKey, _ newValue: Value, session: Session) throws -> Bool {
        guard name.folded == "value" else { return false }
        value = newValue
        return true
    }
    public func toString() -> String { typeName }
}
