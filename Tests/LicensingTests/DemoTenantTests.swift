import Foundation
import Testing
@testable import Licensing

/// docs/licensing.md "The demo tenant": the demo tenant reproduces every section of the
/// group-licensing article (docs/scenarios.md "The article").
@Suite struct DemoTenantTests {
    let t = DemoTenant.make(clock: .fixed(fixedDate))

    func id(_ alias: String) -> UUID {
        DemoTenant.users.first { $0.alias == alias }?.objectId ?? UUID()
    }

    @Test func hasTheDocumentedShape() {
        #expect(t.name == "contoso" && t.settings.countryLetterCode == "US")
        #expect(t.subscribedSkus.map(\.skuPartNumber) == DemoTenant.subscriptions.map(\.partNumber))
        #expect(t.users.count == 24)
        #expect(Set(t.users.compactMap(\.usageLocation)).isSuperset(of: ["US", "GB", "FR", "DE", "CA", "IR"]))
        #expect(t.users.filter { $0.usageLocation == nil }.count == 3)
        #expect(t.groups.allSatisfy { $0.processingState == nil || $0.processingState == .processingComplete })
        #expect(t.queuedGroups.isEmpty)
        #expect(t.indexesAreConsistent())
    }

    @Test func isTheSameEveryTime() {
        #expect(DemoTenant.make(clock: .fixed(fixedDate)).snapshot() == t.snapshot())
        #expect(t.user(userPrincipalName: "averyb@contoso.onmicrosoft.com")?.objectId.lowercasedString
                == "5b0f7a10-1c2d-4e3f-8a4b-000000000001")
    }

    @Test func noProductIsOverAssigned() {
        for sku in t.subscribedSkus { #expect(t.consumedUnits(skuId: sku.skuId) <= sku.enabledUnits) }
        #expect(t.consumed("EMS") == 3 && t.consumed("POWER_BI_PRO") == 5 && t.consumed("WORKPLACE_ANALYTICS") == 3)
    }

    @Test func seatsAreAsDocumented() {
        let expected = ["STANDARDPACK": 2, "ENTERPRISEPACK": 9, "ENTERPRISEPREMIUM": 1, "EMS": 3, "EMSPREMIUM": 1,
                        "WORKPLACE_ANALYTICS": 3, "EXCHANGESTANDARD": 1, "POWER_BI_PRO": 5, "MCOMEETADV": 1]
        for (part, n) in expected { #expect(t.consumed(part) == n, "\(part)") }
        #expect(t.members(ofGroup: DemoTenant.Groups.e3Users).map(\.alias)
                == ["averyb", "blakec", "gwenh", "hugoi", "inesj", "vikramx", "wesy"])
    }

    @Test func conflictingServicePlansSection() {
        #expect(t.errors(id("hugoi")) == [.mutuallyExclusiveViolation])
        #expect(t.accountSkuIds(id("hugoi")) == ["contoso:STANDARDPACK"])
    }

    @Test func usageLocationSection() {
        #expect(t.errors(id("vikramx")) == [.prohibitedInUsageLocationViolation])
        #expect(t.isLicensed(userId: id("gwenh")) && t.user(id: id("gwenh"))?.usageLocation == nil)
    }

    @Test func notEnoughLicensesSection() {
        #expect(t.membersWithLicenseErrors(groupId: DemoTenant.Groups.powerBi).map(\.displayName) == ["Priya Quinn", "Quentin Ross"])
    }

    @Test func severalProductsAllOrNothingSection() {
        #expect(t.errors(id("farahg")) == [.countViolation, .countViolation])
        #expect(!t.isLicensed(userId: id("farahg")))
    }

    @Test func addOnWithPrerequisiteInTheSameGroupSection() {
        let ines = id("inesj")
        #expect(t.accountSkuIds(ines).sorted() == ["contoso:ENTERPRISEPACK", "contoso:WORKPLACE_ANALYTICS"])
        #expect(t.licenses(ofUser: ines).first { $0.skuPartNumber == "ENTERPRISEPACK" }?.groupsAssigningLicense
                == [DemoTenant.Groups.e3Users, DemoTenant.Groups.workplaceAnalytics])
        let jonas = t.enabledPlans(ofUser: id("jonask"), skuId: t.sku("ENTERPRISEPACK")).map(\.name)
        #expect(jonas == ["EXCHANGE_S_ENTERPRISE"])
    }

    @Test func dependencyOnRemovalSection() {
        let tara = id("tarau")
        #expect(t.records(tara, from: DemoTenant.Groups.e3Users).map(\.state) == [.activeWithError])
        #expect(t.errors(tara) == [.dependencyViolation])
    }

    @Test func duplicateProxyAddressSection() {
        let wes = id("wesy")
        #expect(!t.isLicensed(userId: wes) && t.errors(wes).isEmpty)
        #expect(t.recipient(proxyAddress: "wesy@contoso.onmicrosoft.com")?.name == "Wes Young (old)")
    }

    @Test func tenantWideListOfGroupsWithErrors() {
        #expect(t.groupsWithLicenseErrors().map(\.displayName) == ["E3 Users", "E3 + EMS", "Power BI Pro"])
        #expect(t.unlicensedUsers().map(\.displayName)
                == ["Farah Ghani", "Priya Quinn", "Quentin Ross", "Uma Weiss", "Vikram Xu", "Wes Young"])
    }

    @Test func licensedUsersHaveMailboxes() {
        for user in t.users where !t.enabledPlans(of: user).isDisjoint(with: t.catalog.mailboxPlans) {
            #expect(t.recipient(ofObject: user.objectId)?.recipientType == .userMailbox, "\(user.displayName)")
        }
        #expect(t.recipients.count == 1 + t.users.filter { t.recipient(ofObject: $0.objectId) != nil }.count)
    }
}
