import Foundation

/// What kind of member a PSObject member is (the `MemberType` column of Get-Member).
public enum PSMemberKind {
    /// A plain stored value (`NoteProperty`).
    case noteProperty(Value)
    /// `ScriptProperty`: getter (and optional setter) run with `$this` bound to the object.
    case scriptProperty(getter: ScriptBlock, setter: ScriptBlock?)
    /// `AliasProperty`: reads and writes another member.
    case aliasProperty(target: String)
    /// `ScriptMethod`: a script block run with `$this` and the arguments as `$args`.
    case scriptMethod(ScriptBlock)
    /// `CodeProperty`: computed in Swift (emulated .NET properties).
    case codeProperty(@Sendable (PSObject) -> Value)
    /// `CodeMethod`: implemented in Swift.
    case codeMethod(@Sendable (PSObject, [Value]) throws -> Value)
}

public final class PSMember {
    public let name: String
    public let key: NameKey
    public var kind: PSMemberKind
    public init(name: String, kind: PSMemberKind) {
        self.name = name
        self.key = NameKey(name)
        self.kind = kind
    }
    public var memberTypeName: String {
        switch kind {
        case .noteProperty: return "NoteProperty"
        case .scriptProperty: return "ScriptProperty"
        case .aliasProperty: return "AliasProperty"
        case .scriptMethod: return "ScriptMethod"
        case .codeProperty: return "CodeProperty"
        case .codeMethod: return "CodeMethod"
        }
    }
    public var isProperty: Bool {
        switch kind {
        case .noteProperty, .scriptProperty, .aliasProperty, .codeProperty: return true
        case .scriptMethod, .codeMethod: return false
        }
    }
}

/// A PowerShell object: an ordered set of case-insensitive members plus a list of type names
/// (most derived first). `[pscustomobject]@{...}` gives `System.Management.Automation.PSCustomObject`;
/// emulated module objects use their .NET names (`Microsoft.Online.Administration.User`).
public final class PSObject {
    public private(set) var members: [PSMember] = []
    private var index: [NameKey: Int] = [:]
    public var typeNames: [String]
    /// The wrapped value when this object decorates another one (Add-Member on a string, ...).
    public var baseObject: Value?

    public static let customObjectTypeName = "System.Management.Automation.PSCustomObject"

    public init(typeNames: [String] = [PSObject.customObjectTypeName, "System.Object"]) {
        self.typeNames = typeNames
    }

    /// A PSCustomObject with note properties in the given order.
    public convenience init(properties: [(String, Value)], typeName: String? = nil) {
        if let typeName {
            self.init(typeNames: [typeName, "System.Object"])
        } else {
            self.init()
        }
        for (n, v) in properties { setNote(n, v) }
    }

    public func member(_ key: NameKey) -> PSMember? { index[key].map { members[$0] } }
    public func member(_ name: String) -> PSMember? { member(NameKey(name)) }

    public func add(_ m: PSMember) {
        if let i = index[m.key] { members[i] = m } else {
            index[m.key] = members.count
            members.append(m)
        }
    }

    public func remove(_ name: String) {
        let k = NameKey(name)
        guard let i = index[k] else { return }
        members.remove(at: i)
        index = [:]
        for (j, m) in members.enumerated() { index[m.key] = j }
    }

    /// Sets (or adds) a note property.
    public func setNote(_ name: String, _ value: Value) {
        let k = NameKey(name)
        if let i = index[k], case .noteProperty = members[i].kind {
            members[i].kind = .noteProperty(value)
        } else {
            add(PSMember(name: name, kind: .noteProperty(value)))
        }
    }

    /// Property members in order (what Format-Table/List, Export-Csv and ConvertTo-Json show).
    public var properties: [PSMember] { members.filter { $0.isProperty } }

    public var isCustomObject: Bool { typeNames.first == PSObject.customObjectTypeName }

    /// A shallow copy with the same members and type names (`$obj.PSObject.Copy()`).
    public func copy() -> PSObject {
        let o = PSObject(typeNames: typeNames)
        o.baseObject = baseObject
        for m in members { o.add(PSMember(name: m.name, kind: m.kind)) }
        return o
    }
}

/// A .NET-like object implemented in Swift (List[T], StringBuilder, ErrorRecord, exceptions, ...).
/// The interpreter asks it for members by folded name; returning nil means "no such member" and
/// the interpreter then applies PowerShell's fallbacks (null property, MethodNotFound error).
public protocol NativeObject: AnyObject {
    /// Full .NET type name, e.g. `System.Collections.Generic.List`1[[System.String]]` is shown as
    /// `System.Collections.Generic.List[string]` by PowerShell; use the form GetType().FullName gives.
    var typeName: String { get }
    /// Type hierarchy for `-is` and views, most derived first (default: typeName, System.Object).
    var typeNames: [String] { get }
    /// Property names in display order (Format-List, Select-Object *, ConvertTo-Json).
    var propertyNames: [String] { get }
    func getProperty(_ name: NameKey, session: Session) -> Value?
    /// Returns false when the property does not exist or is read-only.
    func setProperty(_ name: NameKey, _ value: Value, session: Session) throws -> Bool
    /// Returns nil when the method does not exist.
    func invokeMethod(_ name: NameKey, _ args: [Value], session: Session) throws -> Value?
    /// Items when the object is enumerable (IEnumerable but not IDictionary/string), else nil.
    func enumerated() -> [Value]?
    /// What `ToString()` / string conversion gives.
    func toString() -> String
}

extension NativeObject {
    public var typeNames: [String] { [typeName, "System.Object"] }
    public var propertyNames: [String] { [] }
    public func getProperty(_ name: NameKey, session: Session) -> Value? { nil }
    public func setProperty(_ name: NameKey, _ value: Value, session: Session) throws -> Bool { false }
    public func invokeMethod(_ name: NameKey, _ args: [Value], session: Session) throws -> Value? { nil }
    public func enumerated() -> [Value]? { nil }
    public func toString() -> String { typeName }
}
