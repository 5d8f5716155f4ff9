import Foundation
import Licensing

/// Why a user's license assignment is in error (docs/portal.md, "Why?"): the rule that failed,
/// which sources give which plans, and what the group-licensing article offers to resolve it.
/// `Get-LabLicenseDiagnosis` prints these texts and the portal's Why? page shows the same ones.
/// The wording is LicenseLab's; the error names and codes are the service's.
public struct LicenseDiagnosis: Sendable, Equatable {
    public var skuPartNumber: String
    public var productName: String
    /// `Direct` or `Inherited (group name)`.
    public var path: String
    public var state: AssignmentState
    public var error: AssignmentError
    /// The text, one paragraph per line: what failed, the rule, the sources, what to do.
    public var lines: [String]

    public var text: String { lines.joined(separator: "\n") }

    /// The article's name for each error (its section titles), beside the code PowerShell shows.
    public static func reason(_ error: AssignmentError) -> String {
        switch error {
        case .none: return "No error"
        case .countViolation: return "Not enough licenses"
        case .mutuallyExclusiveViolation: return "Conflicting service plans"
        case .dependencyViolation: return "Other products depend on this license"
        case .prohibitedInUsageLocationViolation: return "Usage location isn't allowed"
        case .uniquenessViolation: return "Duplicate proxy addresses"
        case .other: return "Other error"
        }
    }

    /// A record's assignment path as the classic User > Licenses pane words it.
    public static func path(_ tenant: Tenant, _ source: AssignmentSource) -> String {
        switch source {
        case .direct: return "Direct"
        case .group(let id): return "Inherited (\(tenant.group(id: id)?.displayName ?? id.lowercasedString))"
        }
    }

    /// One diagnosis per record of the user that is in error, in record order.
    public static func diagnose(_ tenant: Tenant, user: User) -> [LicenseDiagnosis] {
        user.records.filter { $0.error != .none || $0.state == .error }.map { diagnose(tenant, user: user, record: $0) }
    }

    /// Plans a record enables: its product's plans but the disabled ones.
    public static func enabledPlans(_ tenant: Tenant, _ r: AssignmentRecord) -> PlanSet {
        guard let product = tenant.catalog.product(skuId: r.skuId) else { return PlanSet() }
        return product.plans.subtracting(tenant.catalog.planSet(ids: r.disabledPlans))
    }

    public static func names(_ tenant: Tenant, _ set: PlanSet) -> [String] {
        (0..<tenant.catalog.plans.count).filter { set.contains($0) }.map { tenant.catalog.plans[$0].name }
    }

    /// Names, at most `limit` of them, then how many more.
    static func list(_ names: [String], limit: Int = 6) -> String {
        names.count <= limit ? names.joined(separator: ", ")
            : names.prefix(limit).joined(separator: ", ") + " and \(names.count - limit) more"
    }

    static func diagnose(_ tenant: Tenant, user: User, record r: AssignmentRecord) -> LicenseDiagnosis {
        let catalog = tenant.catalog
        func partNumber(_ sku: UUID) -> String { catalog.product(skuId: sku)?.partNumber ?? sku.lowercasedString }
        let part = partNumber(r.skuId)
        let name = catalog.product(skuId: r.skuId)?.displayName ?? part
        let path = Self.path(tenant, r.source)
        let mine = enabledPlans(tenant, r)
        let otherRecords = user.records.filter { $0 != r && $0.isApplied }
        var others = PlanSet()
        for o in otherRecords { others.formUnion(enabledPlans(tenant, o)) }
        /// Which of the user's other applied assignments gives a plan.
        func giver(_ plan: Int) -> String {
            otherRecords.first { enabledPlans(tenant, $0).contains(plan) }.map { "\(Self.path(tenant, $0.source)): \(partNumber($0.skuId))" } ?? "?"
        }
        var lines = ["\(name) (\(part)), \(path): state \(r.state.rawValue), error \(r.error.rawValue) (\(reason(r.error)))."]
        switch r.error {
        case .countViolation:
            let sku = tenant.subscribedSku(skuId: r.skuId)
            let total = sku?.enabledUnits ?? 0, used = tenant.consumedUnits(skuId: r.skuId)
            var rule = "Rule: every user who holds a product uses one of its seats. \(part) has \(total) seats; \(used) are in use and \(max(0, total - used)) available."
            if total - used > 0, case .group = r.source {
                let short = user.records.filter { $0.source == r.source && $0.skuId != r.skuId && tenant.availableUnits(skuId: $0.skuId) < 1 }
                    .map { partNumber($0.skuId) }
                if !short.isEmpty {
                    rule += " The group's products are assigned all together or not at all, and \(short.joined(separator: ", ")) has no seat left."
                }
            }
            lines.append(rule)
            lines.append("What to do: buy more seats (Add-LabSubscription) or free some by taking the product from other users or groups. Freed seats do not retry users already in error: press Reprocess on the group (Invoke-LabGroupReprocess) or on the user (Invoke-MgLicenseUser).")
        case .mutuallyExclusiveViolation:
            var pairs: [String] = []
            for set in catalog.exclusionSets where !set.isExchangePlanRule || tenant.settings.exchangePlansConflict {
                let a = (0..<catalog.plans.count).filter { mine.contains($0) && set.plans.contains($0) }
                let b = (0..<catalog.plans.count).filter { others.contains($0) && set.plans.contains($0) && !a.contains($0) }
                guard !a.isEmpty, !b.isEmpty else { continue }
                pairs.append("\(a.map { catalog.plans[$0].name }.joined(separator: ", ")) from this path against "
                             + b.map { "\(catalog.plans[$0].name) (from \(giver($0)))" }.joined(separator: ", "))
            }
            lines.append("Rule: some service plans cannot be held together, whichever products bring them." + (pairs.isEmpty ? "" : " Here: " + pairs.joined(separator: "; ") + "."))
            lines.append("What to do: remove the other assignment that brings the conflicting plan (often a product assigned directly), or disable the conflicting plans in one of the two assignments; then reprocess.")
        case .dependencyViolation:
            var needs: [String] = []
            for i in 0..<catalog.plans.count where others.contains(i) {
                let plan = catalog.plans[i]
                guard !plan.prerequisites.isEmpty, plan.prerequisites.contains(where: { mine.contains($0) }) else { continue }
                let required = plan.prerequisites.map { catalog.plans[$0].name }
                needs.append("\(plan.name) (from \(giver(i))) needs one of \(required.joined(separator: ", ")), which this path gives")
            }
            lines.append("Rule: a dependent service plan needs its prerequisite plan; a change that would leave it without one is refused, and the license stays as it was." + (needs.isEmpty ? "" : " Here: " + needs.joined(separator: "; ") + "."))
            lines.append("What to do: give the user the prerequisite from another source first, or remove the dependent product or plan before this one; then reprocess.")
        case .prohibitedInUsageLocationViolation:
            let location = user.usageLocation ?? tenant.settings.countryLetterCode
            let said = user.usageLocation.map { "The user's usage location is \($0)" }
                ?? "The user has no usage location, so the directory's (\(tenant.settings.countryLetterCode)) is used"
            let blocked = (0..<catalog.plans.count).filter { mine.contains($0) && catalog.plans[$0].prohibitedCountries.contains(location) }
                .map { catalog.plans[$0].name }
            lines.append("Rule: some service plans are not offered in every country. \(said)" + (blocked.isEmpty ? "." : "; \(list(blocked)) cannot be used there."))
            lines.append("What to do: set a usage location where the plans are offered (User > Licenses, or Set-MgUser -UsageLocation), or disable those plans in the assignment; then reprocess the user.")
        case .uniquenessViolation:
            var detail = ""
            for address in tenant.mailboxAddresses(for: user) {
                if let owner = tenant.recipient(proxyAddress: address.address), owner.externalDirectoryObjectId != user.objectId {
                    detail = " Here: \(address.address) is already used by \(owner.displayName)."
                    break
                }
            }
            lines.append("Rule: the mailbox an Exchange plan creates needs proxy addresses no other recipient uses." + detail)
            lines.append("What to do: find who holds the address (Get-Recipient -Filter \"EmailAddresses -eq 'smtp:ADDRESS'\"), change or remove it there, then reprocess the user.")
        case .other, .none:
            lines.append("Rule: LicenseLab records no detail for this error.")
            lines.append("What to do: reprocess the user; if the error stays, remove and assign the license again.")
        }
        let sources = user.records.map { o in
            "\(Self.path(tenant, o.source)) gives \(partNumber(o.skuId)) (\(o.state.rawValue), \(enabledPlans(tenant, o).count) services)"
        }
        lines.insert("Sources: " + sources.joined(separator: "; ") + ".", at: 2)
        return LicenseDiagnosis(skuPartNumber: part, productName: name, path: path, state: r.state, error: r.error, lines: lines)
    }
}
