import Foundation
import Licensing

extension GraphAPI {
    /// GET /users (`$filter`, `$search`, `$orderby`; paging is the caller's).
    func users(_ query: GraphListQuery = GraphListQuery()) throws(GraphError) -> [Licensing.User] {
        try authorize(GraphPermissions.readUsers)
        let filter = try query.parsedFilter(resource: "User")
        var users = tenant.activeUsers
        if let filter { users = users.filter { filter.matches(GraphFilterEntity.user(tenant, $0)) } }
        if query.search != nil && !query.eventual { throw GraphError.searchNeedsEventual }
        if let search = query.search {
            // "property:text" clauses joined by OR or AND (left to right), each quoted
            let clauses = Self.searchClauses(search)
            func searched(_ u: Licensing.User, _ field: String) -> String {
                switch field {
                case "displayname": return u.displayName
                case "mail", "userprincipalname": return u.userPrincipalName
                default: return ""
                }
            }
            if !clauses.isEmpty {
                users = users.filter { u in
                    clauses.dropFirst().reduce(searched(u, clauses[0].field).lowercased().contains(clauses[0].text)) { result, clause in
                        let hit = searched(u, clause.field).lowercased().contains(clause.text)
                        return clause.join == "AND" ? result && hit : result || hit
                    }
                }
            }
        }
        // $orderby with $filter is an advanced query (aad-advanced-queries.md)
        if query.filter != nil, !query.orderBy.isEmpty, !query.eventual { throw GraphError.sortingNotSupported }
        if let order = query.orderBy.first?.lowercased() {
            let descending = order.hasSuffix(" desc")
            let key = order.split(separator: " ").first.map(String.init) ?? order
            func sortKey(_ u: Licensing.User) -> String { (key == "userprincipalname" ? u.userPrincipalName : u.displayName).lowercased() }
            users.sort { descending ? sortKey($0) > sortKey($1) : sortKey($0) < sortKey($1) }
        }
        return users
    }

    /// `"displayName:Av" OR "displayName:Bl"`: the quoted property:text clauses of a `$search`,
    /// each with the word joining it to the one before (OR or AND); a clause without a property
    /// is left out.
    static func searchClauses(_ search: String) -> [(join: String, field: String, text: String)] {
        var clauses: [(join: String, field: String, text: String)] = []
        var join = "OR"
        var rest = Substring(search)
        while let open = rest.firstIndex(of: "\"") {
            let between = rest[..<open].trimmingCharacters(in: .whitespaces).uppercased()
            if between == "AND" || between == "OR" { join = between }
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "\"") else { break }
            let term = rest[afterOpen..<close].split(separator: ":", maxSplits: 1)
            if term.count == 2 { clauses.append((join, term[0].lowercased(), term[1].lowercased())) }
            rest = rest[rest.index(after: close)...]
        }
        if clauses.isEmpty {   // unquoted: one clause
            let term = search.split(separator: ":", maxSplits: 1)
            if term.count == 2 { clauses.append(("OR", term[0].lowercased(), term[1].lowercased())) }
        }
        return clauses
    }

    /// GET /users/{id | userPrincipalName}
    func user(_ id: String) throws(GraphError) -> Licensing.User {
        try authorize(GraphPermissions.readUsers)
        return try findUser(id)
    }

    /// POST /users: creating the user and setting its attributes are one change (one commit in a tenant file).
    func createUser(_ request: NewUserRequest) throws(GraphError) -> Licensing.User {
        try authorize(GraphPermissions.writeUsers)
        if let password = request.password, !Self.meetsComplexity(password) { throw GraphError.passwordComplexity }
        // the directory takes a principal name only in one of the tenant's verified domains
        if let at = request.userPrincipalName.lastIndex(of: "@") {
            let domain = request.userPrincipalName[request.userPrincipalName.index(after: at)...].lowercased()
            if !domain.isEmpty, !tenant.domainNames.contains(where: { $0.lowercased() == domain }) { throw GraphError.unverifiedDomain }
        }
        var failure: LicensingError?
        let created: Licensing.User? = tenant.changing {
            do throws(LicensingError) {
                let u = try tenant.createUser(userPrincipalName: request.userPrincipalName, displayName: request.displayName,
                                              usageLocation: request.usageLocation, accountEnabled: request.accountEnabled,
                                              objectId: newObjectId(request.userPrincipalName))
                if !request.attributes.isEmpty { try tenant.setAttributes(userId: u.objectId, request.attributes.map { ($0.name, $0.value) }) }
                return u
            } catch {
                failure = error
                return nil
            }
        }
        if let failure { throw GraphError.licensing(failure, catalog: tenant.catalog) }
        guard let created else { throw GraphError.resourceNotFound(request.userPrincipalName, .userNotFound) }
        return current(created)
    }

    /// The directory's password rule: 8 to 256 characters, with three of lower-case letters,
    /// upper-case letters, digits and other characters.
    static func meetsComplexity(_ password: String) -> Bool {
        guard (8...256).contains(password.count) else { return false }
        let kinds = [password.contains { $0.isLowercase }, password.contains { $0.isUppercase },
                     password.contains { $0.isNumber }, password.contains { !$0.isLetter && !$0.isNumber }]
        return kinds.filter { $0 }.count >= 3
    }

    /// PATCH /users/{id}: the changes of one request are one change, and all or nothing: when one
    /// step fails, the steps before it are undone.
    func updateUser(_ id: String, _ changes: UserChangesRequest) throws(GraphError) {
        try authorize(GraphPermissions.writeUsers)
        let u = try findUser(id)
        let t = tenant
        var failure: LicensingError?
        t.changing {
            do throws(LicensingError) {
                if let location = changes.usageLocation { try t.setUsageLocation(userId: u.objectId, location) }
                if let name = changes.displayName { try t.setDisplayName(userId: u.objectId, name) }
                if let enabled = changes.accountEnabled { try t.setAccountEnabled(userId: u.objectId, enabled) }
                if let upn = changes.userPrincipalName { try t.setUserPrincipalName(userId: u.objectId, upn) }
                if !changes.attributes.isEmpty { try t.setAttributes(userId: u.objectId, changes.attributes.map { ($0.name, $0.value) }) }
            } catch {
                failure = error
                t.revertUser(to: u)
            }
        }
        if let failure { throw GraphError.licensing(failure, catalog: t.catalog) }
    }

    /// DELETE /users/{id}: the user goes to deleted items and frees its seats.
    func deleteUser(_ id: String) throws(GraphError) {
        try authorize(GraphPermissions.writeUsers)
        let u = try findUser(id)
        try core { () throws(LicensingError) in try tenant.deleteUser(userId: u.objectId) }
    }

    /// GET /users/{id}/licenseDetails: direct and inherited products, one each.
    func licenseDetails(ofUser id: String) throws(GraphError) -> (user: Licensing.User, licenses: [UserLicense]) {
        try authorize(GraphPermissions.readUsers)
        let u = try findUser(id)
        return (u, tenant.licenses(ofUser: u.objectId))
    }

    /// POST /users/{id}/assignLicense: synchronous; adding a product the user already holds
    /// directly replaces its disabled plans. Removing a product the user only inherits from a
    /// group is refused with Graph's inherited-license error.
    func assignLicense(toUser id: String, _ request: AssignLicenseRequest) throws(GraphError) -> Licensing.User {
        try authorize(GraphPermissions.assignUserLicenses)
        let u = try findUser(id)
        if request.isEmpty { throw GraphError.noLicenseChanges }
        for sku in request.removeLicenses
        where !u.records.contains(where: { $0.skuId == sku && $0.source == .direct }) && u.records.contains(where: { $0.skuId == sku }) {
            throw GraphError.inheritedLicenseRemoval
        }
        // a product the tenant owns but the user does not hold
        for sku in request.removeLicenses
        where tenant.subscribedSkus.contains(where: { $0.skuId == sku }) && !u.records.contains(where: { $0.skuId == sku }) {
            throw GraphError.noCorrespondingLicense
        }
        try core { () throws(LicensingError) in
            try tenant.graphAssignLicense(userId: u.objectId, add: request.coreAdds, remove: request.coreRemoves)
        }
        return current(u)
    }

    /// POST /users/{id}/reprocessLicenseAssignment: evaluates the user against all its groups.
    func reprocessLicenseAssignment(ofUser id: String) throws(GraphError) -> Licensing.User {
        try authorize(GraphPermissions.assignUserLicenses)
        let u = try findUser(id)
        _ = try core { () throws(LicensingError) in try tenant.reprocessUser(userId: u.objectId) }
        return current(u)
    }
}
