import Foundation
import Testing
@testable import Licensing

/// What the cmdlets read (docs/licensing.md "What the cmdlets read"; docs/sources.md "MSOnline
/// objects" and "Graph objects").
@Suite struct QueryTests {
    @Test func directRecordsHaveNoAssigningGroupAndErrorNone() throws {
        let t = tenant(["EMS": 1])
        let u = try t.makeUser("a")
        try t.direct(u, "EMS")
        let state = try #require(t.licenseAssignmentStates(ofUser: u).first)
        #expect(state.assignedByGroup == nil && state.state == .active && state.error == .none)
        #expect(state.error.rawValue == "None" && state.lastUpdatedDateTime == fixedDate)
        #expect(t.licenses(ofUser: u).first?.groupsAssigningLicense == [u])
    }

    @Test func attributesKeepTheirFirstSpellingAndAreReadInAnyCase() throws {
        let t = tenant(["EMS": 1])
        let u = try t.makeUser("a")
        try t.setAttributes(userId: u, [("Department", "Sales"), ("title", "Buyer")])
        try t.setAttributes(userId: u, [("DEPARTMENT", "Ops"), ("Title", nil)])
        let user = try #require(t.user(id: u))
        #expect(user.attributes == ["Department": "Ops"])
        #expect(user.attribute("department") == "Ops" && user.attribute("Title") == nil)
        #expect(throws: LicensingError.self) { try t.setAttributes(userId: UUID(), [("City", "Leeds")]) }
    }

    @Test func indirectLicenseErrorsNameTheProductAndTheGroup() throws {
        let t = tenant(["EMS": 0])
        let u = try t.makeUser("a")
        let g = try t.makeGroup("g", members: [u])
        try t.groupLicense(g, "EMS")
        t.processQueue()
        let error = try #require(t.indirectLicenseErrors(ofUser: u).first)
        #expect(error.accountSkuId == "contoso:EMS" && error.skuPartNumber == "EMS")
        #expect(error.error == .countViolation && error.referencedObjectId == g)
        #expect(t.licenses(ofUser: u).isEmpty && !t.isLicensed(userId: u))
    }

    @Test func productsKnowTheirUsersAndGroups() throws {
        let t = tenant(["EMS": 5, "ENTERPRISEPACK": 5])
        let a = try t.makeUser("a"), b = try t.makeUser("b"), c = try t.makeUser("c")
        try t.direct(b, "EMS")
        let g = try t.makeGroup("g", members: [c, a])
        try t.groupLicense(g, "EMS")
        t.processQueue()
        #expect(t.licensedUsers(skuId: t.sku("EMS")).map(\.objectId) == [a, b, c])
        #expect(t.groupsAssigning(skuId: t.sku("EMS")).map(\.objectId) == [g])
        #expect(t.groupsAssigning(skuId: t.sku("ENTERPRISEPACK")).isEmpty)
        #expect(t.consumed("EMS") == 3 && t.availableUnits(skuId: t.sku("EMS")) == 2)
        try t.deleteUser(userId: b)
        #expect(t.licensedUsers(skuId: t.sku("EMS")).map(\.objectId) == [a, c])
        #expect(t.unlicensedUsers().isEmpty)
        #expect(t.deletedUsers.map(\.objectId) == [b] && t.activeUsers.count == 2)
    }

    @Test func unlicensedUsersIncludeThoseInError() throws {
        let t = tenant(["EMS": 0])
        let a = try t.makeUser("a"), b = try t.makeUser("b")
        let g = try t.makeGroup("g", members: [a])
        try t.groupLicense(g, "EMS")
        t.processQueue()
        #expect(t.unlicensedUsers().map(\.objectId) == [a, b])
    }

    @Test func usersAndGroupsResolveFromWhatCmdletsAccept() throws {
        let t = emptyTenant()
        let a = try t.makeUser("ann")
        let g = try t.makeGroup("Team")
        #expect(try t.resolveUser(a.uuidString.lowercased()).objectId == a)
        #expect(try t.resolveUser(" ANN@contoso.onmicrosoft.com").objectId == a)
        #expect(try t.resolveGroup(g.lowercasedString).objectId == g)
        #expect(try t.resolveGroup("team").objectId == g)
        try t.deleteUser(userId: a)
        #expect(expectLicensingError { _ = try t.resolveUser("ann@contoso.onmicrosoft.com") }?.code == .userNotFound)
        #expect(try t.resolveUser("ann@contoso.onmicrosoft.com", includeDeleted: true).isDeleted)
        _ = try t.makeGroup("Team")
        #expect(expectLicensingError { _ = try t.resolveGroup("Team") }?.code == .groupNotFound)
        #expect(expectLicensingError { _ = try t.resolveUser("") }?.message == "User Not Found.  User: .")
    }

    @Test func lookupsByIdNameAndAddress() throws {
        let t = tenant(["EXCHANGESTANDARD": 1])
        let a = try t.makeUser("ann")
        let g = try t.makeGroup("Team", members: [a])
        try t.direct(a, "EXCHANGESTANDARD")
        #expect(t.user(id: a)?.userPrincipalName == "ann@contoso.onmicrosoft.com")
        #expect(t.user(proxyAddress: "ANN@contoso.onmicrosoft.com")?.objectId == a)
        #expect(t.user(proxyAddress: "nobody@contoso.onmicrosoft.com") == nil)
        #expect(t.groups(displayName: "team").map(\.objectId) == [g])
        #expect(t.members(ofGroup: g).map(\.objectId) == [a])
        #expect(t.group(id: UUID()) == nil && t.user(id: UUID()) == nil)
        #expect(t.enabledPlans(ofUser: a, skuId: t.sku("EXCHANGESTANDARD")).map(\.name)
                == ["EXCHANGE_S_STANDARD", "INTUNE_O365", "BPOS_S_TODO_1"])
    }
}
