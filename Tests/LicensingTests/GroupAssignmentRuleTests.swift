import Foundation
import Testing
@testable import Licensing

/// docs/licensing.md "Group assignment": group assignment is accepted after checking the group
/// only; members are evaluated in the background and failures are stored on them.
@Suite struct GroupAssignmentRuleTests {
    @Test func changingGroupLicensesValidatesOnlyTheGroupAndQueuesIt() throws {
        let t = tenant(["ENTERPRISEPACK": 0])
        let u = try t.makeUser("a")
        let g = try t.makeGroup("g", members: [u])
        try t.groupLicense(g, "ENTERPRISEPACK")   // no seat at all: still accepted
        #expect(t.queuedGroups == [g])
        #expect(t.group(id: g)?.processingState == .queuedForProcessing)
        #expect(t.records(u).isEmpty)
        t.processQueue()
        #expect(t.errors(u) == [.countViolation])
    }

    @Test func groupLicensesMustBeTheTenantsProducts() throws {
        let t = tenant(["ENTERPRISEPACK": 1])
        let g = try t.makeGroup("g")
        #expect(expectLicensingError { try t.groupLicense(g, "EMS") }?.code == .invalidLicense)
        #expect(t.queuedGroups.isEmpty)
    }

    @Test func addOnPrerequisiteMustBeInTheSameGroup() throws {
        let t = tenant(["ENTERPRISEPACK": 5, "WORKPLACE_ANALYTICS": 5])
        let u = try t.makeUser("a")
        let e3 = try t.makeGroup("E3", members: [u])
        try t.groupLicense(e3, "ENTERPRISEPACK")
        t.processQueue()
        // The user has Exchange from another group: the add-on group is still refused.
        let wpa = try t.makeGroup("WPA", members: [u])
        let error = expectLicensingError { try t.groupLicense(wpa, "WORKPLACE_ANALYTICS") }
        #expect(error?.code == .dependencyViolation)
        #expect(error?.targetObjectId == wpa)
        #expect(error?.message == "License operation failed. Make sure that the group has necessary services before adding or removing a dependent service. The service Microsoft Workplace Analytics requires Exchange Online (Plan 2) to be enabled as well.")
        // With E3 (Exchange Online (Plan 2)) in the same group it is accepted.
        try t.groupLicense(wpa, "WORKPLACE_ANALYTICS", "ENTERPRISEPACK")
        // Removing the prerequisite's product from the group is refused the same way.
        #expect(expectLicensingError {
            try t.setGroupLicenses(groupId: wpa, remove: [.partNumber("ENTERPRISEPACK")])
        }?.code == .dependencyViolation)
    }

    @Test func onlySecurityEnabledGroupsCarryLicenses() throws {
        let t = tenant(["EMS": 1])
        let g = try t.createGroup(displayName: "dl", securityEnabled: false, mailEnabled: true, mailNickname: "dl").objectId
        #expect(expectLicensingError { try t.groupLicense(g, "EMS") }?.code == .groupNotSecurityEnabled)
    }

    @Test func membersAreEvaluatedInMembershipOrderAndTheFirstGetTheSeats() throws {
        let t = tenant(["EMS": 2])
        let ids = try (1...4).map { try t.makeUser("u\($0)") }
        let g = try t.makeGroup("g", members: [ids[2], ids[0], ids[3], ids[1]])
        try t.groupLicense(g, "EMS")
        t.processQueue()
        #expect(t.licensedUsers(skuId: t.sku("EMS")).map(\.objectId) == [ids[0], ids[2]])
        #expect(t.membersWithLicenseErrors(groupId: g).map(\.objectId) == [ids[1], ids[3]])
    }

    @Test func severalProductsOnOneGroupAreAllOrNothing() throws {
        let t = tenant(["ENTERPRISEPACK": 5, "EMS": 0])
        let u = try t.makeUser("a")
        let g = try t.makeGroup("g", members: [u])
        try t.groupLicense(g, "ENTERPRISEPACK", "EMS")
        t.processQueue()
        #expect(t.records(u, from: g).map(\.state) == [.error, .error])
        #expect(t.records(u, from: g).map(\.error) == [.countViolation, .countViolation])
        #expect(t.consumed("ENTERPRISEPACK") == 0)
    }

    @Test func membersWithoutUsageLocationUseTheTenantsCountry() throws {
        let t = tenant(["ENTERPRISEPACK": 5])
        let a = try t.makeUser("a", nil)
        let g = try t.makeGroup("g", members: [a])
        try t.groupLicense(g, "ENTERPRISEPACK")
        t.settings.countryLetterCode = "IR"
        t.processQueue()
        #expect(t.errors(a) == [.prohibitedInUsageLocationViolation])
        t.settings.countryLetterCode = "US"
        try t.reprocessGroup(groupId: g)
        t.processQueue()
        #expect(t.isLicensed(userId: a))
        #expect(t.user(id: a)?.usageLocation == nil)
    }

    @Test func mutuallyExclusiveViolationWithADirectLicense() throws {
        let t = tenant(["STANDARDPACK": 5, "ENTERPRISEPACK": 5])
        let u = try t.makeUser("a")
        try t.direct(u, "STANDARDPACK")
        let g = try t.makeGroup("g", members: [u])
        try t.groupLicense(g, "ENTERPRISEPACK")
        t.processQueue()
        #expect(t.errors(u) == [.mutuallyExclusiveViolation])
        #expect(t.records(u, from: g).first?.state == .error)
    }

    @Test func groupFailuresAreRecordedNotThrown() throws {
        let t = tenant(["ENTERPRISEPACK": 1])
        let a = try t.makeUser("a"), b = try t.makeUser("b")
        let g = try t.makeGroup("g", members: [a, b])
        try t.groupLicense(g, "ENTERPRISEPACK")
        let results = t.processQueue()
        #expect(results == [GroupProcessingResult(groupId: g, succeeded: 1, failed: 1)])
        #expect(t.hasMembersWithLicenseErrors(groupId: g))
        #expect(t.groupsWithLicenseErrors().map(\.objectId) == [g])
        let state = try #require(t.records(b).first)
        #expect(state.assignedByGroup == g && state.state == .error && state.error == .countViolation)
        #expect(state.lastUpdatedDateTime == fixedDate)
    }

    @Test func anAddedMemberIsEvaluated() throws {
        let t = tenant(["EMS": 5])
        let g = try t.makeGroup("g")
        try t.groupLicense(g, "EMS")
        t.processQueue()
        let u = try t.makeUser("a")
        try t.addMember(groupId: g, userId: u)
        #expect(t.queuedGroups == [g])
        t.processQueue()
        #expect(t.isLicensed(userId: u))
    }

    @Test func aRemovedMemberLosesTheGroupsRecordsButKeepsItsDirectCopy() throws {
        let t = tenant(["EMS": 5])
        let u = try t.makeUser("a")
        let g = try t.makeGroup("g", members: [u])
        try t.groupLicense(g, "EMS")
        t.processQueue()
        try t.direct(u, "EMS")
        try t.removeMember(groupId: g, userId: u)
        t.processQueue()
        #expect(t.records(u).map(\.source) == [.direct])
        #expect(t.consumed("EMS") == 1)
    }

    @Test func dependencyViolationOnRemovalLeavesTheRecordsActiveWithError() throws {
        let t = tenant(["ENTERPRISEPACK": 5, "MCOMEETADV": 5])
        let u = try t.makeUser("a")
        let g = try t.makeGroup("g", members: [u])
        try t.groupLicense(g, "ENTERPRISEPACK")
        t.processQueue()
        try t.direct(u, "MCOMEETADV")   // needs MCOSTANDARD, which only the group gives
        try t.removeMember(groupId: g, userId: u)
        t.processQueue()
        let record = try #require(t.records(u, from: g).first)
        #expect(record.state == .activeWithError && record.error == .dependencyViolation)
        #expect(t.consumed("ENTERPRISEPACK") == 1)
        #expect(t.membersWithLicenseErrors(groupId: g).map(\.objectId) == [u])
    }

    @Test func removingAProductFromAGroupRemovesItFromEveryMember() throws {
        let t = tenant(["ENTERPRISEPACK": 5, "EMS": 5])
        let a = try t.makeUser("a"), b = try t.makeUser("b")
        let g = try t.makeGroup("g", members: [a, b])
        try t.groupLicense(g, "ENTERPRISEPACK", "EMS")
        t.processQueue()
        try t.setGroupLicenses(groupId: g, remove: [.partNumber("EMS")])
        t.processQueue()
        #expect(t.consumed("EMS") == 0 && t.consumed("ENTERPRISEPACK") == 2)
        #expect(t.accountSkuIds(a) == ["contoso:ENTERPRISEPACK"])
    }

    @Test func swappingAGroupsProductAppliesAddAndRemoveTogether() throws {
        // E1 → E3 on a group in one edit (CHANGE, docs/sources.md "Licensing behaviour"): the
        // conflict between the two never arises.
        let t = tenant(["STANDARDPACK": 5, "ENTERPRISEPACK": 5])
        let u = try t.makeUser("a")
        let g = try t.makeGroup("g", members: [u])
        try t.groupLicense(g, "STANDARDPACK")
        t.processQueue()
        try t.setGroupLicenses(groupId: g, add: [LicenseRequest(.partNumber("ENTERPRISEPACK"))],
                               remove: [.partNumber("STANDARDPACK")])
        t.processQueue()
        #expect(t.accountSkuIds(u) == ["contoso:ENTERPRISEPACK"] && t.errors(u).isEmpty)
        #expect(t.consumed("STANDARDPACK") == 0 && t.consumed("ENTERPRISEPACK") == 1)
    }

    @Test func aLicensedGroupCannotBeDeleted() throws {
        let t = tenant(["EMS": 5])
        let g = try t.makeGroup("g")
        try t.groupLicense(g, "EMS")
        let error = expectLicensingError { try t.deleteGroup(groupId: g) }
        #expect(error?.code == .licensedGroupDeletion && error?.targetObjectId == g)
        try t.setGroupLicenses(groupId: g, remove: [.partNumber("EMS")])
        try t.deleteGroup(groupId: g)
        #expect(t.group(id: g) == nil && t.queuedGroups.isEmpty)
    }

    @Test func deletingAGroupTurnsBlockedRemovalsIntoDirectAssignments() throws {
        let t = tenant(["ENTERPRISEPACK": 5, "MCOMEETADV": 5])
        let u = try t.makeUser("a")
        let g = try t.makeGroup("g", members: [u])
        try t.groupLicense(g, "ENTERPRISEPACK")
        t.processQueue()
        try t.direct(u, "MCOMEETADV")
        try t.setGroupLicenses(groupId: g, remove: [.partNumber("ENTERPRISEPACK")])
        t.processQueue()
        #expect(t.records(u, from: g).first?.state == .activeWithError)
        try t.deleteGroup(groupId: g)
        #expect(t.records(u).map(\.source) == [.direct, .direct])
        #expect(t.records(u).allSatisfy { $0.state == .active })
        #expect(t.indexesAreConsistent())
    }

    @Test func freedSeatsDoNotRetryUsersInError() throws {
        let t = tenant(["EMS": 1])
        let a = try t.makeUser("a"), b = try t.makeUser("b")
        try t.direct(a, "EMS")
        let g = try t.makeGroup("g", members: [b])
        try t.groupLicense(g, "EMS")
        t.processQueue()
        try t.assignLicenses(userId: a, remove: [.partNumber("EMS")])
        let c = try t.makeUser("c")
        try t.addMember(groupId: g, userId: c)   // new work on the group evaluates only c
        t.processQueue()
        #expect(!t.isLicensed(userId: b) && t.isLicensed(userId: c))
    }

    @Test func reprocessingAGroupEvaluatesMembersAndHoldersOfItsRecords() throws {
        let t = tenant(["ENTERPRISEPACK": 5, "MCOMEETADV": 5, "EMS": 1])
        let holder = try t.makeUser("holder"), waiting = try t.makeUser("waiting"), blocker = try t.makeUser("blocker")
        try t.direct(blocker, "EMS")
        let g = try t.makeGroup("g", members: [holder])
        try t.groupLicense(g, "ENTERPRISEPACK")
        t.processQueue()
        try t.direct(holder, "MCOMEETADV")
        try t.removeMember(groupId: g, userId: holder)
        t.processQueue()
        let e = try t.makeGroup("ems", members: [waiting])
        try t.groupLicense(e, "EMS")
        t.processQueue()
        #expect(t.errors(waiting) == [.countViolation])
        // Resolve both problems, then reprocess.
        try t.assignLicenses(userId: holder, remove: [.partNumber("MCOMEETADV")])
        try t.assignLicenses(userId: blocker, remove: [.partNumber("EMS")])
        try t.reprocessGroup(groupId: g)
        try t.reprocessGroup(groupId: e)
        t.processQueue()
        #expect(!t.isLicensed(userId: holder))
        #expect(t.isLicensed(userId: waiting))
    }

    @Test func reprocessingAUserEvaluatesAllItsGroupRecordsAtOnce() throws {
        let t = tenant(["EMS": 1, "ENTERPRISEPACK": 1])
        let a = try t.makeUser("a"), b = try t.makeUser("b")
        try t.direct(a, "EMS", "ENTERPRISEPACK")
        let g1 = try t.makeGroup("g1", members: [b]), g2 = try t.makeGroup("g2", members: [b])
        try t.groupLicense(g1, "EMS")
        try t.groupLicense(g2, "ENTERPRISEPACK")
        t.processQueue()
        #expect(t.errors(b) == [.countViolation, .countViolation])
        try t.assignLicenses(userId: a, remove: [.partNumber("EMS"), .partNumber("ENTERPRISEPACK")])
        let results = try t.reprocessUser(userId: b)
        #expect(results.map(\.succeeded) == [1, 1])
        #expect(t.accountSkuIds(b) == ["contoso:EMS", "contoso:ENTERPRISEPACK"])
        #expect(t.queuedGroups.isEmpty)
    }

    @Test func theSameProductFromSeveralGroupsUsesOneSeat() throws {
        let t = tenant(["ENTERPRISEPACK": 1])
        let u = try t.makeUser("a")
        let g1 = try t.makeGroup("g1", members: [u]), g2 = try t.makeGroup("g2", members: [u])
        try t.groupLicense(g1, "ENTERPRISEPACK")
        try t.groupLicense(g2, "ENTERPRISEPACK")
        t.processQueue()
        #expect(t.consumed("ENTERPRISEPACK") == 1)
        #expect(t.records(u).allSatisfy { $0.state == .active })
        #expect(t.licenses(ofUser: u).first?.groupsAssigningLicense == [g1, g2])
    }

    @Test func enabledPlansAreTheUnionOverActiveRecords() throws {
        let t = tenant(["ENTERPRISEPACK": 1])
        let u = try t.makeUser("a")
        let g1 = try t.makeGroup("g1", members: [u]), g2 = try t.makeGroup("g2", members: [u])
        try t.setGroupLicenses(groupId: g1, add: [LicenseRequest(.partNumber("ENTERPRISEPACK"), disabledPlans: [.name("SWAY"), .name("TEAMS1")])])
        try t.setGroupLicenses(groupId: g2, add: [LicenseRequest(.partNumber("ENTERPRISEPACK"), disabledPlans: [.name("SWAY"), .name("YAMMER_ENTERPRISE")])])
        t.processQueue()
        let license = try #require(t.licenses(ofUser: u).first)
        #expect(license.disabledPlans == [try #require(t.catalog.plan(named: "SWAY")).id])
        #expect(license.servicePlans.first { $0.plan.name == "TEAMS1" }?.provisioningStatus == .success)
        #expect(license.servicePlans.first { $0.plan.name == "YAMMER_ENTERPRISE" }?.provisioningStatus == .pendingInput)
    }

    @Test func duplicateProxyAddressFailsSilentlyByDefault() throws {
        let t = tenant(["EXCHANGESTANDARD": 5])
        try t.createMailContact(name: "old", externalEmailAddress: "SMTP:A@contoso.onmicrosoft.com")
        let u = try t.makeUser("a")
        let g = try t.makeGroup("g", members: [u])
        try t.groupLicense(g, "EXCHANGESTANDARD")
        let results = t.processQueue()
        #expect(results.first?.failedSilently == 1)
        #expect(t.records(u).isEmpty && !t.hasMembersWithLicenseErrors(groupId: g))
        #expect(t.recipient(ofObject: u) == nil)
    }

    @Test func duplicateProxyAddressRecordsUniquenessViolationWhenConfigured() throws {
        let t = tenant(["EXCHANGESTANDARD": 5]) { $0.duplicateProxyAddressError = .uniquenessViolation }
        try t.createMailContact(name: "old", externalEmailAddress: "a@contoso.onmicrosoft.com")
        let u = try t.makeUser("a")
        let g = try t.makeGroup("g", members: [u])
        try t.groupLicense(g, "EXCHANGESTANDARD")
        t.processQueue()
        #expect(t.errors(u) == [.uniquenessViolation])
    }

    @Test func plansWithoutMailboxIgnoreProxyAddresses() throws {
        let t = tenant(["EMS": 5])
        try t.createMailContact(name: "old", externalEmailAddress: "a@contoso.onmicrosoft.com")
        let u = try t.makeUser("a")
        let g = try t.makeGroup("g", members: [u])
        try t.groupLicense(g, "EMS")   // EXCHANGE_S_FOUNDATION gives no mailbox
        t.processQueue()
        #expect(t.isLicensed(userId: u))
    }

    @Test func nestedGroupsAreNotExpanded() throws {
        let t = tenant(["EMS": 5])
        let u = try t.makeUser("a")
        let inner = try t.makeGroup("inner", members: [u])
        let outer = try t.makeGroup("outer")
        try t.addGroupMember(groupId: outer, memberGroupId: inner)
        try t.groupLicense(outer, "EMS")
        t.processQueue()
        #expect(!t.isLicensed(userId: u))
        #expect(t.memberGroups(ofGroup: outer).map(\.objectId) == [inner])
        #expect(expectLicensingError { try t.addGroupMember(groupId: outer, memberGroupId: inner) }?.code == .memberAlreadyExists)
        #expect(expectLicensingError { try t.addGroupMember(groupId: outer, memberGroupId: outer) }?.code == .invalidValue)
        try t.deleteGroup(groupId: inner)
        #expect(t.memberGroups(ofGroup: outer).isEmpty)
    }

    @Test func changingAGroupsDisabledPlansUnderADependentKeepsTheOldAssignment() throws {
        let t = tenant(["ENTERPRISEPACK": 5, "MCOMEETADV": 5])
        let u = try t.makeUser("a")
        let g = try t.makeGroup("g", members: [u])
        try t.groupLicense(g, "ENTERPRISEPACK")
        t.processQueue()
        try t.direct(u, "MCOMEETADV")
        try t.setGroupLicenses(groupId: g, update: [LicenseRequest(.partNumber("ENTERPRISEPACK"), disabledPlans: [.name("MCOSTANDARD")])])
        t.processQueue()
        let record = try #require(t.records(u, from: g).first)
        #expect(record.state == .activeWithError && record.error == .dependencyViolation)
        #expect(record.disabledPlans.isEmpty)   // still the plans it had: Skype stays for Audio Conferencing
        #expect(t.enabledPlans(ofUser: u, skuId: t.sku("ENTERPRISEPACK")).contains { $0.name == "MCOSTANDARD" })
    }

    @Test func deletedMembersAreSkipped() throws {
        let t = tenant(["EMS": 5])
        let u = try t.makeUser("a")
        let g = try t.makeGroup("g", members: [u])
        try t.deleteUser(userId: u)
        try t.groupLicense(g, "EMS")
        t.processQueue()
        #expect(t.records(u).isEmpty)
        try t.restoreUser(userId: u)
        t.processQueue()
        #expect(t.isLicensed(userId: u))
    }
}
