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

/// One member of a PSObject as callers see it: its name, folded key and kind. PSObjects store
/// the names in a shared ``PSShape`` and only the kinds per object, so a PSMember is built on
/// demand; changing one means calling ``PSObject/add(_:)`` or ``PSObject/setNote(_:_:)``.
public struct PSMember {
    public let name: String
    public let key: NameKey
    public var kind: PSMemberKind
    public init(name: String, kind: PSMemberKind) {
        self.init(name: name, key: NameKey(name), kind: kind)
    }
    public init(name: String, key: NameKey, kind: PSMemberKind) {
        self.name = name
        self.key = key
        self.kind = kind
    }
    public var memberTypeName: String { kind.memberTypeName }
    public var isProperty: Bool { kind.isProperty }
}

extension PSMemberKind {
    public var memberTypeName: String {
        switch self {
        case .noteProperty: return "NoteProperty"
        case .scriptProperty: return "ScriptProperty"
        case .aliasProperty: return "AliasProperty"
        case .scriptMethod: return "ScriptMethod"
        case .codeProperty: return "CodeProperty"
        case .codeMethod: return "CodeMethod"
        }
    }
    public var isProperty: Bool {
        switch self {
        case .noteProperty, .scriptProperty, .aliasProperty, .codeProperty: return true
        case .scriptMethod, .codeMethod: return false
        }
    }
}

/// The member names of PSObjects, in order, with their case-insensitive index: what objects built
/// the same way share (the "hidden class" of JavaScript engines). A module's directory object may
/// have 60 properties; with a shared shape, building one costs an array of member kinds instead
/// of folding, hashing and indexing 60 names (the `Scripts/bench` report benchmark measures it).
///
/// A shape is either *shared* — immutable, reachable from other objects and from the transition
/// tree rooted at ``empty`` — or *private* to exactly one object, which then edits it in place
/// (objects with very many or unusual members, or after a member is removed or renamed).
/// Shared shapes are safe to use from several threads: only their transition tables change,
/// under a lock.
public final class PSShape: @unchecked Sendable {
    public private(set) var names: [String]
    public private(set) var keys: [NameKey]
    /// Folded name → position.
    private(set) var index: [NameKey: Int]
    /// Exact spelling → position: setting a member by the spelling it was created with (the
    /// usual case) needs no case folding.
    private var exactIndex: [String: Int]
    let isShared: Bool
    /// Shared child shapes by the exact spelling of the member added (guarded by `lock`).
    private var transitions: [String: PSShape] = [:]

    /// The shape with no members, root of the transition tree.
    public static let empty = PSShape(names: [], keys: [], shared: true)

    /// Beyond these, objects grow private shapes instead of extending the shared tree, so a
    /// script that invents property names (JSON keyed by ids, Add-Member in a loop) cannot make
    /// the tree grow without bound.
    static let maxSharedMembers = 128
    static let maxTransitionsPerShape = 64
    static let maxSharedShapes = 50_000
    nonisolated(unsafe) private static var sharedShapeCount = 0
    private static let lock = NSLock()

    private init(names: [String], keys: [NameKey], shared: Bool) {
        self.names = names
        self.keys = keys
        var index: [NameKey: Int] = [:]
        var exact: [String: Int] = [:]
        index.reserveCapacity(keys.count)
        exact.reserveCapacity(names.count)
        for (i, k) in keys.enumerated() { index[k] = i; exact[names[i]] = i }
        self.index = index
        self.exactIndex = exact
        self.isShared = shared
    }

    public var count: Int { names.count }

    /// The shared shape with exactly these member names in this order (names differing only in
    /// case count once: the first spelling wins, as when setting them one by one).
    public static func shared(_ names: [String]) -> PSShape {
        var shape = empty
        for n in names where shape.position(of: n) == nil {
            shape = shape.adding(n, key: nil)
        }
        return shape
    }

    /// Position of a member by exact spelling first, then case-insensitively.
    @inline(__always)
    func position(of name: String) -> Int? {
        if let i = exactIndex[name] { return i }
        return index[NameKey(name)]
    }

    /// Whether this shape lists exactly these names in this order (cheap when the strings are
    /// the same literals).
    public func hasNames(_ other: [String]) -> Bool { names == other }

    /// This shape plus one member at the end. For a shared shape: the shared child (made once and
    /// remembered), or a private copy past the limits. For a private shape: itself, extended.
    func adding(_ name: String, key: NameKey?) -> PSShape {
        if !isShared {
            let k = key ?? NameKey(name)
            index[k] = names.count
            exactIndex[name] = names.count
            names.append(name)
            keys.append(k)
            return self
        }
        PSShape.lock.lock()
        if let child = transitions[name] {
            PSShape.lock.unlock()
            return child
        }
        let k = key ?? NameKey(name)
        let canShare = names.count < PSShape.maxSharedMembers && transitions.count < PSShape.maxTransitionsPerShape
            && PSShape.sharedShapeCount < PSShape.maxSharedShapes
        let child = PSShape(names: names + [name], keys: keys + [k], shared: canShare)
        if canShare {
            transitions[name] = child
            PSShape.sharedShapeCount += 1
        }
        PSShape.lock.unlock()
        return child
    }

    /// A private copy (for an object about to edit its members in ways the tree does not cover).
    func privateCopy() -> PSShape { PSShape(names: names, keys: keys, shared: false) }

    /// Removes the member at `i` from a private shape.
    func remove(at i: Int) {
        precondition(!isShared)
        names.remove(at: i)
        keys.remove(at: i)
        index = [:]
        exactIndex = [:]
        for (j, k) in keys.enumerated() { index[k] = j; exactIndex[names[j]] = j }
    }

    /// Respells the member at `i` of a private shape (same folded key).
    func rename(at i: Int, to name: String) {
        precondition(!isShared)
        exactIndex[names[i]] = nil
        names[i] = name
        exactIndex[name] = i
    }
}

/// A PowerShell object: an ordered set of case-insensitive members plus a list of type names
/// (most derived first). `[pscustomobject]@{...}` gives `System.Management.Automation.PSCustomObject`;
/// emulated module objects use their .NET names (`Contoso.Tools.Probe`).
/// The member names live in a ``PSShape`` shared by objects built the same way; the object
/// holds the member kinds (values, script blocks, ...) in the same order.
public final class PSObject {
    private(set) var shape: PSShape
    private var kinds: [PSMemberKind]
    public var typeNames: [String]
    /// The wrapped value when this object decorates another one (Add-Member on a string, ...).
    public var baseObject: Value?

    public static let customObjectTypeName = "System.Management.Automation.PSCustomObject"

    deinit {
        // note values and the base object go through the queue when they can nest
        var held: [Value] = []
        for case .noteProperty(let v) in kinds where DeferredRelease.mayNest(v) { held.append(v) }
        if let b = baseObject, DeferredRelease.mayNest(b) { held.append(b) }
        guard !held.isEmpty else { return }
        kinds = []
        baseObject = nil
        DeferredRelease.release(&held)
    }

    public init(typeNames: [String] = [PSObject.customObjectTypeName, "System.Object"]) {
        self.typeNames = typeNames
        self.shape = .empty
        self.kinds = []
    }

    /// An object whose members are `shape`'s names with these kinds (one per name, in order).
    /// Give it a shape from ``PSShape/shared(_:)``.
    public init(shape: PSShape, kinds: [PSMemberKind], typeNames: [String]) {
        precondition(shape.count == kinds.count, "PSObject(shape:kinds:) needs one kind per name")
        self.shape = shape.isShared ? shape : shape.privateCopy()
        self.kinds = kinds
        self.typeNames = typeNames
    }

    /// A PSCustomObject with note properties in the given order.
    public convenience init(properties: [(String, Value)], typeName: String? = nil) {
        if let typeName {
            self.init(typeNames: [typeName, "System.Object"])
        } else {
            self.init()
        }
        kinds.reserveCapacity(properties.count)
        for (n, v) in properties { setNote(n, v) }
    }

    /// The shape this object uses now (tests check sharing with it).
    var shapeForTesting: PSShape { shape }

    /// Number of members (properties and methods).
    public var memberCount: Int { kinds.count }

    /// Members in order, built on demand (for listing; look single members up with ``member(_:)``).
    public var members: [PSMember] {
        (0..<kinds.count).map { PSMember(name: shape.names[$0], key: shape.keys[$0], kind: kinds[$0]) }
    }

    /// The stored value of the member at `position` of this object's shape, when it is a note
    /// property (callers that read many objects of one shape find the positions once).
    func noteValue(at position: Int) -> Value? {
        if case .noteProperty(let v) = kinds[position] { return v }
        return nil
    }

    public func member(_ key: NameKey) -> PSMember? {
        guard let i = shape.index[key] else { return nil }
        return PSMember(name: shape.names[i], key: key, kind: kinds[i])
    }
    public func member(_ name: String) -> PSMember? {
        guard let i = shape.position(of: name) else { return nil }
        return PSMember(name: shape.names[i], key: shape.keys[i], kind: kinds[i])
    }

    /// Adds a member, or replaces the one with the same name (taking the new spelling).
    public func add(_ m: PSMember) {
        if let i = shape.index[m.key] {
            if shape.names[i] != m.name {
                if shape.isShared { shape = shape.privateCopy() }
                shape.rename(at: i, to: m.name)
            }
            kinds[i] = m.kind
        } else {
            append(m.name, key: m.key, m.kind)
        }
    }

    private func append(_ name: String, key: NameKey?, _ kind: PSMemberKind) {
        shape = shape.adding(name, key: key)
        kinds.append(kind)
    }

    public func remove(_ name: String) {
        guard let i = shape.position(of: name) else { return }
        if shape.isShared { shape = shape.privateCopy() }
        shape.remove(at: i)
        kinds.remove(at: i)
    }

    /// Sets (or adds) a note property. A member of another kind with that name is replaced.
    public func setNote(_ name: String, _ value: Value) {
        if let i = shape.position(of: name) {
            if case .noteProperty = kinds[i] {
                kinds[i] = .noteProperty(value)
            } else {
                add(PSMember(name: name, key: shape.keys[i], kind: .noteProperty(value)))
            }
        } else {
            append(name, key: nil, .noteProperty(value))
        }
    }

    /// Property members in order (what Format-Table/List, Export-Csv and ConvertTo-Json show).
    public var properties: [PSMember] {
        var out: [PSMember] = []
        out.reserveCapacity(kinds.count)
        for i in kinds.indices where kinds[i].isProperty {
            out.append(PSMember(name: shape.names[i], key: shape.keys[i], kind: kinds[i]))
        }
        return out
    }

    /// A PSCustomObject, whatever type names were put before it (Select-Object's `Selected.*`,
    /// Add-Member -TypeName, Import-Csv's `CSV:*`): it stringifies as `@{A=1; B=2}`.
    public var isCustomObject: Bool { typeNames.contains(PSObject.customObjectTypeName) }

    /// A shallow copy with the same members and type names (`$obj.PSObject.Copy()`).
    public func copy() -> PSObject {
        let o = PSObject(typeNames: typeNames)
        o.baseObject = baseObject
        o.shape = shape.isShared ? shape : shape.privateCopy()
        o.kinds = kinds
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
    /// The member tables of the .NET type the object emulates (`DotNet/Types/`): its instance
    /// methods are called through `instanceMethods`, as built-in values' are. nil: the object
    /// answers `invokeMethod` itself.
    var instanceMembers: TypeMembers? { get }
    /// Returns nil when the method does not exist. The default calls `instanceMembers`' table.
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
    public var instanceMembers: TypeMembers? { nil }
    public func invokeMethod(_ name: NameKey, _ args: [Value], session: Session) throws -> Value? {
        guard let method = instanceMembers?.instanceMethods[name] else { return nil }
        return try method.body(MethodCall(session: session, target: .native(self), name: name.folded, args: args))
    }
    public func enumerated() -> [Value]? { nil }
    public func toString() -> String { typeName }
}
