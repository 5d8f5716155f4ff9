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
        var properties: [(String, Value)] = resource.properties.map { name, value in
            (name.prefix(1).uppercased() + name.dropFirst(), value.map(self.value) ?? .null)
        }
        let additional = PSHashtable()
        for (name, value) in resource.additional { additional[name] = self.value(value) }
        properties.append(("AdditionalProperties", .hashtable(additional)))
        return Emit.object(typeName(resource.type), properties)
    }

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
