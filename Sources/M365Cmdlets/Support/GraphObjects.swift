import Foundation
import Licensing
import PowerShellRuntime

/// `Microsoft.Graph.PowerShell.Models.*` objects: Graph resources (`GraphResources`) as the
/// PowerShell SDK deserializes them: PascalCase properties in the model's order, a property the
/// request did not select is `$null` (docs/cmdlets.md, Get-MgUser), and what is outside the model sits in
/// `AdditionalProperties`.
enum GraphObjects {
    static let ns = "Microsoft.Graph.PowerShell.Models."
    static func typeName(_ type: GraphResourceType) -> String { ns + type.sdkModel }

    static let userType = typeName(.user)
    static let groupType = typeName(.group)
    static let skuType = typeName(.subscribedSku)
    static let directoryObjectType = typeName(.directoryObject)
    static let licenseDetailsType = typeName(.licenseDetails)
    static let assignedLicenseType = typeName(.assignedLicense)
    static let licenseStateType = typeName(.licenseAssignmentState)
    static let servicePlanInfoType = typeName(.servicePlanInfo)
    static let organizationType = typeName(.organization)
    static let verifiedDomainType = typeName(.verifiedDomain)
    static let contextType = "Microsoft.Graph.PowerShell.Authentication.AuthContext"

    static func object(_ resource: GraphResource) -> Value {
        let layout = layouts.layout(resource)
        var kinds: [PSMemberKind] = []
        kinds.reserveCapacity(resource.properties.count + 1)
        for (_, value) in resource.properties { kinds.append(.noteProperty(value.map(self.value) ?? .null)) }
        let additional = PSHashtable(ordered: false, capacity: resource.additional.count)
        for (name, value) in resource.additional { additional[name] = self.value(value) }
        kinds.append(.noteProperty(.hashtable(additional)))
        guard let shape = layout.shape else {
            // two properties spelled alike: set them one by one (the later one wins)
            let o = PSObject(typeNames: layout.typeNames)
            for (n, k) in zip(layout.names, kinds) { o.add(PSMember(name: n, kind: k)) }
            return .object(o)
        }
        return .object(PSObject(shape: shape, kinds: kinds, typeNames: layout.typeNames))
    }

    /// The SDK object's member layout for a resource's properties: PascalCase names, the shared
    /// shape and the type names, made once per resource type and property list (every user of
    /// Get-MgUser -All has the same). Building the names and the type name again for each
    /// object was a fifth of Get-MgUser's time for 100,000 users.
    private struct Layout {
        let camelNames: [String]
        let names: [String]
        let shape: PSShape?
        let typeNames: [String]
    }
    private final class LayoutMemo: @unchecked Sendable {
        private let lock = NSLock()
        private var byType: [GraphResourceType: Layout] = [:]
        func layout(_ resource: GraphResource) -> Layout {
            lock.lock()
            defer { lock.unlock() }
            if let hit = byType[resource.type], hit.camelNames.count == resource.properties.count,
               zip(hit.camelNames, resource.properties).allSatisfy({ $0 == $1.name }) { return hit }
            let camel = resource.properties.map(\.name)
            let names = camel.map { $0.prefix(1).uppercased() + $0.dropFirst() } + ["AdditionalProperties"]
            let shape = PSShape.shared(names)
            let made = Layout(camelNames: camel, names: names, shape: shape.count == names.count ? shape : nil,
                              typeNames: [GraphObjects.typeName(resource.type), "System.Object"])
            byType[resource.type] = made
            return made
        }
    }
    private static let layouts = LayoutMemo()

    static func value(_ v: GraphValue) -> Value {
        switch v {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .string(let s): return .string(s)
        case .date(let d): return Emit.dateTime(d)
        case .strings(let items): return Emit.array(items.map { .string($0) }, of: "System.String")
        case .resource(let r): return object(r)
        case .resources(let items, let type): return Emit.array(items.map(object), of: typeName(type))
        }
    }

    static func user(_ tenant: Tenant, _ u: Licensing.User, _ selection: GraphSelection = .everything) -> Value {
        object(GraphResources.user(tenant, u, selection))
    }

    static func group(_ tenant: Tenant, _ g: Licensing.Group, _ selection: GraphSelection = .everything) -> Value {
        object(GraphResources.group(tenant, g, selection))
    }
}
