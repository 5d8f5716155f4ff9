import Foundation
import Licensing

/// Microsoft Graph v1.0 on one lab tenant: one function per REST operation the lab serves, the
/// operation named above each. An operation checks the caller's permissions (when they are
/// enforced), finds the objects its path names, asks the licensing core, and returns the core's
/// objects or throws a `GraphError`. It knows nothing of PowerShell or HTTP: the SDK cmdlets,
/// Invoke-MgGraphRequest (through `GraphRouter`) and the REST server call these same functions,
/// and render what they return with `GraphResources`.
public struct GraphAPI {
    let tenant: Tenant
    /// The caller's permissions, when they are enforced (`Set-LabTenant -EnforceGraphScopes $true`);
    /// nil: any caller may do anything.
    let grantedScopes: [String]?
    /// The id of a new user or group, from its name (the shell derives ids from the tenant, the
    /// name and a count, so a script prints the same ids on every run).
    let newObjectId: (String) -> UUID
    /// The organization's display name (the shell's company name; `Contoso` for the demo).
    var organizationName: String
    /// The audit log (`/auditLogs/directoryAudits`), oldest first: the tenant file's when a store
    /// holds one (the server sets it), otherwise what the tenant object recorded.
    public var auditLog: (() -> [AuditRecord])?

    public init(tenant: Tenant, grantedScopes: [String]? = nil, newObjectId: @escaping (String) -> UUID = { _ in UUID() },
                organizationName: String? = nil) {
        self.tenant = tenant
        self.grantedScopes = grantedScopes
        self.newObjectId = newObjectId
        self.organizationName = organizationName ?? (tenant.name.prefix(1).uppercased() + tenant.name.dropFirst())
    }

    /// 403 unless one of `allowed` was granted (or permissions are not enforced).
    func authorize(_ allowed: [String]) throws(GraphError) {
        guard let granted = grantedScopes else { return }
        let held = Set(granted.map { $0.lowercased() })
        if !allowed.contains(where: { held.contains($0.lowercased()) }) { throw GraphError.insufficientPrivileges }
    }

    /// Runs a call of the licensing core; its refusal becomes Graph's.
    func core<T>(_ body: () throws(LicensingError) -> T) throws(GraphError) -> T {
        do { return try body() } catch {
            let onGroup = error.targetObjectId.map { tenant.group(id: $0) != nil } ?? false
            throw GraphError.licensing(error, catalog: tenant.catalog, onGroup: onGroup)
        }
    }

    /// `/users/{id | userPrincipalName}`: a user that is not deleted.
    func findUser(_ id: String) throws(GraphError) -> Licensing.User {
        let text = id.trimmedSpaces
        // a GUID has 36 characters (a UPN seldom does): the parse is tried only then
        let byId = text.utf8.count == 36 ? UUID(uuidString: text).flatMap { tenant.user(id: $0) } : nil
        if let u = byId ?? tenant.user(userPrincipalName: text), !u.isDeleted { return u }
        throw GraphError.resourceNotFound(id, .userNotFound)
    }

    /// `/groups/{id}`: groups are named by id only.
    func findGroup(_ id: String) throws(GraphError) -> Licensing.Group {
        if let g = UUID(uuidString: id.trimmedSpaces).flatMap({ tenant.group(id: $0) }) { return g }
        throw GraphError.resourceNotFound(id, .groupNotFound)
    }

    /// The object as it is after a change.
    func current(_ user: Licensing.User) -> Licensing.User { tenant.user(id: user.objectId) ?? user }
    func current(_ group: Licensing.Group) -> Licensing.Group { tenant.group(id: group.objectId) ?? group }
}

// MARK: organization

extension GraphAPI {
    /// GET /organization: the one organization, with its domains.
    func organization() throws(GraphError) -> Tenant {
        try authorize(GraphPermissions.readOrganization)
        return tenant
    }

    /// GET /organization/{id}: the tenant id.
    func organization(_ id: String) throws(GraphError) -> Tenant {
        try authorize(GraphPermissions.readOrganization)
        guard UUID(uuidString: id.trimmedSpaces) == tenant.tenantId else { throw GraphError.resourceNotFound(id) }
        return tenant
    }
}

// MARK: subscribedSkus

extension GraphAPI {
    /// GET /subscribedSkus
    func subscribedSkus() throws(GraphError) -> [SubscribedSku] {
        try authorize(GraphPermissions.readSkus)
        return tenant.subscribedSkus
    }

    /// GET /subscribedSkus/{id}: the id is `<tenantId>_<skuId>`.
    func subscribedSku(_ id: String) throws(GraphError) -> SubscribedSku {
        try authorize(GraphPermissions.readSkus)
        let wanted = id.lowercased()
        guard let sku = tenant.subscribedSkus.first(where: { GraphAPI.subscribedSkuId(tenant, $0) == wanted }) else {
            throw GraphError.resourceNotFound(id)
        }
        return sku
    }

    static func subscribedSkuId(_ tenant: Tenant, _ sku: SubscribedSku) -> String {
        tenant.tenantId.lowercasedString + "_" + sku.skuId.lowercasedString
    }
}
