import Foundation

/// How a caller names a product: Graph passes skuIds, MSOnline AccountSkuIds (`contoso:ENTERPRISEPACK`).
public enum SkuReference: Hashable, Sendable, CustomStringConvertible {
    case skuId(UUID)
    case accountSkuId(String)
    case partNumber(String)

    public var description: String {
        switch self {
        case .skuId(let id): return id.lowercasedString
        case .accountSkuId(let s), .partNumber(let s): return s
        }
    }
}

/// How a caller names a service plan: Graph passes plan ids, MSOnline plan names.
public enum PlanReference: Hashable, Sendable {
    case id(UUID)
    case name(String)
}

/// A product with the plans to leave out (MSOnline LicenseOption, Graph assignedLicense).
public struct LicenseRequest: Hashable, Sendable {
    public var sku: SkuReference
    public var disabledPlans: [PlanReference]

    public init(_ sku: SkuReference, disabledPlans: [PlanReference] = []) {
        self.sku = sku
        self.disabledPlans = disabledPlans
    }
}

// Direct assignment (docs/licensing.md "Direct assignment"): synchronous, atomic, failures thrown
// at once.
extension Tenant {
    /// `Set-MsolUserLicense`: adds products not yet held directly, removes products held directly,
    /// and replaces the disabled plans of products held directly (`-LicenseOptions` alone), all in
    /// one atomic change validated in the documented order.
    public func assignLicenses(userId: UUID, add: [LicenseRequest] = [], remove: [SkuReference] = [],
                               update: [LicenseRequest] = []) throws(LicensingError) {
        beginChange(); defer { endChange() }
        let slot = try requireUser(userId)
        let user = users[slot]
        let now = clock.now()

        // 1. Every product is the tenant's, and held (or not) as the operation needs.
        var after = user.records
        var touched: [UUID] = []
        func holdsDirectly(_ sku: UUID) -> Bool { user.records.contains { $0.source == .direct && $0.skuId == sku } }
        for request in add {
            let sku = try resolveSku(request.sku, for: userId)
            guard !holdsDirectly(sku.skuId), !touched.contains(sku.skuId) else { throw invalidLicense(userId, sku.skuId) }
            touched.append(sku.skuId)
            let disabled = try resolvePlans(request.disabledPlans, of: sku, for: userId)
            after.append(AssignmentRecord(skuId: sku.skuId, source: .direct, disabledPlans: disabled, state: .active,
                                          error: .none, lastUpdatedDateTime: now))
        }
        for request in update {
            let sku = try resolveSku(request.sku, for: userId)
            guard !touched.contains(sku.skuId) else { throw invalidLicense(userId, sku.skuId) }
            guard holdsDirectly(sku.skuId) else {
                if user.records.contains(where: { $0.skuId == sku.skuId && $0.source != .direct && $0.isApplied }) {
                    throw LicensingError(code: .groupInheritedLicense, message: LicensingMessages.groupInheritedLicense,
                                         targetObjectId: userId, skuIds: [sku.skuId])
                }
                throw invalidLicense(userId, sku.skuId)
            }
            touched.append(sku.skuId)
            let disabled = try resolvePlans(request.disabledPlans, of: sku, for: userId)
            if let i = after.firstIndex(where: { $0.source == .direct && $0.skuId == sku.skuId }),
               after[i].disabledPlans != disabled {
                after[i].disabledPlans = disabled
                after[i].lastUpdatedDateTime = now
            }
        }
        for reference in remove {
            let sku = try resolveSku(reference, for: userId)
            guard holdsDirectly(sku.skuId), !touched.contains(sku.skuId) else { throw invalidLicense(userId, sku.skuId) }
            touched.append(sku.skuId)
            after.removeAll { $0.source == .direct && $0.skuId == sku.skuId }
        }

        // 2. A usage location, when the call gives the user plans.
        let grants = !add.isEmpty || !update.isEmpty
        guard let location = user.usageLocation ?? (grants ? nil : settings.countryLetterCode) else {
            throw LicensingError(code: .usageLocationRequired, message: LicensingMessages.usageLocationRequired,
                                 targetObjectId: userId)
        }
        // 3–7.
        let result = check(user: user, before: user.records, after: after, location: location,
                           newlyConsumed: newlyConsumedSkus(before: user.records, after: after))
        if let violation = result.violation { throw violation }
        mutateUser(at: slot) { $0.records = after }
        if let addresses = result.newMailbox { createMailbox(userSlot: slot, addresses: addresses) }
    }

    /// Graph `assignLicense`: like `assignLicenses`, except that adding a product the user already
    /// holds directly replaces that assignment's disabled plans instead of failing.
    public func graphAssignLicense(userId: UUID, add: [LicenseRequest], remove: [SkuReference]) throws(LicensingError) {
        beginChange(); defer { endChange() }
        let slot = try requireUser(userId)
        var adds: [LicenseRequest] = [], updates: [LicenseRequest] = []
        for request in add {
            let sku = try resolveSku(request.sku, for: userId)
            if users[slot].records.contains(where: { $0.source == .direct && $0.skuId == sku.skuId }) {
                updates.append(request)
            } else {
                adds.append(request)
            }
        }
        try assignLicenses(userId: userId, add: adds, remove: remove, update: updates)
    }

    // MARK: Resolution

    func resolveSku(_ reference: SkuReference, for target: UUID?) throws(LicensingError) -> SubscribedSku {
        let found: SubscribedSku?
        switch reference {
        case .skuId(let id): found = subscribedSku(skuId: id)
        case .accountSkuId(let s): found = subscribedSku(accountSkuId: s)
        case .partNumber(let s): found = subscribedSku(partNumber: s)
        }
        guard let found else {
            // an unknown SkuId is named in the error (Graph: "License <id> does not correspond …")
            if case .skuId(let id) = reference { throw invalidLicense(target, id) }
            throw invalidLicense(target, nil)
        }
        return found
    }

    /// Disabled plans as ids, in the product's plan order; a plan outside the product is invalid.
    func resolvePlans(_ references: [PlanReference], of sku: SubscribedSku,
                      for target: UUID?) throws(LicensingError) -> [UUID] {
        guard let product = catalog.product(skuId: sku.skuId) else { throw invalidLicense(target, sku.skuId) }
        var set = PlanSet()
        for reference in references {
            let plan: ServicePlan?
            switch reference {
            case .id(let id): plan = catalog.plan(id: id)
            case .name(let name): plan = catalog.plan(named: name)
            }
            guard let plan, product.plans.contains(plan.index) else { throw invalidLicense(target, sku.skuId) }
            set.insert(plan.index)
        }
        return product.planIndices.filter { set.contains($0) }.map { catalog.plans[$0].id }
    }

    func invalidLicense(_ target: UUID?, _ sku: UUID?) -> LicensingError {
        LicensingError(code: .invalidLicense, message: LicensingMessages.invalidLicense, targetObjectId: target,
                       skuIds: sku.map { [$0] } ?? [])
    }
}
