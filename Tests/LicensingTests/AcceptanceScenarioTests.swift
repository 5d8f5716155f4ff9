import Foundation
import Testing
@testable import Licensing

/// The scenarios of Tests/M365Scripts/acceptance/*.ps1 (copies of the shared acceptance scripts;
/// docs/licensing.md "Acceptance scripts and scenarios"), step by step against the core: each test
/// performs the script's operations and checks the facts its .out file prints. The shell runs
/// `processQueue()` after every statement (Immediate mode); the tests do the same explicitly.
@Suite struct AcceptanceScenarioTests {
    @Test func addonPrerequisite() throws {
        let t = tenant(["ENTERPRISEPACK": 5, "WORKPLACE_ANALYTICS": 5])
        let g = try t.makeGroup("Workplace Analytics users")
        let error = expectLicensingError { try t.groupLicense(g, "WORKPLACE_ANALYTICS") }
        #expect(error?.message == "License operation failed. Make sure that the group has necessary services before adding or removing a dependent service. The service Microsoft Workplace Analytics requires Exchange Online (Plan 2) to be enabled as well.")
        #expect(t.group(id: g)?.licenses.count == 0)
        let e3 = try #require(t.catalog.product(partNumber: "ENTERPRISEPACK"))
        let disabled = e3.planIndices.map { t.catalog.plans[$0].name }.filter { $0 != "EXCHANGE_S_ENTERPRISE" }
        try t.setGroupLicenses(groupId: g, add: [
            LicenseRequest(.accountSkuId("contoso:ENTERPRISEPACK"), disabledPlans: disabled.map { .name($0) }),
            LicenseRequest(.accountSkuId("contoso:WORKPLACE_ANALYTICS")),
        ])
        t.processQueue()
        let parts = try #require(t.group(id: g)).licenses.compactMap { t.catalog.product(skuId: $0.skuId)?.partNumber }
        #expect(parts.sorted() == ["ENTERPRISEPACK", "WORKPLACE_ANALYTICS"])
        let fay = try t.makeUser("fay")
        try t.addMember(groupId: g, userId: fay)
        t.processQueue()
        let full = try t.makeGroup("Full E3")
        try t.groupLicense(full, "ENTERPRISEPACK")
        t.processQueue()
        try t.addMember(groupId: full, userId: fay)
        t.processQueue()
        #expect(t.consumed("ENTERPRISEPACK") == 1)
        #expect(t.consumed("WORKPLACE_ANALYTICS") == 1)
        let license = try #require(t.licenses(ofUser: fay).first { $0.accountSkuId == "contoso:ENTERPRISEPACK" })
        #expect(license.groupsAssigningLicense.count == 2)
        #expect(license.servicePlans.first { $0.plan.name == "SHAREPOINTENTERPRISE" }?.provisioningStatus == .success)
    }

    @Test func allOrNothing() throws {
        let t = tenant(["ENTERPRISEPACK": 5, "EMS": 1])
        let g = try t.makeGroup("E3 + EMS")
        try t.groupLicense(g, "ENTERPRISEPACK", "EMS")
        t.processQueue()
        var ids: [UUID] = []
        for name in ["gus", "hal"] {
            let u = try t.makeUser(name)
            try t.addMember(groupId: g, userId: u)
            t.processQueue()
            ids.append(u)
        }
        #expect(t.isLicensed(userId: ids[0]) && t.errors(ids[0]).isEmpty)
        #expect(!t.isLicensed(userId: ids[1]))
        #expect(Set(t.errors(ids[1])) == [.countViolation])
        #expect(t.consumed("EMS") == 1 && t.consumed("ENTERPRISEPACK") == 1)
    }

    @Test func conflictingPlans() throws {
        let t = tenant(["STANDARDPACK": 5, "ENTERPRISEPACK": 5])
        let cara = try t.makeUser("cara")
        try t.direct(cara, "STANDARDPACK")
        let g = try t.makeGroup("E3 group", members: [cara])
        try t.groupLicense(g, "ENTERPRISEPACK")
        t.processQueue()
        #expect(t.accountSkuIds(cara) == ["contoso:STANDARDPACK"])
        #expect(t.errors(cara) == [.mutuallyExclusiveViolation])
        try t.assignLicenses(userId: cara, update: [
            LicenseRequest(.accountSkuId("contoso:STANDARDPACK"),
                           disabledPlans: [.name("EXCHANGE_S_STANDARD"), .name("SHAREPOINTSTANDARD")]),
        ])
        try t.reprocessGroup(groupId: g)
        t.processQueue()
        #expect(t.accountSkuIds(cara).sorted() == ["contoso:ENTERPRISEPACK", "contoso:STANDARDPACK"])
        #expect(t.indirectLicenseErrors(ofUser: cara).isEmpty)
        #expect(t.consumed("ENTERPRISEPACK") == 1)
    }

    @Test func dependencyOnRemoval() throws {
        let t = tenant(["ENTERPRISEPACK": 5, "WORKPLACE_ANALYTICS": 5])
        let g = try t.makeGroup("E3")
        try t.groupLicense(g, "ENTERPRISEPACK")
        let ivy = try t.makeUser("ivy")
        try t.addMember(groupId: g, userId: ivy)
        t.processQueue()
        try t.direct(ivy, "WORKPLACE_ANALYTICS")
        try t.removeMember(groupId: g, userId: ivy)
        t.processQueue()
        #expect(t.accountSkuIds(ivy).sorted() == ["contoso:ENTERPRISEPACK", "contoso:WORKPLACE_ANALYTICS"])
        #expect(t.errors(ivy) == [.dependencyViolation])
        try t.assignLicenses(userId: ivy, remove: [.accountSkuId("contoso:WORKPLACE_ANALYTICS")])
        try t.reprocessGroup(groupId: g)
        t.processQueue()
        #expect(!t.isLicensed(userId: ivy))
        #expect(t.consumed("ENTERPRISEPACK") == 0)
    }

    @Test func directOrInherited() throws {
        let t = tenant(["EMS": 10])
        let g = try t.makeGroup("EMS group")
        try t.groupLicense(g, "EMS")
        let pat = try t.makeUser("pat"), quinn = try t.makeUser("quinn"), ray = try t.makeUser("ray")
        try t.direct(pat, "EMS")
        try t.addMember(groupId: g, userId: quinn)
        t.processQueue()
        try t.addMember(groupId: g, userId: ray)
        t.processQueue()
        try t.direct(ray, "EMS")
        func sources(_ u: UUID) -> [UUID] { t.licenses(ofUser: u).first?.groupsAssigningLicense ?? [] }
        func direct(_ u: UUID) -> Bool { sources(u).isEmpty || sources(u).contains(u) }
        func group(_ u: UUID) -> Bool { sources(u).contains { $0 != u } }
        #expect(direct(pat) && !group(pat))
        #expect(!direct(quinn) && group(quinn))
        #expect(direct(ray) && group(ray))
        #expect(t.consumed("EMS") == 3)
    }

    @Test func duplicateProxyAddress() throws {
        let t = tenant(["ENTERPRISEPACK": 5])
        let contact = try t.createMailContact(name: "Old Jo", externalEmailAddress: "jo@contoso.onmicrosoft.com")
        let g = try t.makeGroup("Mail users")
        try t.groupLicense(g, "ENTERPRISEPACK")
        t.processQueue()
        let jo = try t.makeUser("jo")
        try t.addMember(groupId: g, userId: jo)
        t.processQueue()
        #expect(!t.isLicensed(userId: jo))
        #expect(t.indirectLicenseErrors(ofUser: jo).isEmpty)
        let found = t.recipients.filter { $0.emailAddresses.contains { $0.description.contains("jo@contoso.onmicrosoft.com") } }
        #expect(found.map(\.name) == ["Old Jo"])
        #expect(found.first?.recipientType == .mailContact)
        #expect(found.first?.emailAddresses.map(\.description) == ["SMTP:jo@contoso.onmicrosoft.com"])
        try t.removeMailContact(id: contact.id)
        try t.reprocessGroup(groupId: g)
        t.processQueue()
        #expect(t.isLicensed(userId: jo))
        #expect(t.recipients(matchingIdentity: "jo@contoso.onmicrosoft.com").first?.recipientTypeDetails == .userMailbox)
    }

    @Test func graphGroupLicensing() throws {
        let t = tenant(["ENTERPRISEPACK": 1])
        let sku = try #require(t.subscribedSku(partNumber: "ENTERPRISEPACK"))
        #expect(sku.skuId.lowercasedString == "6fd2c87f-b296-42f0-b197-1e91e994b900")
        let g = try t.makeGroup("Graph E3")
        let users = try ["kim", "lee"].map { try t.makeUser($0) }
        for u in users { try t.addMember(groupId: g, userId: u); t.processQueue() }
        try t.graphGroupAssign(g, sku.skuId)
        t.processQueue()
        let errs = t.membersWithLicenseErrors(groupId: g)
        #expect(errs.count == 1)
        let bad = try #require(errs.first)
        #expect(bad.displayName == "lee")
        #expect(t.licenseAssignmentStates(ofUser: bad.objectId).map { "\($0.state.rawValue) \($0.error.rawValue) \($0.assignedByGroup == g)" }
                == ["Error CountViolation true"])
        #expect(t.group(id: g)?.processingState == .processingComplete)
        #expect(t.consumedUnits(skuId: sku.skuId) == 1)
    }

    @Test func notEnoughLicenses() throws {
        let t = tenant(["ENTERPRISEPACK": 1])
        let sku = try #require(t.subscribedSku(partNumber: "ENTERPRISEPACK"))
        #expect(t.accountSkuId(sku.skuPartNumber) == "contoso:ENTERPRISEPACK")
        let ann = try t.makeUser("ann"), bob = try t.makeUser("bob")
        try t.direct(ann, "ENTERPRISEPACK")
        let error = expectLicensingError { try t.direct(bob, "ENTERPRISEPACK") }
        #expect(error?.message == "Unable to assign this license because the number of allowed licenses have been assigned.")
        #expect(error?.code.rawValue == "CountViolation")
        #expect(!t.isLicensed(userId: bob))
        let group = try t.makeGroup("E3 users", members: [bob])
        t.processQueue()
        try t.groupLicense(group, "ENTERPRISEPACK")
        t.processQueue()
        #expect(!t.isLicensed(userId: bob))
        #expect(t.indirectLicenseErrors(ofUser: bob).map { "\($0.skuPartNumber) \($0.error.rawValue) \($0.referencedObjectId == group)" }
                == ["ENTERPRISEPACK CountViolation true"])
        #expect(t.groupsWithLicenseErrors().map(\.displayName) == ["E3 users"])
    }

    @Test func reprocessAfterFreeing() throws {
        let t = tenant(["ENTERPRISEPACK": 2])
        let max = try t.makeUser("max")
        try t.direct(max, "ENTERPRISEPACK")
        let g = try t.makeGroup("Team")
        try t.groupLicense(g, "ENTERPRISEPACK")
        t.processQueue()
        var oli = UUID()
        for n in ["nia", "oli"] {
            let u = try t.makeUser(n)
            try t.addMember(groupId: g, userId: u)
            t.processQueue()
            oli = u
        }
        #expect(t.users.filter { !t.indirectLicenseErrors(ofUser: $0.objectId).isEmpty }.map(\.displayName) == ["oli"])
        try t.assignLicenses(userId: max, remove: [.accountSkuId("contoso:ENTERPRISEPACK")])
        t.processQueue()
        #expect(!t.isLicensed(userId: oli))
        try t.reprocessGroup(groupId: g)
        t.processQueue()
        #expect(t.isLicensed(userId: oli))
        #expect(t.groupsWithLicenseErrors().isEmpty)
    }

    @Test func usageLocation() throws {
        let t = tenant(["ENTERPRISEPACK": 5])
        t.settings.countryLetterCode = "US"
        let dan = try t.makeUser("dan", nil)
        let error = expectLicensingError { try t.direct(dan, "ENTERPRISEPACK") }
        #expect(error?.message == "You must provide a required property: Parameter name: UsageLocation")
        let g = try t.makeGroup("Everyone E3", members: [dan])
        try t.groupLicense(g, "ENTERPRISEPACK")
        t.processQueue()
        #expect(t.isLicensed(userId: dan))
        #expect(t.user(id: dan)?.usageLocation == nil)
        let eve = try t.makeUser("eve", "KP")
        try t.addMember(groupId: g, userId: eve)
        t.processQueue()
        #expect(t.errors(eve) == [.prohibitedInUsageLocationViolation])
        try t.setUsageLocation(userId: eve, "FR")
        try t.reprocessGroup(groupId: g)
        t.processQueue()
        #expect(t.isLicensed(userId: eve))
    }
}

extension Tenant {
    func graphGroupAssign(_ group: UUID, _ sku: UUID) throws {
        try setGroupLicenses(groupId: group, add: [LicenseRequest(.skuId(sku))])
    }
}
