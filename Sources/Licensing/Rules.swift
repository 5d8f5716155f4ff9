import Foundation

/// The business rules of docs/licensing.md "Direct assignment" (checks 3–7), applied to a user's
/// prospective records. Direct assignment and group processing both use them; only the reporting
/// differs.
extension Tenant {
    /// Enabled plans of one record: the product's plans minus the record's disabled plans.
    func enabledPlans(of record: AssignmentRecord) -> PlanSet {
        guard let product = subscribedProduct(record.skuId) else { return PlanSet() }
        if record.disabledPlans.isEmpty { return product.plans }
        return product.plans.subtracting(catalog.planSet(ids: record.disabledPlans))
    }

    /// Union of the enabled plans of the applied records (docs/licensing.md "Effective licenses and
    /// seats").
    func enabledPlans(of records: [AssignmentRecord]) -> PlanSet {
        var set = PlanSet()
        for r in records where r.isApplied { set.formUnion(enabledPlans(of: r)) }
        return set
    }

    func enabledPlans(of user: User) -> PlanSet { enabledPlans(of: user.records) }

    /// Names of the plans in `set`, ordered as the user's licenses list them.
    func planNamesInLicenseOrder(_ set: PlanSet, of user: User) -> [String] {
        planNamesInLicenseOrder(set, records: user.records)
    }

    func planNamesInLicenseOrder(_ set: PlanSet, records: [AssignmentRecord]) -> [String] {
        var seen = PlanSet()
        var names: [String] = []
        for r in records {
            guard let product = catalog.product(skuId: r.skuId) else { continue }
            for i in product.planIndices where set.contains(i) && !seen.contains(i) {
                seen.insert(i)
                names.append(catalog.plans[i].name)
            }
        }
        for i in set.subtracting(seen).indices { names.append(catalog.plans[i].name) }
        return names
    }

    /// Conflicting plans of every exclusion set that has two or more enabled plans.
    func conflicts(in enabled: PlanSet) -> [[Int]] {
        var result: [[Int]] = []
        for set in catalog.exclusionSets {
            if set.isExchangePlanRule && !settings.exchangePlansConflict { continue }
            let hit = enabled.intersection(set.plans)
            if hit.count >= 2 {
                result.append(set.planNames.compactMap { catalog.plan(named: $0)?.index }.filter { hit.contains($0) })
            }
        }
        return result
    }

    /// Enabled plans whose prerequisites are all missing, each with the prerequisite to name.
    func unmetPrerequisites(in enabled: PlanSet) -> [(plan: Int, requires: Int)] {
        let dependents = enabled.intersection(catalog.plansWithPrerequisites)
        if dependents.isEmpty { return [] }
        var result: [(Int, Int)] = []
        for p in dependents.indices {
            let prereqs = catalog.plans[p].prerequisites
            guard let first = prereqs.first else { continue }
            if !prereqs.contains(where: { enabled.contains($0) }) { result.append((p, first)) }
        }
        return result
    }

    /// The outcome of checking a prospective change.
    struct RuleCheck {
        var violation: LicensingError?
        /// Addresses of the mailbox to create when the change is applied (already checked unique).
        var newMailbox: [ProxyAddress]?
    }

    /// The first rule the prospective records break, if any. Only violations the change introduces
    /// count: a state that was already accepted is never blamed on a later, unrelated change.
    func check(user: User, before: [AssignmentRecord], after: [AssignmentRecord], location: String,
               newlyConsumed: [UUID]) -> RuleCheck {
        let old = enabledPlans(of: before)
        let new = enabledPlans(of: after)
        let id = user.objectId

        // 3. Plans not offered in the usage location.
        let prohibitedHere = new.intersection(catalog.prohibitedPlans(in: location))
        if !prohibitedHere.subtracting(old).isEmpty {
            let names = planNamesInLicenseOrder(prohibitedHere, records: after)
            return RuleCheck(violation: LicensingError(code: .prohibitedInUsageLocationViolation,
                                                       message: LicensingMessages.prohibitedInUsageLocation(names),
                                                       targetObjectId: id, servicePlans: names))
        }
        // 4. Two plans of one exclusion set.
        var newConflicts = conflicts(in: new)
        if !newConflicts.isEmpty {
            let oldConflicts = Set(conflicts(in: old).flatMap { $0 })
            newConflicts = newConflicts.filter { !Set($0).isSubset(of: oldConflicts) }
        }
        if !newConflicts.isEmpty {
            let names = newConflicts.flatMap { $0 }.map { catalog.plans[$0].name }
            return RuleCheck(violation: LicensingError(code: .mutuallyExclusiveViolation,
                                                       message: LicensingMessages.mutuallyExclusive(names),
                                                       targetObjectId: id, servicePlans: names))
        }
        // 5. Prerequisites (an added plan without them, or a removal taking them away).
        let unmetNow = unmetPrerequisites(in: new)
        if !unmetNow.isEmpty {
            let oldUnmet = Set(unmetPrerequisites(in: old).map(\.plan))
            if let unmet = unmetNow.first(where: { !oldUnmet.contains($0.plan) }) {
                let plan = catalog.plans[unmet.plan], requirement = catalog.plans[unmet.requires]
                return RuleCheck(violation: LicensingError(
                    code: .dependencyViolation,
                    message: LicensingMessages.userDependency(service: plan.friendlyName, requires: requirement.friendlyName),
                    targetObjectId: id, servicePlans: [plan.name, requirement.name]))
            }
        }
        // 6. A free seat for every product the user starts consuming.
        let full = newlyConsumed.filter { availableUnits(skuId: $0) < 1 }
        if !full.isEmpty {
            return RuleCheck(violation: LicensingError(code: .countViolation, message: LicensingMessages.countViolation,
                                                       targetObjectId: id, skuIds: full))
        }
        // 7. A new mailbox must not reuse another recipient's proxy address.
        guard !new.isDisjoint(with: catalog.mailboxPlans), user.mailboxId == nil else { return RuleCheck() }
        let addresses = mailboxAddresses(for: user)
        if let (address, owner) = firstUsedAddress(addresses) {
            return RuleCheck(violation: LicensingError(
                code: .uniquenessViolation, message: LicensingMessages.proxyAddressInUse(address.description, by: owner.name),
                targetObjectId: id))
        }
        return RuleCheck(newMailbox: addresses)
    }

    /// SKUs of `after`'s applied records that `before` does not apply.
    func newlyConsumedSkus(before: [AssignmentRecord], after: [AssignmentRecord]) -> [UUID] {
        var result: [UUID] = []
        for r in after where r.isApplied && !result.contains(r.skuId) {
            if !before.contains(where: { $0.isApplied && $0.skuId == r.skuId }) { result.append(r.skuId) }
        }
        return result
    }
}
