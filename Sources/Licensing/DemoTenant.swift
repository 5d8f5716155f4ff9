import Foundation

/// The embedded demo tenant (docs/licensing.md "The demo tenant") and the empty tenant of
/// `Reset-LabTenant -Empty`. The demo is built by running the scenario through the public API, so
/// every state in it is computed by the same rules the shell exercises; only the inputs below are
/// data.
public enum DemoTenant {
    public static let name = "contoso"
    public static let countryLetterCode = "US"
    public static let tenantId = UUID(uuidString: "6d2f1c3a-0c6e-4a4b-9a51-6f3d2b1e0c01")!

    /// Seats per product: small enough to run out.
    public static let subscriptions: [(partNumber: String, units: Int)] = [
        ("STANDARDPACK", 5), ("ENTERPRISEPACK", 10), ("ENTERPRISEPREMIUM", 2), ("EMS", 3), ("EMSPREMIUM", 2),
        ("WORKPLACE_ANALYTICS", 3), ("EXCHANGESTANDARD", 2), ("POWER_BI_PRO", 5), ("MCOMEETADV", 2),
    ]

    public struct DemoUser: Sendable {
        public let objectId: UUID
        public let alias: String
        public let displayName: String
        public let usageLocation: String?
        public var userPrincipalName: String { "\(alias)@\(DemoTenant.name).onmicrosoft.com" }
    }

    static func userId(_ n: Int) -> UUID { UUID(uuidString: String(format: "5b0f7a10-1c2d-4e3f-8a4b-%012ld", n))! }
    static func groupId(_ n: Int) -> UUID { UUID(uuidString: String(format: "9c3e5d20-2b4a-4c6d-8e7f-%012ld", n))! }

    public static let users: [DemoUser] = [
        ("averyb", "Avery Brooks", "US"), ("blakec", "Blake Carter", "US"), ("caseyd", "Casey Diaz", "US"),
        ("danae", "Dana Evans", "US"), ("elif", "Eli Fischer", "US"), ("farahg", "Farah Ghani", "GB"),
        ("gwenh", "Gwen Harper", nil), ("hugoi", "Hugo Ibarra", "FR"), ("inesj", "Ines Jansen", "DE"),
        ("jonask", "Jonas Keller", "DE"), ("kiral", "Kira Larsen", nil), ("liamm", "Liam Moreau", "US"),
        ("maran", "Mara Novak", "DE"), ("nicoo", "Nico Ortega", "US"), ("olgap", "Olga Petrova", "CA"),
        ("priyaq", "Priya Quinn", "US"), ("quentinr", "Quentin Ross", "US"), ("rosas", "Rosa Silva", "US"),
        ("svent", "Sven Tanaka", "US"), ("tarau", "Tara Upton", "US"), ("umaw", "Uma Weiss", nil),
        ("vikramx", "Vikram Xu", "IR"), ("wesy", "Wes Young", "US"), ("yaraz", "Yara Zimmer", "US"),
    ].enumerated().map { i, u in DemoUser(objectId: userId(i + 1), alias: u.0, displayName: u.1, usageLocation: u.2) }

    public enum Groups {
        /// Office 365 E3 for a team: members in error for conflicting plans (hugoi: E1 direct), a
        /// prohibited location (vikramx: IR), a removal blocked by a dependency (tarau), a silent
        /// duplicate-proxy failure (wesy), and a member without usage location (gwenh, uses US).
        public static let e3Users = DemoTenant.groupId(1)
        /// E3 + EMS: all or nothing; EMS runs out, so the last member gets neither.
        public static let e3PlusEms = DemoTenant.groupId(2)
        /// Workplace Analytics with its prerequisite in the same group: E3 with only Exchange Online (Plan 2).
        public static let workplaceAnalytics = DemoTenant.groupId(3)
        /// More members than Power BI Pro seats.
        public static let powerBi = DemoTenant.groupId(4)
        /// No licenses: everyone.
        public static let allStaff = DemoTenant.groupId(5)
    }

    /// The mail contact whose address collides with wesy's future mailbox.
    public static let oldWesContactId = UUID(uuidString: "7e1a2b30-3c4d-4e5f-9a6b-000000000001")!

    static let groupDefinitions: [(UUID, String, String, [String])] = [
        (Groups.e3Users, "E3 Users", "Office 365 E3 for everyone on the team",
         ["averyb", "blakec", "gwenh", "hugoi", "inesj", "vikramx", "wesy", "tarau"]),
        (Groups.e3PlusEms, "E3 + EMS", "Office 365 E3 and Enterprise Mobility + Security E3",
         ["caseyd", "danae", "elif", "farahg"]),
        (Groups.workplaceAnalytics, "Workplace Analytics users", "Workplace Analytics with Exchange-only E3",
         ["inesj", "jonask"]),
        (Groups.powerBi, "Power BI Pro", "Power BI Pro for analysts",
         ["kiral", "liamm", "maran", "nicoo", "olgap", "priyaq", "quentinr"]),
        (Groups.allStaff, "All Staff", "Everyone", []),
    ]

    /// `Reset-LabTenant -Empty`: the demo's name and country, nothing else.
    public static func makeEmpty(clock: TenantClock = .system) -> Tenant {
        Tenant(name: name, tenantId: tenantId, settings: TenantSettings(countryLetterCode: countryLetterCode),
               clock: clock)
    }

    /// `Reset-LabTenant`: the demo tenant, processed (every group `ProcessingComplete`).
    public static func make(clock: TenantClock = .system) -> Tenant {
        let tenant = makeEmpty(clock: clock)
        do {
            try build(tenant)
        } catch {
            // The inputs are constants checked by the test suite; reaching this is a programming error.
            preconditionFailure("demo tenant does not build: \(error)")
        }
        return tenant
    }

    private static func build(_ t: Tenant) throws(LicensingError) {
        for s in subscriptions { try t.addSubscription(skuPartNumber: s.partNumber, units: s.units) }
        for u in users {
            try t.createUser(userPrincipalName: u.userPrincipalName, displayName: u.displayName,
                             usageLocation: u.usageLocation, objectId: u.objectId)
        }
        try t.createMailContact(name: "Wes Young (old)", externalEmailAddress: "wesy@\(t.initialDomain)",
                                alias: "wesy.old", id: oldWesContactId)

        func id(_ alias: String) -> UUID { users.first { $0.alias == alias }?.objectId ?? UUID() }
        func sku(_ part: String) -> LicenseRequest { LicenseRequest(.partNumber(part)) }

        // Direct assignments.
        try t.assignLicenses(userId: id("hugoi"), add: [sku("STANDARDPACK")])
        try t.assignLicenses(userId: id("svent"), add: [sku("STANDARDPACK"), sku("MCOMEETADV")])
        try t.assignLicenses(userId: id("rosas"), add: [sku("ENTERPRISEPREMIUM"), sku("EMSPREMIUM")])
        try t.assignLicenses(userId: id("yaraz"), add: [sku("EXCHANGESTANDARD")])

        // Groups, their members and licenses.
        for (groupId, name, description, members) in groupDefinitions {
            try t.createGroup(displayName: name, description: description, objectId: groupId)
            for alias in members { try t.addMember(groupId: groupId, userId: id(alias)) }
        }
        for u in users { try t.addMember(groupId: Groups.allStaff, userId: u.objectId) }
        try t.setGroupLicenses(groupId: Groups.e3Users, add: [sku("ENTERPRISEPACK")])
        try t.setGroupLicenses(groupId: Groups.e3PlusEms, add: [sku("ENTERPRISEPACK"), sku("EMS")])
        let exchangeOnly = t.catalog.product(partNumber: "ENTERPRISEPACK").map { product in
            product.planIndices.map { t.catalog.plans[$0].name }.filter { $0 != "EXCHANGE_S_ENTERPRISE" }
        } ?? []
        try t.setGroupLicenses(groupId: Groups.workplaceAnalytics, add: [
            LicenseRequest(.partNumber("ENTERPRISEPACK"), disabledPlans: exchangeOnly.map { .name($0) }),
            sku("WORKPLACE_ANALYTICS"),
        ])
        try t.setGroupLicenses(groupId: Groups.powerBi, add: [sku("POWER_BI_PRO")])
        t.processQueue()

        // tarau takes Workplace Analytics directly (its Exchange prerequisite comes from E3 Users),
        // then leaves the group: the removal is blocked by DependencyViolation.
        try t.assignLicenses(userId: id("tarau"), add: [sku("WORKPLACE_ANALYTICS")])
        try t.removeMember(groupId: Groups.e3Users, userId: id("tarau"))
        t.processQueue()
    }
}
