import Foundation
@testable import Licensing

/// Decodes numbers (what the property tests generate and shrink) into operations on a small
/// tenant where seats are scarce, plans conflict, add-ons have prerequisites, one user is in a
/// prohibited country, one has no usage location and one will collide with a mail contact.
final class RandomOperations {
    enum Kind { case direct, group, other }

    let t: Tenant
    let users: [UUID]
    let groups: [UUID]
    static let parts = ["STANDARDPACK", "ENTERPRISEPACK", "EMS", "WORKPLACE_ANALYTICS", "MCOMEETADV", "EXCHANGESTANDARD"]
    static let disablePlans = ["EXCHANGE_S_STANDARD", "SHAREPOINTSTANDARD", "EXCHANGE_S_ENTERPRISE", "SHAREPOINTENTERPRISE",
                               "MCOSTANDARD", "SWAY", "INTUNE_A"]
    static let locations: [String?] = ["US", "FR", "US", "IR", "DE", nil]

    init() {
        let t = tenant(["STANDARDPACK": 2, "ENTERPRISEPACK": 3, "EMS": 2, "WORKPLACE_ANALYTICS": 2, "MCOMEETADV": 2,
                        "EXCHANGESTANDARD": 1])
        self.t = t
        // Fixed ids, so that two runs of the same operations can be compared.
        users = (0..<6).compactMap { i in
            try? t.createUser(userPrincipalName: "u\(i)@\(t.initialDomain)", displayName: "u\(i)",
                              usageLocation: Self.locations[i % Self.locations.count], objectId: Self.id(1, i)).objectId
        }
        groups = (0..<3).compactMap { i in try? t.createGroup(displayName: "g\(i)", objectId: Self.id(2, i)).objectId }
        _ = try? t.createMailContact(name: "old u5", externalEmailAddress: "u5@contoso.onmicrosoft.com", id: Self.id(3, 0))
    }

    static func id(_ kind: Int, _ i: Int) -> UUID {
        UUID(uuidString: String(format: "%08ld-0000-4000-8000-%012ld", kind, i)) ?? UUID()
    }

    private func pick<T>(_ items: [T], _ n: inout Int) -> T {
        let item = items[n % items.count]
        n /= items.count
        return item
    }

    private func request(_ n: inout Int) -> LicenseRequest {
        let part = pick(Self.parts, &n)
        let product = t.catalog.product(partNumber: part)
        var disabled: [PlanReference] = []
        if pick([false, false, true], &n) {
            let plan = pick(Self.disablePlans, &n)
            if let p = t.catalog.plan(named: plan), product?.plans.contains(p.index) == true { disabled = [.name(plan)] }
        }
        return LicenseRequest(.partNumber(part), disabledPlans: disabled)
    }

    /// Applies operation `code`; returns its kind and whether it threw.
    @discardableResult
    func apply(_ code: Int) -> (kind: Kind, failed: Bool) {
        var n = code
        let op = n % 14
        n /= 14
        let user = pick(users, &n)
        do {
            switch op {
            case 0:
                let first = request(&n)
                let more = pick([false, true], &n) ? [request(&n)] : []
                try t.assignLicenses(userId: user, add: [first] + more)
                return (.direct, false)
            case 1:
                try t.assignLicenses(userId: user, remove: [.partNumber(pick(Self.parts, &n))])
                return (.direct, false)
            case 2:
                try t.assignLicenses(userId: user, update: [request(&n)])
                return (.direct, false)
            case 3:
                let add = request(&n), remove = SkuReference.partNumber(pick(Self.parts, &n))
                try t.assignLicenses(userId: user, add: [add], remove: [remove])
                return (.direct, false)
            case 4: try t.addMember(groupId: pick(groups, &n), userId: user)
            case 5: try t.removeMember(groupId: pick(groups, &n), userId: user)
            case 6:
                let group = pick(groups, &n)
                try t.setGroupLicenses(groupId: group, add: [request(&n)])
                return (.group, false)
            case 7:
                try t.setGroupLicenses(groupId: pick(groups, &n), remove: [.partNumber(pick(Self.parts, &n))])
                return (.group, false)
            case 8, 9: t.processQueue()
            case 10: try t.reprocessGroup(groupId: pick(groups, &n))
            case 11: _ = try t.reprocessUser(userId: user)
            case 12:
                // The group-licensing article's dependency story: Skype from a group, Audio
                // Conferencing directly, then leaving the group (each step may fail on the random
                // state; later steps still run).
                let group = pick(groups, &n)
                try? t.setGroupLicenses(groupId: group, add: [LicenseRequest(.partNumber(pick(["ENTERPRISEPACK", "STANDARDPACK"], &n)))])
                try? t.addMember(groupId: group, userId: user)
                t.processQueue()
                try? t.assignLicenses(userId: user, add: [LicenseRequest(.partNumber("MCOMEETADV"))])
                try t.removeMember(groupId: group, userId: user)
            default:
                switch pick([0, 1, 2, 3], &n) {
                case 0: try t.setUsageLocation(userId: user, pick(Self.locations, &n))
                case 1: try t.deleteUser(userId: user)
                case 3: t.settings.duplicateProxyAddressError = pick(DuplicateProxyAddressBehavior.allCases, &n)
                default: try t.restoreUser(userId: user)
                }
            }
        } catch {
            return (op <= 3 ? .direct : (op == 6 || op == 7) ? .group : .other, true)
        }
        return (.other, false)
    }
}
