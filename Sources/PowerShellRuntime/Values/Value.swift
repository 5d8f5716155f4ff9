import Foundation

/// A PowerShell value. Scalars are stored inline; reference types of .NET (arrays, hashtables,
/// PSObjects, native objects) are Swift classes so that aliasing behaves as in PowerShell
/// (`$b = $a; $b[0] = 5` changes `$a`).
public enum Value {
    /// `$null`.
    case null
    /// The "nothing" a command produces when it writes no output (AutomationNull): not sent down
    /// the pipeline, counts as empty in `@()`, and otherwise behaves like `$null`.
    case automationNull
    case bool(Bool)
    /// System.Int32 (always within Int32 range).
    case int(Int)
    /// System.Int64.
    case long(Int64)
    case double(Double)
    // boxed (indirect): decimals are rare, and inline they made every Value 8 bytes larger
    indirect case decimal(DotNetDecimal)
    /// System.Byte, SByte, Int16, UInt16, UInt32, UInt64, Single and Numerics.BigInteger.
    case sized(SizedNumber)
    case string(String)
    case char(Character)
    case array(PSArray)
    case hashtable(PSHashtable)
    case object(PSObject)
    case scriptBlock(ScriptBlock)
    case dateTime(DotNetDateTime)
    case timeSpan(DotNetTimeSpan)
    case guid(UUID)
    /// A type literal such as `[string]` used as a value.
    case type(PSTypeInfo)
    /// Any other .NET-like object implemented in Swift (List[T], StringBuilder, ErrorRecord, ...).
    case native(NativeObject)

    /// Builds an integer value with PowerShell's literal typing: Int32 when it fits, else Int64.
    public static func integer(_ v: Int64) -> Value {
        if v >= Int64(Int32.min) && v <= Int64(Int32.max) { return .int(Int(v)) }
        return .long(v)
    }

    public var isNull: Bool {
        switch self {
        case .null, .automationNull: return true
        default: return false
        }
    }

    /// The .NET full type name (`System.String`, `System.Object[]`, ...). `$null` has none.
    public var typeName: String {
        switch self {
        case .null, .automationNull: return "System.Object"
        case .bool: return "System.Boolean"
        case .int: return "System.Int32"
        case .long: return "System.Int64"
        case .double: return "System.Double"
        case .decimal: return "System.Decimal"
        case .sized(let n): return n.typeName
        case .string: return "System.String"
        case .char: return "System.Char"
        case .array(let a): return a.typeName
        case .hashtable(let h):
            if h.isOrderedHashtable { return "System.Management.Automation.OrderedHashtable" }
            return h.isOrdered ? "System.Collections.Specialized.OrderedDictionary" : "System.Collections.Hashtable"
        case .object(let o): return o.typeNames.first ?? "System.Management.Automation.PSCustomObject"
        case .scriptBlock: return "System.Management.Automation.ScriptBlock"
        case .dateTime: return "System.DateTime"
        case .timeSpan: return "System.TimeSpan"
        case .guid: return "System.Guid"
        case .type: return "System.RuntimeType"
        case .native(let n): return n.typeName
        }
    }

    /// The type-name hierarchy used by `-is`, formatting views and `PSTypeNames`, most derived first.
    public var typeNames: [String] {
        switch self {
        case .null, .automationNull: return []
        case .int, .long, .double, .decimal, .sized, .bool, .char, .dateTime, .timeSpan, .guid:
            return [typeName, "System.ValueType", "System.Object"]
        case .string: return ["System.String", "System.Object"]
        case .array(let a): return [a.typeName, "System.Array", "System.Object"]
        case .hashtable(let h): return h.isOrderedHashtable ? [typeName, "System.Collections.Hashtable", "System.Object"] : [typeName, "System.Object"]
        case .object(let o): return o.typeNames
        case .scriptBlock: return [typeName, "System.Object"]
        case .type: return ["System.RuntimeType", "System.Type", "System.Reflection.MemberInfo", "System.Object"]
        case .native(let n): return n.typeNames
        }
    }

    /// True for values PowerShell enumerates in a pipeline (arrays, lists; not strings or hashtables).
    public var isEnumerable: Bool {
        switch self {
        case .array: return true
        case .native(let n): return n.enumerated() != nil
        default: return false
        }
    }

    /// The items PowerShell would enumerate, or nil for a scalar.
    public func enumerated() -> [Value]? {
        switch self {
        case .array(let a): return a.items
        case .native(let n): return n.enumerated()
        default: return nil
        }
    }

    /// Items as the pipeline sees them: AutomationNull → none, enumerable → items, scalar → itself.
    public var pipelineItems: [Value] {
        if case .automationNull = self { return [] }
        return enumerated() ?? [self]
    }
}

/// An interned, case-folded name used for variables, members, parameters and hashtable string keys.
/// Compute once (at parse/bind time) and compare cheaply.
public struct NameKey: Hashable, Sendable, CustomStringConvertible {
    public let folded: String
    /// The folded text's hash, computed once: dictionaries keyed by a stored NameKey (scopes,
    /// bound parameters, members) then hash one integer instead of the whole string.
    private let hashCode: Int
    public init(_ name: String) {
        folded = NameKey.fold(name)
        hashCode = folded.hashValue
    }
    public var description: String { folded }
    public static func == (a: NameKey, b: NameKey) -> Bool { a.hashCode == b.hashCode && a.folded == b.folded }
    public func hash(into hasher: inout Hasher) { hasher.combine(hashCode) }
    /// What Dictionary and Set call: the stored hash mixed with the table's seed, skipping a
    /// second SipHash over it (a quarter of a tight loop's time went to hashing variable names).
    /// `hashCode` is already the string's seeded SipHash, so it is as well spread.
    public func _rawHashValue(seed: Int) -> Int { hashCode ^ seed }

    // Keys the interpreter uses on every call, folded once.
    static let dollarUnder = NameKey("_")
    static let psItem = NameKey("PSItem")
    static let foreachEnumerator = NameKey("foreach")
    static let switchEnumerator = NameKey("switch")
    static let null = NameKey("null")
    static let `true` = NameKey("true")
    static let `false` = NameKey("false")
    static let args = NameKey("args")
    static let this = NameKey("this")
    static let input = NameKey("input")
    static let myInvocation = NameKey("MyInvocation")
    static let psBoundParameters = NameKey("PSBoundParameters")
    static let psCmdlet = NameKey("PSCmdlet")
    static let errorAction = NameKey("ErrorAction")
    static let warningAction = NameKey("WarningAction")
    static let verbose = NameKey("Verbose")
    static let debug = NameKey("Debug")
    static let whatIf = NameKey("WhatIf")
    static let confirm = NameKey("Confirm")
    static let confirmPreference = NameKey("ConfirmPreference")
    static let outVariable = NameKey("OutVariable")
    static let pipelineVariable = NameKey("PipelineVariable")
    static let matches = NameKey("Matches")
    static let errorVariable = NameKey("ErrorVariable")
    static let informationAction = NameKey("InformationAction")
    static let informationPreference = NameKey("InformationPreference")
    static let warningVariable = NameKey("WarningVariable")
    static let informationVariable = NameKey("InformationVariable")
    static let errorActionPreference = NameKey("ErrorActionPreference")
    static let warningPreference = NameKey("WarningPreference")
    static let verbosePreference = NameKey("VerbosePreference")
    static let debugPreference = NameKey("DebugPreference")
    static let whatIfPreference = NameKey("WhatIfPreference")

    static func fold(_ s: String) -> String {
        // Fast path: ASCII, folded byte by byte without intermediate arrays.
        var s = s
        let done: String?? = s.withUTF8 { buf -> String? in
            var needs = false
            for b in buf {
                if b >= 0x80 { return nil }
                if b >= 0x41 && b <= 0x5A { needs = true }
            }
            if !needs { return "" }
            return String(unsafeUninitializedCapacity: buf.count) { out in
                for (i, b) in buf.enumerated() { out[i] = (b >= 0x41 && b <= 0x5A) ? b + 32 : b }
                return buf.count
            }
        }
        switch done {
        case .some(.some(let folded)): return folded.isEmpty ? s : folded
        default: return CaseFold.fold(s)
        }
    }
}

/// An object's identity as a dictionary key, hashed by a multiply-shift of its address instead
/// of SipHash: the interpreter looks AST nodes and cmdlet types up this way on every statement.
struct NodeKey: Hashable {
    let id: ObjectIdentifier
    init(_ object: AnyObject) { id = ObjectIdentifier(object) }
    init(_ type: Any.Type) { id = ObjectIdentifier(type) }
    static func == (a: NodeKey, b: NodeKey) -> Bool { a.id == b.id }
    func hash(into hasher: inout Hasher) { hasher.combine(id) }
    func _rawHashValue(seed: Int) -> Int {
        let mixed = UInt(bitPattern: id) &* 0x9E37_79B9_7F4A_7C15
        return Int(bitPattern: (mixed >> 17) | (mixed << 47)) ^ seed
    }
}

/// A .NET array (System.Object[] unless typed): a reference type; `+=` builds a new one.
public final class PSArray {
    public var items: [Value]
    /// Element type full name for typed arrays (`System.String` for `[string[]]`); nil means Object.
    public var elementTypeName: String?
    public init(_ items: [Value], elementTypeName: String? = nil) {
        self.items = items
        self.elementTypeName = elementTypeName
    }
    public var typeName: String { (elementTypeName ?? "System.Object") + "[]" }
    public var count: Int { items.count }
    deinit { DeferredRelease.release(&items) }
}

/// Hash key of a PowerShell hashtable: strings compare case-insensitively, numbers by value.
public enum HashKey: Hashable {
    case string(String)
    case integer(Int64)
    case double(Double)
    case other(String)

    public init(_ v: Value) {
        switch v {
        case .string(let s): self = .string(NameKey.fold(s))
        case .char(let c): self = .string(NameKey.fold(String(c)))
        case .int(let i): self = .integer(Int64(i))
        case .long(let l): self = .integer(l)
        // .NET's Hashtable compares keys with Equals, which for a Byte, UInt32, ... is true only
        // for a number of the same type
        case .sized(let n): self = .other(n.typeName + ":" + n.description)
        case .double(let d): self = d == d.rounded() && abs(d) < 9e18 ? .integer(Int64(d)) : .double(d)
        case .bool(let b): self = .other(b ? "bool:true" : "bool:false")
        case .null, .automationNull: self = .other("null")
        case .guid(let g): self = .other("guid:" + g.uuidString)
        case .object(let o): self = .other("obj:\(ObjectIdentifier(o).hashValue)")
        case .array(let a): self = .other("arr:\(ObjectIdentifier(a).hashValue)")
        case .hashtable(let h): self = .other("ht:\(ObjectIdentifier(h).hashValue)")
        case .native(let n): self = .other("native:\(ObjectIdentifier(n).hashValue)")
        default: self = .other(v.typeName + ":" + LanguagePrimitives.toString(v))
        }
    }
}

/// `@{}` (System.Collections.Hashtable, case-insensitive keys) and `[ordered]@{}`
/// (OrderedDictionary). Both keep insertion order here for deterministic output.
public final class PSHashtable {
    public private(set) var keys: [Value] = []
    public private(set) var values: [Value] = []
    /// The keys as compared (strings case-folded), in the order of `keys`.
    private var hashKeys: [HashKey] = []
    /// Position by key, made once the table outgrows `smallLimit`: a small table (most are: a
    /// `[ordered]@{...}` record, an object's AdditionalProperties) is searched in `hashKeys`
    /// and never allocates a dictionary.
    private var index: [HashKey: Int]?
    private static let smallLimit = 8
    public var isOrdered: Bool
    /// System.Management.Automation.OrderedHashtable (`[OrderedHashtable]::new()`): an ordered
    /// dictionary that is also a Hashtable.
    public var isOrderedHashtable = false

    public init(ordered: Bool = false) { isOrdered = ordered }

    /// An empty table with room for `capacity` entries.
    public init(ordered: Bool = false, capacity: Int) {
        isOrdered = ordered
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
        hashKeys.reserveCapacity(capacity)
    }

    public var count: Int { keys.count }

    private func position(_ k: HashKey) -> Int? {
        if let index { return index[k] }
        return hashKeys.firstIndex(of: k)
    }

    private func append(_ key: Value, _ k: HashKey, _ value: Value) {
        if index != nil {
            index![k] = keys.count
        } else if keys.count == Self.smallLimit {
            var made = [HashKey: Int](minimumCapacity: keys.count * 2 + 2)
            for (j, hk) in hashKeys.enumerated() { made[hk] = j }
            made[k] = keys.count
            index = made
        }
        keys.append(key)
        values.append(value)
        hashKeys.append(k)
    }

    public subscript(key: Value) -> Value? {
        get { position(HashKey(key)).map { values[$0] } }
        set {
            let k = HashKey(key)
            if let nv = newValue {
                if let i = position(k) { values[i] = nv } else { append(key, k, nv) }
            } else if let i = position(k) {
                keys.remove(at: i); values.remove(at: i); hashKeys.remove(at: i)
                if index != nil {
                    var made = [HashKey: Int](minimumCapacity: hashKeys.count)
                    for (j, hk) in hashKeys.enumerated() { made[hk] = j }
                    index = made
                }
            }
        }
    }

    /// Adds an entry whose key is not in the table yet; false (and nothing changes) when it is
    /// (a hash literal's duplicate key).
    public func insertNew(_ key: Value, _ value: Value) -> Bool {
        let k = HashKey(key)
        if position(k) != nil { return false }
        append(key, k, value)
        return true
    }

    public subscript(name: String) -> Value? {
        get { self[.string(name)] }
        set { self[.string(name)] = newValue }
    }

    public func containsKey(_ key: Value) -> Bool { position(HashKey(key)) != nil }

    /// The value under a string key given already folded (`NameKey.folded`).
    public func value(foldedKey: String) -> Value? { position(.string(foldedKey)).map { values[$0] } }

    /// The key as stored (original spelling) that equals `key`.
    public func storedKey(_ key: Value) -> Value? { position(HashKey(key)).map { keys[$0] } }

    /// Entries in insertion order.
    public var entries: [(key: Value, value: Value)] { Array(zip(keys, values)).map { (key: $0.0, value: $0.1) } }

    public func copy() -> PSHashtable {
        let h = PSHashtable(ordered: isOrdered)
        h.isOrderedHashtable = isOrderedHashtable
        h.keys = keys
        h.values = values
        h.hashKeys = hashKeys
        h.index = index
        return h
    }

    public func removeAll() { keys = []; values = []; hashKeys = []; index = nil }

    deinit {
        DeferredRelease.release(&keys)
        DeferredRelease.release(&values)
    }
}

/// A type literal value (`[string]`, `[System.Collections.Generic.List[string]]`).
public final class PSTypeInfo {
    /// Full .NET name, e.g. `System.String`, `System.Collections.Generic.List[System.String]`.
    public let fullName: String
    /// Short name, e.g. `String`, ``List`1``.
    public let name: String
    /// Generic arguments or array element, if any.
    public let genericArguments: [PSTypeInfo]
    public let isArray: Bool
    /// `fullName` case-folded once (conversions switch on it).
    public let foldedName: String
    public init(fullName: String, name: String? = nil, genericArguments: [PSTypeInfo] = [], isArray: Bool = false) {
        self.fullName = fullName
        self.foldedName = NameKey.fold(fullName)
        self.genericArguments = genericArguments
        self.isArray = isArray
        if let name { self.name = name } else {
            let base = fullName.split(separator: "[").first.map(String.init) ?? fullName
            let short = base.split(separator: ".").last.map(String.init) ?? base
            self.name = genericArguments.isEmpty || isArray ? (isArray ? short + "[]" : short) : short + "`\(genericArguments.count)"
        }
    }
    public var elementType: PSTypeInfo? { isArray ? genericArguments.first : nil }
}
