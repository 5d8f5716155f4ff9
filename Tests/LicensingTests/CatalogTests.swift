import Foundation
import Testing
@testable import Licensing

/// The catalog carries Microsoft's real names and GUIDs (docs/sources.md "The catalogue").
@Suite struct CatalogTests {
    let catalog = Catalog.standard

    @Test func demoProductsHaveTheirRealSkuIds() throws {
        let expected = [
            "STANDARDPACK": "18181a46-0d4e-45cd-891e-60aabd171b4e", "ENTERPRISEPACK": "6fd2c87f-b296-42f0-b197-1e91e994b900",
            "ENTERPRISEPREMIUM": "c7df2760-2c81-4ef7-b578-5b5392b571df", "EMS": "efccb6f7-5641-4e0e-bd10-b4976e1bf68e",
            "EMSPREMIUM": "b05e124f-c7cc-45a0-a6aa-8cf78c946968", "WORKPLACE_ANALYTICS": "3d957427-ecdc-4df2-aacd-01cc9d519da8",
            "EXCHANGESTANDARD": "4b9405b0-7788-4568-add1-99614e613b69", "POWER_BI_PRO": "f8a1db68-be16-40ed-86d5-cb42ce701560",
            "MCOMEETADV": "0c266dff-15dd-4b49-8397-2bb16070ed52",
        ]
        for (part, id) in expected {
            #expect(catalog.product(partNumber: part)?.skuId.lowercasedString == id, "\(part)")
        }
    }

    @Test func plansHaveTheirRealIdsAndFriendlyNames() throws {
        let exchange = try #require(catalog.plan(named: "EXCHANGE_S_ENTERPRISE"))
        #expect(exchange.id.lowercasedString == "efb87545-963c-4e0d-99df-69c6916d9eb0")
        #expect(exchange.friendlyName == "Exchange Online (Plan 2)")
        #expect(catalog.plan(id: exchange.id)?.name == "EXCHANGE_S_ENTERPRISE")
        #expect(catalog.plan(named: "workplace_analytics")?.friendlyName == "Microsoft Workplace Analytics")
        #expect(catalog.product(partNumber: "EMS")?.planIndices.map { catalog.plans[$0].name }
                == ["AAD_PREMIUM", "RMS_S_PREMIUM", "ADALLOM_S_DISCOVERY", "EXCHANGE_S_FOUNDATION", "RMS_S_ENTERPRISE", "MFA_PREMIUM", "INTUNE_A"])
        #expect(catalog.product(partNumber: "ENTERPRISEPACK")?.planIndices.count == 30)
    }

    @Test func everyPlanFitsInAPlanSet() {
        #expect(catalog.plans.count <= PlanSet.capacity)
        #expect(Set(catalog.plans.map(\.id)).count == catalog.plans.count)
        #expect(Set(catalog.products.map(\.skuId)).count == catalog.products.count)
    }

    @Test func everyUserPlanIsProhibitedInTheDecidedCountries() {
        for country in ["CU", "IR", "KP", "SY"] {
            #expect(catalog.prohibitedPlans(in: country).count == catalog.plans.count)
        }
        #expect(catalog.prohibitedPlans(in: "US").isEmpty)
    }

    @Test func prerequisitesAreInPreferenceOrder() throws {
        let wpa = try #require(catalog.plan(named: "WORKPLACE_ANALYTICS"))
        #expect(wpa.prerequisites.map { catalog.plans[$0].name } == ["EXCHANGE_S_ENTERPRISE", "EXCHANGE_S_STANDARD"])
        #expect(catalog.plan(named: "MCOMEETADV")?.prerequisites.map { catalog.plans[$0].name } == ["MCOSTANDARD"])
    }

    @Test func noProductConflictsWithItselfOrLacksItsOwnPrerequisitesExceptAddOns() {
        let t = emptyTenant()
        for product in catalog.products {
            #expect(t.conflicts(in: product.plans).isEmpty, "\(product.partNumber)")
            let addOn = ["WORKPLACE_ANALYTICS", "MCOMEETADV"].contains(product.partNumber)
            #expect(t.unmetPrerequisites(in: product.plans).isEmpty != addOn, "\(product.partNumber)")
        }
    }

    @Test func planSetOperations() {
        var a = PlanSet([1, 64, 130, 255])
        let b = PlanSet([64, 200])
        #expect(a.count == 4 && a.contains(255) && !a.contains(2) && !a.contains(-1) && !a.contains(256))
        #expect(a.intersection(b).indices == [64])
        #expect(a.union(b).indices == [1, 64, 130, 200, 255])
        #expect(a.subtracting(b).indices == [1, 130, 255])
        a.remove(1)
        a.insert(400)   // out of range: ignored
        #expect(a.indices == [64, 130, 255])
        #expect(!a.isDisjoint(with: b) && PlanSet().isEmpty)
    }

    @Test func proxyAddressesParseTheirType() {
        #expect(ProxyAddress(parsing: "SMTP:a@b.com")?.isPrimarySmtp == true)
        #expect(ProxyAddress(parsing: "smtp:a@b.com")?.isPrimarySmtp == false)
        #expect(ProxyAddress(parsing: "a@b.com")?.description == "smtp:a@b.com")
        #expect(ProxyAddress(parsing: "X500:/o=x")?.prefix == "X500")
        #expect(ProxyAddress(parsing: "  ") == nil)
        #expect(ProxyAddress(parsing: "SMTP:A@B.com")?.uniquenessKey == ProxyAddress(parsing: "a@b.COM")?.uniquenessKey)
    }

    @Test func asciiCaseInsensitiveComparison() {
        #expect("Contoso.OnMicrosoft.COM".asciiCaseInsensitiveEquals("contoso.onmicrosoft.com"))
        #expect(!"a@b".asciiCaseInsensitiveEquals("a`b"))
        #expect(!"abc".asciiCaseInsensitiveEquals("ab"))
        #expect(!"smtp".asciiCaseInsensitiveEquals("smtq"))
    }

    @Test func orderedIDSetKeepsOrderThroughRemovals() {
        let ids = (0..<100).map { _ in UUID() }
        var set = OrderedIDSet(ids)
        for id in ids.prefix(80) { set.remove(id) }
        #expect(set.elements == Array(ids.suffix(20)))
        #expect(!set.append(ids[99]) && set.append(ids[0]))
        #expect(set.elements.last == ids[0] && set.count == 21 && set.contains(ids[50]) == false)
    }
}
