import Foundation
import Licensing
import PowerShellRuntime

/// Reading arguments that scripts pass as objects: a PSObject's properties, a hashtable's keys
/// (case-insensitive), a native object's properties.
enum ValueAccess {
    static func property(_ v: Value, _ name: String, session: Session) -> Value? {
        switch v {
        case .object(let o):
            if let m = o.member(name) {
                switch m.kind {
                case .noteProperty(let value): return value
                case .codeProperty(let f): return f(o)
                default: break
                }
            }
            if let base = o.baseObject { return property(base, name, session: session) }
            return nil
        case .hashtable(let h): return h[name]
        case .native(let n): return n.getProperty(NameKey(name), session: session)
        default: return nil
        }
    }

    /// A GUID from a Guid value, a string, or an object with a base value.
    static func guid(_ v: Value) -> UUID? {
        switch v {
        case .guid(let g): return g
        case .string(let s): return UUID(uuidString: s.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "{}")))
        case .object(let o): return o.baseObject.flatMap(guid)
        default: return nil
        }
    }

    /// Items of a parameter value (a scalar is one item; null is none).
    static func items(_ v: Value?) -> [Value] {
        guard let v, !v.isNull else { return [] }
        return (v.enumerated() ?? [v]).filter { !$0.isNull }
    }

    static func strings(_ v: Value?) -> [String] {
        items(v).map { LanguagePrimitives.toString($0) }
    }
}

/// Builders for the PSObjects the emulated modules emit.
enum Emit {
    /// An object of an emulated .NET type with note properties in declaration order.
    static func object(_ typeName: String, _ properties: [(String, Value)], toString: String? = nil) -> Value {
        object(typeName, fields: properties.map { Field.value($0.0, $0.1) }, toString: toString)
    }

    /// A property given now, or one built on first read (big nested collections such as a
    /// user's Licenses with their ServiceStatus: most scripts never read them). A lazy field
    /// becomes a plain note property the first time it is read, so the object stays a snapshot.
    enum Field {
        case value(String, Value)
        case lazy(String, @Sendable () -> Value)
    }

    static func object(_ typeName: String, fields: [Field], toString: String? = nil) -> Value {
        var names: [String] = []
        var kinds: [PSMemberKind] = []
        names.reserveCapacity(fields.count + 1)
        kinds.reserveCapacity(fields.count + 1)
        for f in fields {
            switch f {
            case .value(let n, let v):
                names.append(n)
                kinds.append(.noteProperty(v))
            case .lazy(let n, let build):
                names.append(n)
                kinds.append(.codeProperty({ owner in
                    let v = build()
                    owner.setNote(n, v)
                    return v
                }))
            }
        }
        if let toString {
            names.append("ToString")
            kinds.append(.codeMethod({ _, _ in .string(toString) }))
        }
        let shape = shapes.shape(typeName, names)
        guard shape.count == kinds.count else {
            // two fields spelled alike: set them one by one (the later one wins)
            let o = PSObject(typeNames: [typeName, "System.Object"])
            for (n, k) in zip(names, kinds) { o.add(PSMember(name: n, kind: k)) }
            return .object(o)
        }
        return .object(PSObject(shape: shape, kinds: kinds, typeNames: [typeName, "System.Object"]))
    }

    /// The member layout of each emitted type, found once: every Get-MsolUser user has the same
    /// 60 properties in the same order, so they share one PSShape (`Scripts/bench msol-report`).
    private static let shapes = ShapeMemo()

    private final class ShapeMemo: @unchecked Sendable {
        private let lock = NSLock()
        private var byType: [String: PSShape] = [:]
        func shape(_ typeName: String, _ names: [String]) -> PSShape {
            lock.lock()
            defer { lock.unlock() }
            if let s = byType[typeName], s.hasNames(names) { return s }
            let s = PSShape.shared(names)
            byType[typeName] = s
            return s
        }
    }

    /// MSOnline's WCF objects carry an empty `ExtensionData` (System.Runtime.Serialization.ExtensionDataObject).
    static func extensionData() -> Value { sharedExtensionData }

    /// Every MSOnline object has one (a user has a dozen in its nested objects) and none holds
    /// anything: they are one shared object, as immutable as the .NET one (it has no members
    /// to set). 100,000 users of Get-MsolUser -All no longer make and free 100,000 of them.
    nonisolated(unsafe) private static let sharedExtensionData: Value =
        .object(PSObject(shape: extensionDataShape, kinds: [.codeMethod({ _, _ in .string(extensionDataType) })],
                         typeNames: [extensionDataType, "System.Object"]))

    static let extensionDataType = "System.Runtime.Serialization.ExtensionDataObject"
    private static let extensionDataShape = shapes.shape(extensionDataType, ["ToString"])

    /// `System.Collections.Generic.List[T]` for an element type already looked up (`elementType`).
    static func list(_ items: [Value], of type: PSTypeInfo) -> Value {
        .native(PSList(items, elementType: type, isArrayList: false))
    }

    /// A `List[T]` whose elements are built when first read (Export-Csv writes only its type name).
    /// `make` must capture values, not the tenant, so the list shows the state it was made in.
    static func deferredList(of type: PSTypeInfo, _ make: @escaping @Sendable () -> [Value]) -> Value {
        .native(PSList(deferred: make, elementType: type))
    }

    static func string(_ s: String?) -> Value { s.map { .string($0) } ?? .null }
    static func guid(_ g: UUID?) -> Value { g.map { .guid($0) } ?? .null }
    static func graphId(_ g: UUID?) -> Value { g.map { .string($0.lowercasedGraphString) } ?? .null }

    /// `System.Collections.Generic.List[T]`.
    static func list(_ items: [Value], of typeName: String) -> Value {
        .native(PSList(items, elementType: elementType(typeName), isArrayList: false))
    }

    /// The element types of the lists the M365 objects carry, built once: a Get-MsolUser user has
    /// a dozen lists, and parsing the type name for each one was a third of Get-MsolUser -All's
    /// time (`Scripts/bench msol-report`). The table and its PSTypeInfo values are immutable
    /// (every PSTypeInfo property is a `let`), so sessions on other threads can share them.
    nonisolated(unsafe) private static let knownElementTypes: [String: PSTypeInfo] = {
        let msol = MsolObjects.ns, graph = GraphObjects.ns
        let names = ["System.String", "System.Guid",
                     msol + "DirSyncProvisioningError", msol + "StrongAuthenticationRequirement",
                     msol + "StrongAuthenticationPhoneAppDetail", msol + "StrongAuthenticationMethod",
                     msol + "ServiceInformation", msol + "AlternativeSecurityId",
                     MsolObjects.userLicenseType, MsolObjects.serviceStatusType, MsolObjects.indirectLicenseErrorType,
                     MsolObjects.licenseOptionType, MsolObjects.accountSkuIdentifierType,
                     GraphObjects.assignedLicenseType, GraphObjects.licenseStateType, GraphObjects.servicePlanInfoType]
        var table: [String: PSTypeInfo] = [:]
        for name in names { table[name] = PSTypeInfo(fullName: name) }
        return table
    }()

    static func elementType(_ typeName: String) -> PSTypeInfo {
        knownElementTypes[typeName] ?? PSTypeInfo(fullName: typeName)
    }

    /// A .NET array `T[]`.
    static func array(_ items: [Value], of typeName: String? = nil) -> Value {
        .array(PSArray(items, elementTypeName: typeName))
    }

    /// A UTC DateTime from a Foundation date.
    static func dateTime(_ d: Date) -> Value {
        let ticks = DotNetDateTime.unixEpochTicks + Int64((d.timeIntervalSince1970 * 10_000_000).rounded())
        return .dateTime(DotNetDateTime(ticks: ticks, kind: .utc))
    }
}

extension UUID {
    var lowercasedGraphString: String { lowercasedString }
}
