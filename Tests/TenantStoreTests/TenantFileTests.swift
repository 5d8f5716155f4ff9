import Foundation
import Licensing
import Testing
@testable import TenantStore

@Suite struct TenantFileTests {
    /// A tenant whose timestamps come from the system clock (milliseconds) after some changes.
    static func busyTenant() -> Tenant {
        let t = DemoTenant.make()
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<200 { RandomChanges.apply(Int.random(in: 0...1_000_000_000, using: &rng), to: t) }
        return t
    }

    @Test func exportThenImportGivesBackTheSameTenant() throws {
        for t in [DemoTenant.make(), DemoTenant.makeEmpty(), Self.busyTenant()] {
            let text = TenantFile.export(t)
            let read = try TenantFile.read(Data(text.utf8))
            #expect(read == t.snapshot())
            #expect(TenantFile.export(Tenant(snapshot: read)) == text)
        }
    }

    @Test func userAttributesRoundTripThroughTheFile() throws {
        let t = DemoTenant.make()
        let id = DemoTenant.users[2].objectId
        try t.setAttributes(userId: id, [("Department", "Sales"), ("Title", "Buyer")])
        let text = TenantFile.export(t)
        #expect(text.contains(#""attributes""#))
        let read = try TenantFile.read(Data(text.utf8))
        #expect(read.users.first { $0.objectId == id }?.attributes == ["Department": "Sales", "Title": "Buyer"])
        #expect(read == t.snapshot())
    }

    @Test func timestampsAreUTCWithMilliseconds() {
        let d = Date(millisecondsSince1970: 1_790_000_000_123)
        #expect(Timestamp.format(d) == "2026-09-21T14:13:20.123Z")
        #expect(Timestamp.parse("2026-09-21T14:13:20.123Z") == d)
        #expect(Timestamp.parse("2026-09-21T14:13:20Z") == Date(millisecondsSince1970: 1_790_000_000_000))
        #expect(Timestamp.parse("1969-12-31T23:59:59.999Z") == Date(millisecondsSince1970: -1))
        #expect(Timestamp.format(Date(millisecondsSince1970: -1)) == "1969-12-31T23:59:59.999Z")
        #expect(Timestamp.parse("2026-13-01T00:00:00Z") == nil)
        #expect(Timestamp.parse("2026-01-01 00:00:00Z") == nil)
    }

    @Test func aHandWrittenFileQueuesItsLicensedGroupsSoTheRulesApply() throws {
        let text = """
            {
              "name": "fabrikam",
              "settings": { "countryLetterCode": "DE" },
              "subscriptions": [ { "skuPartNumber": "ENTERPRISEPACK", "enabledUnits": 1 } ],
              "users": [
                { "userPrincipalName": "ann@fabrikam.com", "usageLocation": "US" },
                { "userPrincipalName": "bob@fabrikam.com" }
              ],
              "groups": [
                { "displayName": "E3", "members": ["ann@fabrikam.com", "bob@fabrikam.com"],
                  "licenses": [ { "sku": "ENTERPRISEPACK", "disabledPlans": ["YAMMER_ENTERPRISE"] } ] }
              ]
            }
            """
        let t = Tenant(snapshot: try TenantFile.read(Data(text.utf8)))
        #expect(t.queuedGroups.count == 1)
        t.processQueue()
        let ann = try #require(t.user(userPrincipalName: "ann@fabrikam.com"))
        let bob = try #require(t.user(userPrincipalName: "bob@fabrikam.com"))
        #expect(ann.records.first?.state == .active)
        #expect(ann.memberOf.count == 1)
        #expect(bob.records.first?.error == .countViolation)
        #expect(t.settings.countryLetterCode == "DE")
        #expect(t.indexesAreConsistent())
    }

    @Test(arguments: [
        ("{", "$", "a JSON document"),
        ("[]", "$", "an object"),
        (#"{"name": "c", "usres": []}"#, "$.usres", "one of the properties"),
        (#"{"users": []}"#, "$.name", "the tenant's name"),
        (#"{"name": "c", "version": 4}"#, "$.version", "version 3 or lower"),
        (#"{"name": "c", "groups": [{"displayName": "d", "membershipRule": "user.city -eq \"Leeds\""}]}"#,
         "$.groups[0].membershipRule", "no membershipRule without DynamicMembership"),
        (#"{"name": "c", "groups": [{"displayName": "d", "groupTypes": ["DynamicMembership"]}]}"#, "$.groups[0].groupTypes", "a membershipRule"),
        (#"{"name": "c", "groups": [{"displayName": "d", "groupTypes": ["DynamicMembership"], "membershipRule": "user.city -eq \"x\"", "membershipRuleProcessingState": "Off"}]}"#,
         "$.groups[0].membershipRuleProcessingState", "On or Paused"),
        (#"{"name": "c", "products": [{"skuId": "6fd2c87f-b296-42f0-b197-1e91e994b900", "skuPartNumber": "X"}, {"skuId": "6fd2c87f-b296-42f0-b197-1e91e994b900", "skuPartNumber": "Y"}]}"#,
         "$.products[1].skuId", "a skuId not listed before"),
        (#"{"name": "c", "products": [{"skuId": "nope", "skuPartNumber": "X"}]}"#, "$.products[0].skuId", "a GUID"),
        (#"{"name": "c", "subscriptions": [{"skuPartNumber": "NOPE", "enabledUnits": 1}]}"#, "$.subscriptions[0].skuPartNumber", "catalog"),
        (#"{"name": "c", "subscriptions": [{"skuPartNumber": "EMS", "enabledUnits": -1}]}"#, "$.subscriptions[0].enabledUnits", "whole number"),
        (#"{"name": "c", "users": [{"userPrincipalName": "no-at"}]}"#, "$.users[0].userPrincipalName", "alias@domain"),
        (#"{"name": "c", "users": [{"userPrincipalName": "a@c"}, {"userPrincipalName": "A@c"}]}"#, "$.users[1].userPrincipalName", "no other user"),
        (#"{"name": "c", "users": [{"userPrincipalName": "a@c", "licenses": [{"sku": "EMS"}]}]}"#, "$.users[0].licenses[0].sku", "in subscriptions"),
        (#"{"name": "c", "subscriptions": [{"skuPartNumber": "EMS", "enabledUnits": 0}], "users": [{"userPrincipalName": "a@c", "licenses": [{"sku": "EMS"}]}]}"#,
         "$.subscriptions[0].enabledUnits", "at least 1"),
        (#"{"name": "c", "subscriptions": [{"skuPartNumber": "EMS", "enabledUnits": 1}], "users": [{"userPrincipalName": "a@c", "licenses": [{"sku": "EMS", "disabledPlans": ["SWAY"]}]}]}"#,
         "$.users[0].licenses[0].disabledPlans[0]", "service plan of EMS"),
        (#"{"name": "c", "subscriptions": [{"skuPartNumber": "EMS", "enabledUnits": 1}], "users": [{"userPrincipalName": "a@c", "licenses": [{"sku": "EMS", "state": "Error"}]}]}"#,
         "$.users[0].licenses[0]", "an error code"),
        (#"{"name": "c", "users": [{"userPrincipalName": "a@c", "createdDateTime": "yesterday"}]}"#, "$.users[0].createdDateTime", "UTC timestamp"),
        (#"{"name": "c", "groups": [{"displayName": "g", "members": ["x@c"]}]}"#, "$.groups[0].members[0]", "a user in this file"),
        (#"{"name": "c", "recipients": [{"name": "a", "recipientType": "MailContact", "emailAddresses": ["SMTP:a@x.com"]}, {"name": "b", "recipientType": "MailContact", "emailAddresses": ["SMTP:A@x.com"]}]}"#,
         "$.recipients[1].emailAddresses[0]", "\"a\" has it"),
        (#"{"name": "c", "recipients": [{"name": "a", "recipientType": "Robot", "emailAddresses": []}]}"#, "$.recipients[0].recipientType", "one of UserMailbox"),
        (#"{"name": "c", "settings": {"processingMode": "Sometimes"}}"#, "$.settings.processingMode", "Immediate, Deferred"),
        (#"{"name": "c", "users": [{"userPrincipalName": "a@c", "attributes": ["Sales"]}]}"#, "$.users[0].attributes", "an object of strings"),
        (#"{"name": "c", "users": [{"userPrincipalName": "a@c", "attributes": {"Department": 7}}]}"#, "$.users[0].attributes.Department", "a string"),
        (#"{"name": "c", "users": [{"userPrincipalName": "a@c", "attributes": {"Title": "a", "title": "b"}}]}"#, "$.users[0].attributes.title", "each attribute once"),
    ])
    func anInvalidFileIsRefusedWithThePathOfTheProblem(json: String, path: String, expected: String) {
        do {
            _ = try TenantFile.read(Data(json.utf8))
            Issue.record("accepted: \(json)")
        } catch {
            #expect(error.path == path)
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }

    @Test func aGeneratedTenantIsTheSameForTheSameSeed() {
        let a = TenantGenerator.make(users: 2000, groups: 12, seed: 42, clock: .fixed(fixedDate))
        let b = TenantGenerator.make(users: 2000, groups: 12, seed: 42, clock: .fixed(fixedDate))
        let c = TenantGenerator.make(users: 2000, groups: 12, seed: 43, clock: .fixed(fixedDate))
        #expect(a.snapshot() == b.snapshot())
        #expect(a.snapshot() != c.snapshot())
        #expect(a.users.count == 2000 && a.groups.count == 12)
        #expect(a.indexesAreConsistent())
        // Realistic: most users licensed, some in error, seats never oversold.
        #expect(a.users.filter { u in u.records.contains { $0.isApplied } }.count > 1000)
        #expect(!a.groupsWithLicenseErrors().isEmpty)
        for sku in a.subscribedSkus { #expect(a.consumedUnits(skuId: sku.skuId) <= sku.enabledUnits) }
    }

    @Test func theDiffNamesLicensesErrorsAndSeats() throws {
        let t = demo()
        let before = t.snapshot()
        let powerBi = DemoTenant.Groups.powerBi
        let kiral = try #require(t.user(userPrincipalName: "kiral@contoso.onmicrosoft.com"))
        try t.removeMember(groupId: powerBi, userId: kiral.objectId)
        t.processQueue()
        try t.reprocessGroup(groupId: powerBi)
        t.processQueue()
        let diff = TenantDiff(from: before, to: t.snapshot())
        let lines = diff.entries.map { "\($0.change.rawValue) \($0.target) \($0.sku) \($0.detail)" }
        #expect(lines == [
            "LicenseRemoved kiral@contoso.onmicrosoft.com POWER_BI_PRO group Power BI Pro",
            "LicenseAdded priyaq@contoso.onmicrosoft.com POWER_BI_PRO group Power BI Pro",
            "ErrorResolved priyaq@contoso.onmicrosoft.com POWER_BI_PRO CountViolation from group Power BI Pro",
        ])
        #expect(TenantDiff(from: before, to: before).isEmpty)
    }
}

/// Version 3: products an export brings that the catalog lacks, and dynamic groups.
@Suite struct TenantFileVersion3Tests {
    /// A product LicenseLab does not know (a Teams phone add-on), with one plan the catalog knows
    /// (Exchange Online Plan 2) and two it does not; a dynamic group licensing it.
    static let file = #"""
    {
      "format": "LicenseLab.Tenant", "version": 3, "name": "fabrikam",
      "products": [
        { "skuId": "0b2a7c3e-6a1f-4c55-9e0f-2d6f8a1b7c10", "skuPartNumber": "LAB_PHONE_ADDON", "displayName": "Lab phone add-on",
          "servicePlans": [
            { "servicePlanId": "efb87545-963c-4e0d-99df-69c6916d9eb0", "servicePlanName": "EXCHANGE_S_ENTERPRISE" },
            { "servicePlanId": "6d2a3b4c-1e2f-4a5b-8c9d-0e1f2a3b4c5d", "servicePlanName": "LAB_PHONE_SYSTEM" },
            { "servicePlanId": "7e3b4c5d-2f3a-4b6c-9d0e-1f2a3b4c5d6e", "servicePlanName": "LAB_AUDIO_CONF" } ] },
        { "skuId": "6fd2c87f-b296-42f0-b197-1e91e994b900", "skuPartNumber": "ENTERPRISEPACK", "servicePlans": [] }
      ],
      "subscriptions": [ { "skuPartNumber": "LAB_PHONE_ADDON", "enabledUnits": 2 }, { "skuPartNumber": "ENTERPRISEPACK", "enabledUnits": 5 } ],
      "users": [
        { "userPrincipalName": "ann@fabrikam.com", "usageLocation": "US", "attributes": { "Department": "Sales" },
          "licenses": [ { "sku": "LAB_PHONE_ADDON", "source": "Sales phones", "disabledPlans": ["LAB_AUDIO_CONF"] } ] },
        { "userPrincipalName": "bob@fabrikam.com", "usageLocation": "US", "attributes": { "Department": "Sales" },
          "licenses": [ { "sku": "0b2a7c3e-6a1f-4c55-9e0f-2d6f8a1b7c10", "source": "Sales phones", "disabledPlans": ["LAB_AUDIO_CONF"] } ] },
        { "userPrincipalName": "cid@fabrikam.com", "usageLocation": "US", "attributes": { "Department": "Sales" },
          "licenses": [ { "sku": "LAB_PHONE_ADDON", "source": "Sales phones", "disabledPlans": ["LAB_AUDIO_CONF"],
                          "state": "Error", "error": "CountViolation" } ] },
        { "userPrincipalName": "dee@fabrikam.com", "usageLocation": "US", "attributes": { "Department": "Finance" } }
      ],
      "groups": [
        { "displayName": "Sales phones", "groupTypes": ["DynamicMembership"], "membershipRule": "user.department -eq \"Sales\"",
          "membershipRuleProcessingState": "On", "members": ["ann@fabrikam.com", "bob@fabrikam.com", "cid@fabrikam.com"],
          "licenses": [ { "sku": "LAB_PHONE_ADDON", "disabledPlans": ["LAB_AUDIO_CONF"] } ], "processingState": "ProcessingComplete" }
      ],
      "queue": []
    }
    """#

    @Test func aProductTheCatalogLacksComesFromTheFileWithItsPlans() throws {
        let snapshot = try TenantFile.read(Data(Self.file.utf8), now: fixedDate)
        #expect(snapshot.products.map(\.skuPartNumber) == ["LAB_PHONE_ADDON"])   // ENTERPRISEPACK is the catalog's
        let t = Tenant(snapshot: snapshot, clock: .fixed(fixedDate))
        let product = try #require(t.catalog.product(partNumber: "LAB_PHONE_ADDON"))
        #expect(product.planIndices.map { t.catalog.plans[$0].name } == ["EXCHANGE_S_ENTERPRISE", "LAB_PHONE_SYSTEM", "LAB_AUDIO_CONF"])
        #expect(Catalog.standard.product(partNumber: "LAB_PHONE_ADDON") == nil)
        let ann = try #require(t.user(userPrincipalName: "ann@fabrikam.com"))
        #expect(t.licenses(ofUser: ann.objectId).map(\.accountSkuId) == ["fabrikam:LAB_PHONE_ADDON"])
        // the states the service recorded are kept: two seats, Cid in CountViolation
        #expect(t.consumedUnits(skuId: product.skuId) == 2)
        #expect(t.indirectLicenseErrors(ofUser: t.user(userPrincipalName: "cid@fabrikam.com")!.objectId).map(\.error) == [.countViolation])
        // an unknown plan has no conflicts: it can be given directly with E3
        try t.assignLicenses(userId: ann.objectId, add: [LicenseRequest(.partNumber("ENTERPRISEPACK"))])
    }

    @Test func exportThenImportKeepsProductsAndDynamicGroupsExactly() throws {
        let t = Tenant(snapshot: try TenantFile.read(Data(Self.file.utf8), now: fixedDate), clock: .fixed(fixedDate))
        let text = TenantFile.export(t)
        #expect(text.contains(#""membershipRule": "user.department -eq \"Sales\"""#))
        let again = try TenantFile.read(Data(text.utf8), now: fixedDate)
        #expect(again == t.snapshot())
        #expect(TenantFile.export(Tenant(snapshot: again, clock: .fixed(fixedDate))) == text)
    }

    @Test func theDynamicGroupFollowsItsRuleOnceUsersChange() throws {
        let t = Tenant(snapshot: try TenantFile.read(Data(Self.file.utf8), now: fixedDate), clock: .fixed(fixedDate))
        let group = try #require(t.groups.first)
        #expect(group.followsRule && t.queuedGroups.isEmpty)
        let dee = try #require(t.user(userPrincipalName: "dee@fabrikam.com")).objectId
        try t.setAttributes(userId: dee, [("Department", "Sales")])
        t.processQueue()
        #expect(t.group(id: group.objectId)?.members.contains(dee) == true)
        #expect(t.indirectLicenseErrors(ofUser: dee).map(\.error) == [.countViolation])
    }

    @Test func aRuleTheLabCannotEvaluateIsKeptFrozenAndReported() throws {
        let json = #"{"name": "c", "users": [{"userPrincipalName": "a@c.com"}], "groups": [{"displayName": "Mail users", "groupTypes": ["DynamicMembership"], "membershipRule": "user.proxyAddresses -any (_ -startsWith \"smtp:\")", "members": ["a@c.com"]}]}"#
        let reading = try TenantFile.readReporting(Data(json.utf8), now: fixedDate)
        #expect(reading.notes == ["The membership rule of the group 'Mail users' ($.groups[0].membershipRule) cannot be evaluated by LicenseLab: Dynamic membership rule validation error: Wrong property applied. At position 0: 'user.proxyAddresses' is not a user property LicenseLab's rules support (docs/licensing.md \"Dynamic groups\"). Its members stay as the file lists them."])
        let t = Tenant(snapshot: reading.snapshot, clock: .fixed(fixedDate))
        let g = try #require(t.groups.first)
        try t.setAttributes(userId: g.members.elements[0], [("City", "Leeds")])
        t.processQueue()
        #expect(t.group(id: g.objectId)?.members.count == 1)
    }

    @Test func planBeyondTheCatalogsRoomAreReportedNotGuessed() throws {
        let plans = (0..<130).map { i in
            #"{ "servicePlanId": "\#(UUID().uuidString)", "servicePlanName": "LAB_PLAN_\#(i)" }"#
        }.joined(separator: ", ")
        let json = #"{ "name": "c", "products": [ { "skuId": "\#(UUID().uuidString)", "skuPartNumber": "LAB_BIG", "servicePlans": [\#(plans)] } ] }"#
        let reading = try TenantFile.readReporting(Data(json.utf8), now: fixedDate)
        #expect(reading.notes.count == 130 - (PlanSet.capacity - Catalog.standard.plans.count))
        #expect(reading.notes.first?.contains("was left out: a tenant holds at most 256 service plans") == true)
    }

    @Test func aProductWithACatalogPartNumberIsKnownByItsSkuIdAndTwoPlansOfOneNameSurviveTheTrip() throws {
        let json = #"""
        { "name": "c", "version": 3,
          "products": [ { "skuId": "11111111-2222-4333-8444-555555555555", "skuPartNumber": "ENTERPRISEPACK",
                          "servicePlans": [ { "servicePlanId": "aaaaaaaa-0000-4000-8000-000000000001", "servicePlanName": "SAMENAME" },
                                            { "servicePlanId": "bbbbbbbb-0000-4000-8000-000000000002", "servicePlanName": "SAMENAME" } ] } ],
          "subscriptions": [ { "skuPartNumber": "ENTERPRISEPACK", "skuId": "11111111-2222-4333-8444-555555555555", "enabledUnits": 1 } ],
          "users": [ { "userPrincipalName": "a@c.com", "usageLocation": "US",
                       "licenses": [ { "sku": "11111111-2222-4333-8444-555555555555", "disabledPlans": ["bbbbbbbb-0000-4000-8000-000000000002"] } ] } ] }
        """#
        let reading = try TenantFile.readReporting(Data(json.utf8), now: fixedDate)
        #expect(reading.notes.count == 1 && reading.notes[0].contains("known by its skuId only"))
        let t = Tenant(snapshot: reading.snapshot, clock: .fixed(fixedDate))
        let again = try TenantFile.read(Data(TenantFile.export(t).utf8), now: fixedDate)
        #expect(again.users[0].records[0].disabledPlans == [UUID(uuidString: "bbbbbbbb-0000-4000-8000-000000000002")!])
        #expect(again == t.snapshot())
    }

    @Test func aByteOrderMarkIsSkippedAndAnInfiniteNumberRefused() throws {
        var bom = Data([0xEF, 0xBB, 0xBF])
        bom.append(Data(#"{"name": "c"}"#.utf8))
        #expect(try TenantFile.read(bom).name == "c")
        #expect(throws: TenantFileError.self) { try TenantFile.read(Data(#"{"name": "c", "settings": {"deferredProcessingDelaySeconds": 1e400}}"#.utf8)) }
    }

    @Test func theGraphServerSettingsRoundTripAndOlderSettingsGetTheirDefaults() throws {
        let t = demo()
        t.settings.graphThrottling = .documented
        t.settings.graphRequestLogSize = 250
        let back = try TenantFile.read(Data(TenantFile.export(t).utf8))
        #expect(back.settings.graphThrottling == .documented)
        #expect(back.settings.graphRequestLogSize == 250)
        #expect(throws: TenantFileError.self) { try TenantFile.read(Data(#"{"name": "c", "settings": {"graphRequestLogSize": -1}}"#.utf8)) }
        #expect(throws: TenantFileError.self) { try TenantFile.read(Data(#"{"name": "c", "settings": {"graphThrottling": "Sometimes"}}"#.utf8)) }
        // the settings as a LicenseLab before the Graph server stored them in the file's meta table
        let old = #"{"countryLetterCode":"US","processingMode":"Immediate","duplicateProxyAddressError":"None","exchangePlansConflict":true,"enforceGraphScopes":false}"#
        let decoded = try JSONDecoder().decode(TenantSettings.self, from: Data(old.utf8))
        #expect(decoded.graphThrottling == .off)
        #expect(decoded.graphRequestLogSize == 10_000)
    }

    @Test func aStoredTenantKeepsItsProductsAcrossReopening() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let snapshot = try TenantFile.read(Data(Self.file.utf8), now: fixedDate)
        let store = try openStore(path)
        store.tenant.replaceAll(with: snapshot)
        #expect(store.tenant.catalog.product(partNumber: "LAB_PHONE_ADDON") != nil)
        let reopened = try reread(path)
        #expect(reopened == store.tenant.snapshot())
        #expect(Tenant(snapshot: reopened).catalog.product(partNumber: "LAB_PHONE_ADDON") != nil)
    }
}

/// The tenant file's own JSON reader and GUID reader (faster than Foundation's; the same answers).
@Suite struct JSONReaderTests {
    @Test(arguments: [
        (#"{"a": [1, -2, 3.5, 1e3, 12345678901234567890123, true, false, null, "x\"y\\z\/\n\t\u00e9\ud83d\ude00"]}"#, true),
        ("  [ ]  ", true), ("{}", true), (#""\u0041""#, true),
        ("", false), ("{", false), ("[1,]", false), (#"{"a" 1}"#, false), ("01", false), ("[1] x", false),
        (#""\ud83d""#, false), ("\"a\u{01}\"", false), ("nul", false), ("-", false), ("1.", false), ("1e", false),
    ])
    func theReaderAcceptsStrictJSONOnly(text: String, valid: Bool) {
        let parsed = try? JSONReader.parse(Data(text.utf8))
        #expect((parsed != nil) == valid, "\(text)")
    }

    @Test func valuesReadAsFoundationReadsThem() throws {
        let v = try JSONReader.parse(Data(#"{"s": "x\"y\u00e9\ud83d\ude00", "n": [7, 1.0, 2.5, 99999999999999999999]}"#.utf8))
        guard case .object(let o) = v, case .string(let s)? = o["s"], case .array(let n)? = o["n"] else { Issue.record("\(v)"); return }
        #expect(s == "x\"yé😀")
        #expect(n == [.number(7, text: "7"), .number(1, text: "1"), .number(2.5, text: nil), .number(1e20, text: "99999999999999999999")])
    }

    @Test func anObjectKeepsItsMembersInOrderAndANameGivenTwiceHasItsLastValue() throws {
        let v = try JSONReader.parse(Data(#"{"b": 1, "a": "x", "b": 2, "userPrincipalName": "u", "c": null}"#.utf8))
        guard case .object(let o) = v else { Issue.record("\(v)"); return }
        #expect(o.keys == ["b", "a", "userPrincipalName", "c"])
        #expect(o["b"] == .number(2, text: "2") && o["a"] == .string("x") && o["c"] == .null && o["d"] == nil)
        // equal whatever the order, as JSON objects are
        #expect(v == (try JSONReader.parse(Data(#"{"c": null, "userPrincipalName": "u", "a": "x", "b": 2}"#.utf8))))
        #expect(v != (try JSONReader.parse(Data(#"{"c": null, "userPrincipalName": "u", "a": "x", "b": 3}"#.utf8))))
    }

    @Test func aLargeObjectFindsEveryMember() throws {
        let text = "{" + (0..<300).map { "\"k\($0)\": \($0)" }.joined(separator: ", ") + ", \"k7\": -1}"
        guard case .object(let o) = try JSONReader.parse(Data(text.utf8)) else { Issue.record("not an object"); return }
        #expect(o.count == 300)
        for i in 0..<300 where i != 7 { #expect(o["k\(i)"] == .number(Double(i), text: String(i))) }
        #expect(o["k7"] == .number(-1, text: "-1") && o.keys[7] == "k7")
    }

    @Test func aProblemNamesItsLineAndColumn() {
        do {
            _ = try JSONReader.parse(Data("{\n  \"a\": tru\n}".utf8))
            Issue.record("accepted")
        } catch {
            #expect(error.description == "invalid literal at line 2, column 8")
        }
    }

    @Test func guidsReadAsUUIDReadsThem() {
        for text in ["5b0f7a10-1c2d-4e3f-8a4b-000000000001", "5B0F7A10-1C2D-4E3F-8A4B-00000000000A"] {
            #expect(UUID.parse(text) == UUID(uuidString: text))
        }
        for text in ["", "5b0f7a10-1c2d-4e3f-8a4b-00000000001", "5b0f7a101c2d4e3f8a4b000000000001", "{5b0f7a10-1c2d-4e3f-8a4b-000000000001}",
                     "5b0f7a10-1c2d-4e3f-8a4b-00000000000g", "5b0f7a10-1c2d-4e3f-8a4b-0000000000011"] {
            #expect(UUID.parse(text) == nil, "\(text)")
        }
    }
}
