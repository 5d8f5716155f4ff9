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
    public var instanceMembers: TypeMembers? { SystemManagementAutomation.switchParameter }
    public func toString() -> String { isPresent ? "True" : "False" }
}

/// System.Collections.Generic.List[T] and System.Collections.ArrayList.
public final class PSList: NativeObject {
    private var storage: [Value]
    /// Elements not made yet (a deferred list): made the first time anything reads or changes
    /// `items`. Until then the list's type name and text (what Export-Csv writes for it) cost nothing.
    private var pending: (() -> [Value])?
    public var items: [Value] {
        get {
            materialize()
            return storage
        }
        set {
            pending = nil
            storage = newValue
        }
        _modify {
            materialize()
            yield &storage
        }
    }
    public let elementType: PSTypeInfo?
    public let isArrayList: Bool
    public init(_ items: [Value], elementType: PSTypeInfo?, isArrayList: Bool) {
        self.storage = items
        self.elementType = elementType
        self.isArrayList = isArrayList
    }
    /// A `List[T]` whose elements `make` builds when they are first needed (it must capture values,
    /// not live state, so that the list shows what was true when it was made).
    public init(deferred make: @escaping () -> [Value], elementType: PSTypeInfo) {
        self.storage = []
        self.pending = make
        self.elementType = elementType
        self.isArrayList = false
    }
    private func materialize() {
        guard let make = pending else { return }
        pending = nil
        storage = make()
    }
    deinit { DeferredRelease.release(&storage) }
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

    public var instanceMembers: TypeMembers? { isArrayList ? SystemCollections.arrayList : SystemCollections.list }

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
    public var instanceMembers: TypeMembers? { SystemText.stringBuilder }
    public func toString() -> String { text }
}

/// System.Collections.Generic.Dictionary[K,V]: string keys compare case-SENSITIVELY (default comparer).
public final class DictionaryObject: NativeObject {
    let keyType: PSTypeInfo?
    let valueType: PSTypeInfo?
    public let typeName: String
    var keys: [Value] = []
    var values: [Value] = []
    var index: [String: Int] = [:]

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
    public var instanceMembers: TypeMembers? { SystemCollections.dictionary }
    public func toString() -> String { typeName }
}

/// System.Collections.Generic.HashSet[T] and SortedSet[T] (strings case-sensitive unless the
/// set was made with a case-insensitive StringComparer). A SortedSet enumerates in order.
public final class HashSetObject: NativeObject {
    let elementType: PSTypeInfo?
    public let typeName: String
    let comparer: StringComparerObject?
    let sorted: Bool
    var items: [Value] = []
    var seen: Set<String> = []
    init(elementType: PSTypeInfo?, typeName: String, comparer: StringComparerObject? = nil, sorted: Bool = false) {
        self.elementType = elementType
        self.typeName = typeName
        self.comparer = comparer
        self.sorted = sorted
    }
    func key(_ v: Value) -> String {
        let text = LanguagePrimitives.toString(v)
        return v.typeName + ":" + (comparer?.ignoreCase == true ? text.uppercased() : text)
    }
    public func enumerated() -> [Value]? { items }
    public func getProperty(_ name: NameKey, session: Session) -> Value? { name.folded == "count" ? .int(items.count) : nil }
    /// The value as the set stores it: converted to T.
    func element(_ raw: Value, _ session: Session) throws -> Value {
        try elementType.map { try LanguagePrimitives.convert(raw, to: $0, types: session.types) } ?? raw
    }
    /// Adds a converted value; false when the set already has it.
    func add(_ v: Value) -> Bool {
        guard seen.insert(key(v)).inserted else { return false }
        if sorted {
            let text = LanguagePrimitives.toString(v)
            let ignoreCase = comparer?.ignoreCase ?? true
            let at = items.firstIndex { StringComparerObject.compare(text, LanguagePrimitives.toString($0), ignoreCase: ignoreCase) < 0 } ?? items.count
            items.insert(v, at: at)
        } else {
            items.append(v)
        }
        return true
    }
    public var instanceMembers: TypeMembers? { SystemCollections.hashSet }
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

    /// Back to before the first item.
    public func reset() { position = -1 }

    public var instanceMembers: TypeMembers? { SystemCollections.loopEnumerator }

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

    public var instanceMembers: TypeMembers? { SystemManagementAutomation.typeNameCollection }
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

/// System.StringComparer's comparers (`[StringComparer]::OrdinalIgnoreCase`): what a set or
/// dictionary made with one compares its string keys by.
public final class StringComparerObject: NativeObject {
    public let typeName: String
    let ignoreCase: Bool
    init(typeName: String, ignoreCase: Bool) {
        self.typeName = typeName
        self.ignoreCase = ignoreCase
    }
    public var typeNames: [String] { [typeName, "System.StringComparer", "System.Object"] }
    public func toString() -> String { typeName }
    public var instanceMembers: TypeMembers? { SystemStringComparer.instance }

    /// Ordinal comparison by UTF-16 code units, of the upper-case forms when ignoring case
    /// (as .NET's OrdinalIgnoreCase).
    static func compare(_ a: String, _ b: String, ignoreCase: Bool) -> Int {
        let x = ignoreCase ? a.uppercased() : a, y = ignoreCase ? b.uppercased() : b
        if x == y { return 0 }
        return x.utf16.lexicographicallyPrecedes(y.utf16) ? -1 : 1
    }
}
