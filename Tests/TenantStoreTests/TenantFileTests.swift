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
        (#"{"name": "c", "version": 3}"#, "$.version", "version 2 or lower"),
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
