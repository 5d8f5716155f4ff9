import Foundation
import Licensing

/// `New-LabTenant -Users N -Groups M -Seed S`: a large, realistic tenant for experiments and
/// benchmarks, the same for the same arguments. Built through the licensing core's own calls
/// (buy, create, join, license, process), so every state in it follows the rules: some products
/// run short (CountViolation), some users hold E1 directly and join E3 groups (conflicts), a few
/// live where plans are prohibited, some have no usage location (the tenant's country applies).
public enum TenantGenerator {
    public static let firstNames = ["Ava", "Ben", "Chloe", "Dev", "Elena", "Finn", "Grace", "Hiro", "Isla", "Jamal", "Kofi",
                                    "Lena", "Mateo", "Nora", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tara", "Uma",
                                    "Viktor", "Wen", "Yusuf", "Zoe"]
    public static let lastNames = ["Adams", "Becker", "Chen", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ito",
                                   "Jensen", "Kowalski", "Lopez", "Müller", "Nakamura", "Okafor", "Patel", "Rossi",
                                   "Schmidt", "Tanaka", "Novak", "Walsh", "Yilmaz", "Zhang"]
    /// Usage locations by weight (nil: not set); IR is where every plan is prohibited.
    static let locations: [(String?, Int)] = [("US", 50), ("GB", 12), ("DE", 10), ("FR", 8), ("CA", 6), ("IN", 6),
                                              (nil, 7), ("IR", 1)]
    /// What the groups carry, in turn: E3, E3 + EMS, Power BI Pro, E5, E3 Exchange-only + Workplace
    /// Analytics, and an unlicensed group.
    static let groupLicenses: [[(String, [String])]] = [
        [("ENTERPRISEPACK", [])], [("ENTERPRISEPACK", []), ("EMS", [])], [("POWER_BI_PRO", [])],
        [("ENTERPRISEPREMIUM", [])], [], [("WORKPLACE_ANALYTICS", [])],
    ]

    public static func make(users n: Int, groups m: Int, seed: UInt64, name: String = "contoso",
                            clock: TenantClock = .system) -> Tenant {
        var rng = Generator(seed: seed)
        let start = Date(millisecondsSince1970: 1_767_225_600_000)  // 2026-01-01
        let t = Tenant(name: name, tenantId: rng.uuid(), clock: .fixed(start))
        let users = max(0, n), groups = max(0, m)
        // Units: most products a little short of what the groups ask for.
        let units: [(String, Int)] = [("ENTERPRISEPACK", users * 6 / 10), ("ENTERPRISEPREMIUM", users / 10 + 1),
                                      ("EMS", users * 3 / 10), ("POWER_BI_PRO", users / 5 + 1), ("STANDARDPACK", users / 10 + 1),
                                      ("EXCHANGESTANDARD", users / 20 + 1), ("WORKPLACE_ANALYTICS", users / 50 + 1)]
        for (part, count) in units { _ = try? t.addSubscription(skuPartNumber: part, units: count, subscriptionId: rng.uuid()) }
        let totalWeight = locations.reduce(0) { $0 + $1.1 }
        var ids: [UUID] = []
        ids.reserveCapacity(users)
        for i in 0..<users {
            let first = firstNames[Int(rng.next() % UInt64(firstNames.count))]
            let last = lastNames[Int(rng.next() % UInt64(lastNames.count))]
            var pick = Int(rng.next() % UInt64(totalWeight)), location: String? = "US"
            for (l, w) in locations {
                if pick < w { location = l; break }
                pick -= w
            }
            let upn = "\(first.lowercased()).\(asciiFold(last).lowercased())\(i + 1)@\(t.initialDomain)"
            if let u = try? t.createUser(userPrincipalName: upn, displayName: "\(first) \(last)", usageLocation: location,
                                         objectId: rng.uuid()) {
                ids.append(u.objectId)
            }
        }
        // Direct licenses for one user in ten: E1 (conflicts with E3 from a group) or Exchange Plan 1.
        for id in ids where rng.next() % 10 == 0 {
            let part = rng.next() % 3 == 0 ? "EXCHANGESTANDARD" : "STANDARDPACK"
            try? t.assignLicenses(userId: id, add: [LicenseRequest(.partNumber(part))])
        }
        var groupIds: [UUID] = []
        for g in 0..<groups {
            let licenses = groupLicenses[g % groupLicenses.count]
            let label = licenses.isEmpty ? "Staff" : licenses.map { $0.0 }.joined(separator: " + ")
            guard let group = try? t.createGroup(displayName: "Team \(g + 1) (\(label))", objectId: rng.uuid()) else { continue }
            groupIds.append(group.objectId)
        }
        // Memberships: every user joins one group, one in three a second; Workplace Analytics
        // groups also need Exchange, so they get E3 Exchange-only next to the add-on.
        if !groupIds.isEmpty {
            for id in ids {
                let first = Int(rng.next() % UInt64(groupIds.count))
                try? t.addMember(groupId: groupIds[first], userId: id)
                if rng.next() % 3 == 0 {
                    try? t.addMember(groupId: groupIds[Int(rng.next() % UInt64(groupIds.count))], userId: id)
                }
            }
        }
        let exchangeOnly = (t.catalog.product(partNumber: "ENTERPRISEPACK")?.planIndices ?? [])
            .map { t.catalog.plans[$0].name }.filter { $0 != "EXCHANGE_S_ENTERPRISE" }.map { PlanReference.name($0) }
        for (g, groupId) in groupIds.enumerated() {
            let licenses = groupLicenses[g % groupLicenses.count]
            var requests = licenses.map { LicenseRequest(.partNumber($0.0), disabledPlans: $0.1.map { .name($0) }) }
            if licenses.contains(where: { $0.0 == "WORKPLACE_ANALYTICS" }) {
                requests.insert(LicenseRequest(.partNumber("ENTERPRISEPACK"), disabledPlans: exchangeOnly), at: 0)
            }
            if !requests.isEmpty { try? t.setGroupLicenses(groupId: groupId, add: requests) }
        }
        t.processQueue()
        t.clock = clock
        return t
    }

    static func asciiFold(_ s: String) -> String {
        String(s.unicodeScalars.map { $0 == "ü" ? "u" : Character($0) })
    }

    /// SplitMix64 (the ids and choices of one seed never change between versions of Swift).
    struct Generator {
        var state: UInt64

        init(seed: UInt64) { state = seed }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func uuid() -> UUID {
            let a = next(), b = next()
            var bytes = [UInt8](repeating: 0, count: 16)
            for i in 0..<8 {
                bytes[i] = UInt8(truncatingIfNeeded: a >> (8 * UInt64(i)))
                bytes[8 + i] = UInt8(truncatingIfNeeded: b >> (8 * UInt64(i)))
            }
            bytes[6] = (bytes[6] & 0x0F) | 0x40
            bytes[8] = (bytes[8] & 0x3F) | 0x80
            return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8],
                               bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
        }
    }
}
