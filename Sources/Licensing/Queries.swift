import Foundation

/// A service plan of a user's license with its status (MSOnline ServiceStatus).
public struct ServicePlanStatus: Hashable, Sendable {
    public var plan: ServicePlan
    public var provisioningStatus: ProvisioningStatus
}

/// A user's merged license for one product (MSOnline UserLicense, Graph assignedLicense): one per
/// SKU however many sources give it.
public struct UserLicense: Hashable, Sendable {
    public var skuId: UUID
    public var skuPartNumber: String
    public var accountSkuId: String
    /// The sources: the user's own objectId for a direct assignment, group ids for inherited ones.
    public var groupsAssigningLicense: [UUID]
    public var servicePlans: [ServicePlanStatus]
    /// Plans disabled by every source (the intersection; enabled plans are the union).
    public var disabledPlans: [UUID]
}

/// A user's licenses before they are made (`Tenant.licenseSources(ofUser:)`): values only, so a
/// deferred list can make the licenses later as they were.
public struct UserLicenseSources: Sendable {
    public struct Product: Sendable {
        public var skuId: UUID
        /// The union of the enabled plans of the product's applied records.
        public var enabled: PlanSet
        /// The user's own id for a direct assignment, group ids for inherited ones.
        public var sources: [UUID]
    }
    public var userId: UUID
    public var products: [Product]

    public var isEmpty: Bool { products.isEmpty }

    /// The merged licenses (MSOnline UserLicense, Graph assignedLicense), one per product.
    public func licenses(catalog: Catalog, tenantName: String) -> [UserLicense] {
        products.compactMap { p in
            guard let product = catalog.product(skuId: p.skuId) else { return nil }
            let statuses = product.planIndices.map { i in
                ServicePlanStatus(plan: catalog.plans[i],
                                  provisioningStatus: p.enabled.contains(i) ? catalog.plans[i].enabledStatus : .disabled)
            }
            return UserLicense(skuId: p.skuId, skuPartNumber: product.partNumber,
                               accountSkuId: "\(tenantName):\(product.partNumber)",
                               groupsAssigningLicense: p.sources,
                               servicePlans: statuses,
                               disabledPlans: catalog.planIds(of: product.plans.subtracting(p.enabled)))
        }
    }

    /// MSOnline's OverallProvisioningStatus: None without licenses; Error when an enabled plan's
    /// status is an error, PendingInput when one waits (input, activation, provisioning); else Success.
    public func overallProvisioningStatus(catalog: Catalog) -> String {
        if products.isEmpty { return "None" }
        var pending = false
        for p in products {
            guard let product = catalog.product(skuId: p.skuId) else { continue }
            for i in product.planIndices where p.enabled.contains(i) {
                switch catalog.plans[i].enabledStatus {
                case .errorStatus: return "Error"
                case .pendingInput, .pendingActivation, .pendingProvisioning: pending = true
                case .success, .disabled: break
                }
            }
        }
        return pending ? "PendingInput" : "Success"
    }
}

/// MSOnline User.IndirectLicenseErrors item.
public struct IndirectLicenseError: Hashable, Sendable {
    public var skuId: UUID
    public var skuPartNumber: String
    public var accountSkuId: String
    public var error: AssignmentError
    /// The group whose assignment failed.
    public var referencedObjectId: UUID
}

// Read-only questions the cmdlets ask, answered from the records and the indexes.
extension Tenant {
    // MARK: Lookups

    public func user(id: UUID) -> User? { userSlots[id].map { users[$0] } }

    /// By UPN, case-insensitive (deleted users included; check `isDeleted`).
    public func user(userPrincipalName upn: String) -> User? {
        upnIndex[upn.lowercased()].flatMap { user(id: $0) }
    }

    public func users(displayName: String) -> [User] {
        let folded = displayName.lowercased()
        return users.filter { $0.displayName.lowercased() == folded }
    }

    /// The user owning a proxy address (through its mailbox).
    public func user(proxyAddress: String) -> User? {
        recipient(proxyAddress: proxyAddress)?.externalDirectoryObjectId.flatMap { user(id: $0) }
    }

    /// A user named by objectId or UPN, as cmdlets accept either (`-ObjectId`, `-UserPrincipalName`,
    /// Graph `-UserId`). Deleted users are found only when asked for.
    public func resolveUser(_ identity: String, includeDeleted: Bool = false) throws(LicensingError) -> User {
        let trimmed = identity.trimmedSpaces
        let found = UUID(uuidString: trimmed).flatMap { user(id: $0) } ?? user(userPrincipalName: trimmed)
        guard let found, includeDeleted || !found.isDeleted else {
            throw LicensingError(code: .userNotFound, message: LicensingMessages.userNotFound(trimmed),
                                 targetObjectId: UUID(uuidString: trimmed))
        }
        return found
    }

    /// A group named by objectId, or by a display name only one group has.
    public func resolveGroup(_ identity: String) throws(LicensingError) -> Group {
        let trimmed = identity.trimmedSpaces
        if let id = UUID(uuidString: trimmed), let g = group(id: id) { return g }
        let named = groups(displayName: trimmed)
        guard named.count == 1, let g = named.first else {
            throw LicensingError(code: .groupNotFound, message: LicensingMessages.groupNotFound(trimmed),
                                 targetObjectId: UUID(uuidString: trimmed))
        }
        return g
    }

    public var activeUsers: [User] { users.filter { !$0.isDeleted } }
    public var deletedUsers: [User] { users.filter(\.isDeleted) }

    public func group(id: UUID) -> Group? { groupSlots[id].map { groups[$0] } }

    public func groups(displayName: String) -> [Group] {
        let folded = displayName.lowercased()
        return groups.filter { $0.displayName.lowercased() == folded }
    }

    public func members(ofGroup groupId: UUID) -> [User] {
        guard let g = groupSlots[groupId] else { return [] }
        return groups[g].members.compactMap { user(id: $0) }
    }

    public func memberGroups(ofGroup groupId: UUID) -> [Group] {
        guard let g = groupSlots[groupId] else { return [] }
        return groups[g].memberGroups.compactMap { group(id: $0) }
    }

    /// MSOnline LicenseReconciliationNeeded: the user has a (user, not shared) mailbox but no enabled
    /// Exchange plan. A shared mailbox needs no license (docs/cmdlets.md "Shared mailboxes").
    public func licenseReconciliationNeeded(userId: UUID) -> Bool {
        guard let user = user(id: userId), recipient(ofObject: userId)?.recipientTypeDetails == .userMailbox else { return false }
        return enabledPlans(of: user).isDisjoint(with: catalog.mailboxPlans)
    }

    // MARK: A user's licenses

    public func isLicensed(userId: UUID) -> Bool {
        user(id: userId)?.records.contains(where: \.isApplied) ?? false
    }

    /// The merged licenses, one per product with at least one applied record, in record order.
    public func licenses(ofUser userId: UUID) -> [UserLicense] {
        licenseSources(ofUser: userId).licenses(catalog: catalog, tenantName: name)
    }

    /// What a user's licenses are made of, without making them: per product held, its applied
    /// sources and the union of their enabled plans (cheap: no plan is copied). Get-MsolUser takes
    /// it for every user and builds the `Licenses` list only when a script reads it.
    public func licenseSources(ofUser userId: UUID) -> UserLicenseSources {
        guard let user = user(id: userId) else { return UserLicenseSources(userId: userId, products: []) }
        var products: [UserLicenseSources.Product] = []
        for r in user.records where r.isApplied {
            let enabled = enabledPlans(of: r)
            let source = r.source.groupId ?? user.objectId
            if let i = products.firstIndex(where: { $0.skuId == r.skuId }) {
                products[i].enabled.formUnion(enabled)
                products[i].sources.append(source)
            } else {
                products.append(.init(skuId: r.skuId, enabled: enabled, sources: [source]))
            }
        }
        return UserLicenseSources(userId: userId, products: products)
    }

    /// Enabled plans of a user's product (union over its applied records), in the product's order.
    public func enabledPlans(ofUser userId: UUID, skuId: UUID) -> [ServicePlan] {
        guard let user = user(id: userId), let product = catalog.product(skuId: skuId) else { return [] }
        let enabled = enabledPlans(of: user.records.filter { $0.skuId == skuId })
        return product.planIndices.filter { enabled.contains($0) }.map { catalog.plans[$0] }
    }

    /// Graph licenseAssignmentStates: every record, one per (SKU, source).
    public func licenseAssignmentStates(ofUser userId: UUID) -> [AssignmentRecord] {
        user(id: userId)?.records ?? []
    }

    public func indirectLicenseErrors(ofUser userId: UUID) -> [IndirectLicenseError] {
        guard let user = user(id: userId) else { return [] }
        return user.records.compactMap { r in
            guard let groupId = r.source.groupId, r.error != .none,
                  let product = catalog.product(skuId: r.skuId) else { return nil }
            return IndirectLicenseError(skuId: r.skuId, skuPartNumber: product.partNumber,
                                        accountSkuId: accountSkuId(product.partNumber), error: r.error,
                                        referencedObjectId: groupId)
        }
    }

    // MARK: Groups and errors

    public func hasMembersWithLicenseErrors(groupId: UUID) -> Bool { !ledger.errorHolders(ofGroup: groupId).isEmpty }

    /// `Get-MsolGroup -HasLicenseErrorsOnly $true`: groups with at least one user in error, in group order.
    public func groupsWithLicenseErrors() -> [Group] {
        groups.filter { hasMembersWithLicenseErrors(groupId: $0.objectId) }
    }

    /// Users with an error from the group, in user order.
    public func membersWithLicenseErrors(groupId: UUID) -> [User] {
        sortedBySlot(ledger.errorHolders(ofGroup: groupId)).compactMap { user(id: $0) }
    }

    /// How many users hold an error from the group, without listing them (the portal's counts).
    public func membersWithLicenseErrorsCount(groupId: UUID) -> Int { ledger.errorHolders(ofGroup: groupId).count }

    /// One page of `membersWithLicenseErrors(groupId:)`: only the page's users are copied.
    public func membersWithLicenseErrors(groupId: UUID, offset: Int, limit: Int) -> [User] {
        let ids = sortedBySlot(ledger.errorHolders(ofGroup: groupId))
        let start = min(max(0, offset), ids.count)
        return ids[start..<min(ids.count, start + max(0, limit))].compactMap { user(id: $0) }
    }

    // MARK: Products

    /// Users (not deleted) consuming a seat of the product, in user order.
    public func licensedUsers(skuId: UUID) -> [User] {
        guard consumedUnits(skuId: skuId) > 0 else { return [] }
        return users.filter { u in !u.isDeleted && u.records.contains { $0.isApplied && $0.skuId == skuId } }
    }

    public func groupsAssigning(skuId: UUID) -> [Group] {
        groups.filter { $0.licenses.contains { $0.skuId == skuId } }
    }

    /// Users (not deleted) without any applied record.
    public func unlicensedUsers() -> [User] {
        users.filter { !$0.isDeleted && !$0.records.contains(where: \.isApplied) }
    }
}
