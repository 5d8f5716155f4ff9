import Foundation
import Testing
@testable import Licensing

/// Dynamic membership rules (docs/licensing.md "Dynamic groups"): what they accept, what they
/// match, and how membership and group licensing follow users' attributes.
@Suite struct MembershipRuleTests {
    private func user(_ attributes: [String: String] = [:], upn: String = "ann@contoso.com", enabled: Bool = true,
                      location: String? = "US") -> User {
        User(objectId: UUID(), userPrincipalName: upn, displayName: "Ann", usageLocation: location, accountEnabled: enabled,
             isDeleted: false, deletedDateTime: nil, createdDateTime: fixedDate, records: [], memberOf: [], mailboxId: nil,
             attributes: attributes)
    }

    private func matches(_ rule: String, _ u: User, plans: [(id: UUID, service: String)] = []) throws -> Bool {
        try MembershipRule(rule).matches(u) { plans }
    }

    @Test(arguments: [
        ("user.department -eq \"Sales\"", true),
        ("user.department -eq \"sales\"", true),                       // values compare without case
        ("User.Department -EQ \"SALES\"", true),                       // so do names and operators
        ("user.department eq \"Sales\"", true),                        // the hyphen is optional
        ("user.department -ne \"Sales\"", false),
        ("user.department -startsWith \"Sa\"", true),
        ("user.department -notStartsWith \"Sa\"", false),
        ("user.jobTitle -contains \"engineer\"", true),
        ("user.jobTitle -notContains \"engineer\"", false),
        ("user.jobTitle -endsWith \"Engineer\"", true),
        ("user.jobTitle -match \"^sen.*eer$\"", true),
        ("user.jobTitle -match \"nior\"", true),                       // found anywhere
        ("user.jobTitle -notMatch \"^Junior\"", true),
        ("user.country -in [\"DE\", \"FR\"]", true),
        ("user.country -notIn [\"DE\",\"FR\"]", false),
        ("user.usageLocation -eq \"US\"", true),
        ("user.accountEnabled -eq true", true),
        ("user.accountEnabled -eq false", false),
        ("user.city -eq null", true),                                  // an unset attribute is null
        ("user.city -ne null", false),
        ("user.userType -eq \"Member\"", true),                        // Member unless said otherwise
        ("-not (user.department -eq \"Sales\")", false),
        ("user.department -eq \"Sales\" -and -not (user.country -eq \"US\")", true),
        // -and binds tighter than -or: false -or (true -and true)
        ("user.department -eq \"HR\" -or user.country -eq \"DE\" -and user.accountEnabled -eq true", true),
        // with parentheses: (false -or true) -and false
        ("(user.department -eq \"HR\" -or user.country -eq \"DE\") -and user.accountEnabled -eq false", false),
        ("user.department -eq \"Sales\"\n  -and user.jobTitle -startsWith \"Senior\"", true),
        ("user.userPrincipalName -endsWith \"@contoso.com\"", true),
    ])
    func aRuleMatchesAsTheServiceEvaluatesIt(rule: String, expected: Bool) throws {
        let u = user(["Department": "Sales", "Title": "Senior Engineer", "Country": "DE"])
        #expect(try matches(rule, u) == expected, "\(rule)")
    }

    @Test func aValueWithQuotesIsWrittenWithBackticksAndSingleQuotedListsWork() throws {
        let u = user(["Department": "R\"D", "Title": "O'Neil"])
        #expect(try matches("user.department -eq \"R`\"D\"", u))
        #expect(try matches("user.jobTitle -in ['O''Neil', 'x']", u))
    }

    @Test func assignedPlansMatchesAnEnabledPlanByIdOrService() throws {
        let exchange = UUID(uuidString: "efb87545-963c-4e0d-99df-69c6916d9eb0")!
        let u = user()
        let rule = "user.assignedPlans -any (assignedPlan.servicePlanId -eq \"efb87545-963c-4e0d-99df-69c6916d9eb0\" -and assignedPlan.capabilityStatus -eq \"Enabled\")"
        #expect(try matches(rule, u, plans: [(exchange, "Exchange")]))
        #expect(try !matches(rule, u, plans: []))
        #expect(try matches("user.assignedPlans -any (assignedPlan.service -eq \"exchange\")", u, plans: [(exchange, "Exchange")]))
        #expect(try matches("user.assignedPlans -all (assignedPlan.servicePlanId -eq null)", u, plans: []))
        #expect(try MembershipRule(rule).readsPlans)
    }

    @Test func aDeletedUserNeverMatches() throws {
        var u = user(["Department": "Sales"])
        u.isDeleted = true
        #expect(try !matches("user.department -eq \"Sales\"", u))
    }

    @Test(arguments: [
        ("user.favouriteColour -eq \"red\"", "Wrong property applied.", 0),
        ("department -eq \"Sales\"", "Wrong property applied.", 0),
        ("user.department -is \"Sales\"", "Query compilation error.", 16),
        ("user.department -eq Sales", "Invalid operands found for operator.", 20),
        ("user.department -eq \"Sales", "Query compilation error.", 20),
        ("user.department -in \"Sales\"", "Invalid operands found for operator.", 20),
        ("user.department -eq [\"a\"]", "Invalid operands found for operator.", 20),
        ("user.department -startsWith null", "Invalid operands found for operator.", 28),
        ("user.accountEnabled -contains true", "Invalid operands found for operator.", 20),
        ("user.department -match \"(\"", "Query compilation error.", 23),
        ("(user.department -eq \"Sales\"", "Query compilation error.", 28),
        ("user.department -eq \"Sales\" user.city -eq \"x\"", "Query compilation error.", 28),
        ("user.assignedPlans -eq \"x\"", "Invalid operands found for operator.", 19),
        ("", "Query compilation error.", 0),
    ])
    func aBadRuleIsRefusedWithTheServicesReasonAndThePosition(rule: String, reason: String, position: Int) {
        do {
            _ = try MembershipRule(rule)
            Issue.record("accepted: \(rule)")
        } catch {
            #expect(error.reason == reason, "\(rule): \(error.message)")
            #expect(error.position == position, "\(rule): \(error.message)")
            #expect(error.message.hasPrefix("Dynamic membership rule validation error: \(reason) At position \(position): "))
        }
    }

    @Test func aRuleLongerThan3072CharactersIsRefused() {
        let long = "user.department -eq \"" + String(repeating: "x", count: 3060) + "\""
        #expect(throws: MembershipRuleError.self) { _ = try MembershipRule(long) }
    }
}

@Suite struct DynamicGroupTests {
    private func salesTenant(mode: ProcessingMode = .immediate) throws -> (Tenant, UUID, [UUID]) {
        let t = tenant(["ENTERPRISEPACK": 10]) { $0.processingMode = mode }
        let ann = try t.makeUser("ann"), bob = try t.makeUser("bob"), cid = try t.makeUser("cid")
        try t.setAttributes(userId: ann, [("Department", "Sales")])
        try t.setAttributes(userId: bob, [("Department", "Marketing")])
        let g = try t.createGroup(displayName: "Sales E3", groupTypes: ["DynamicMembership"],
                                  membershipRule: "user.department -eq \"Sales\"").objectId
        try t.setGroupLicenses(groupId: g, add: [LicenseRequest(.partNumber("ENTERPRISEPACK"))])
        return (t, g, [ann, bob, cid])
    }

    @Test func aNewDynamicGroupGetsTheMatchingUsersAndLicensesThem() throws {
        let (t, g, people) = try salesTenant()
        #expect(t.group(id: g)?.members.elements == [])
        #expect(t.queuedGroups == [g])
        t.processQueue()
        #expect(t.group(id: g)?.members.elements == [people[0]])
        #expect(t.user(id: people[0])?.memberOf == [g])
        #expect(t.accountSkuIds(people[0]) == ["contoso:ENTERPRISEPACK"])
        #expect(t.accountSkuIds(people[1]).isEmpty)
        #expect(t.group(id: g)?.membershipRuleProcessingState == "On")
    }

    @Test func aUserWhoStartsMatchingJoinsAndOneWhoStopsLeavesWithTheLicenses() throws {
        let (t, g, people) = try salesTenant()
        t.processQueue()
        try t.setAttributes(userId: people[1], [("Department", "sales")])
        try t.setAttributes(userId: people[0], [("Department", "Finance")])
        #expect(Set(t.queuedGroups) == [g])
        t.processQueue()
        #expect(t.group(id: g)?.members.elements == [people[1]])
        #expect(t.accountSkuIds(people[1]) == ["contoso:ENTERPRISEPACK"])
        #expect(t.accountSkuIds(people[0]).isEmpty)
        #expect(t.consumed("ENTERPRISEPACK") == 1)
    }

    @Test func aUserWhoStartsMatchingWithoutASeatGetsTheErrorOnTheRecord() throws {
        let t = tenant(["ENTERPRISEPACK": 1])
        let ann = try t.makeUser("ann"), bob = try t.makeUser("bob")
        try t.setAttributes(userId: ann, [("Department", "Sales")])
        let g = try t.createGroup(displayName: "Sales", groupTypes: ["DynamicMembership"], membershipRule: "user.department -eq \"Sales\"").objectId
        try t.setGroupLicenses(groupId: g, add: [LicenseRequest(.partNumber("ENTERPRISEPACK"))])
        t.processQueue()
        try t.setAttributes(userId: bob, [("Department", "Sales")])
        t.processQueue()
        #expect(t.errors(bob) == [.countViolation])
    }

    @Test func aUserWhoStopsMatchingKeepsAPrerequisiteAnotherLicenseNeedsWithDependencyViolation() throws {
        let t = tenant(["ENTERPRISEPACK": 5, "WORKPLACE_ANALYTICS": 5])
        let ann = try t.makeUser("ann")
        try t.setAttributes(userId: ann, [("Department", "Sales")])
        let g = try t.createGroup(displayName: "Sales E3", groupTypes: ["DynamicMembership"], membershipRule: "user.department -eq \"Sales\"").objectId
        try t.setGroupLicenses(groupId: g, add: [LicenseRequest(.partNumber("ENTERPRISEPACK"))])
        t.processQueue()
        // Workplace Analytics needs the Exchange plan E3 brings
        try t.assignLicenses(userId: ann, add: [LicenseRequest(.partNumber("WORKPLACE_ANALYTICS"))])
        try t.setAttributes(userId: ann, [("Department", "Finance")])
        t.processQueue()
        #expect(t.group(id: g)?.members.elements == [])
        let record = try #require(t.user(id: ann)?.records.first { $0.source == .group(g) })
        #expect(record.state == .activeWithError && record.error == .dependencyViolation)
    }

    @Test func membersOfADynamicGroupCannotBeAddedOrRemovedByHand() throws {
        let (t, g, people) = try salesTenant()
        t.processQueue()
        #expect(throws: LicensingError(code: .dynamicGroupMembership, message: LicensingMessages.insufficientPrivileges, targetObjectId: g)) {
            try t.addMember(groupId: g, userId: people[2])
        }
        #expect(throws: LicensingError(code: .dynamicGroupMembership, message: LicensingMessages.insufficientPrivileges, targetObjectId: g)) {
            try t.removeMember(groupId: g, userId: people[0])
        }
    }

    @Test func aPausedGroupKeepsItsMembersUntilItIsTurnedOnAgain() throws {
        let (t, g, people) = try salesTenant()
        t.processQueue()
        try t.setMembershipRule(groupId: g, processingState: "paused")
        #expect(t.group(id: g)?.membershipRuleProcessingState == "Paused")
        try t.setAttributes(userId: people[0], [("Department", "Finance")])
        t.processQueue()
        #expect(t.group(id: g)?.members.elements == [people[0]])
        try t.setMembershipRule(groupId: g, processingState: "On")
        t.processQueue()
        #expect(t.group(id: g)?.members.elements == [])
        #expect(t.accountSkuIds(people[0]).isEmpty)
    }

    @Test func changingTheRuleReevaluatesEveryone() throws {
        let (t, g, people) = try salesTenant()
        t.processQueue()
        try t.setMembershipRule(groupId: g, rule: "user.department -in [\"Sales\", \"Marketing\"]")
        t.processQueue()
        #expect(Set(t.group(id: g)!.members.elements) == [people[0], people[1]])
    }

    @Test func inDeferredModeMembershipWaitsForProcessing() throws {
        let (t, g, people) = try salesTenant(mode: .deferred)
        t.processQueueIfImmediate()
        #expect(t.group(id: g)?.members.elements == [])
        t.processQueue()
        #expect(t.group(id: g)?.members.elements == [people[0]])
        try t.setAttributes(userId: people[2], [("Department", "Sales")])
        t.processQueueIfImmediate()
        #expect(t.group(id: g)?.members.elements == [people[0]])
        t.processQueue()
        #expect(t.group(id: g)?.members.elements == [people[0], people[2]])
    }

    @Test func aRuleOnPlansFollowsLicensesGivenDirectly() throws {
        let t = tenant(["ENTERPRISEPACK": 5, "EMS": 5])
        let ann = try t.makeUser("ann"), bob = try t.makeUser("bob")
        let exchangePlan = try #require(t.catalog.plan(named: "EXCHANGE_S_ENTERPRISE")).id.lowercasedString
        let g = try t.createGroup(displayName: "Mailbox users", groupTypes: ["DynamicMembership"],
                                  membershipRule: "user.assignedPlans -any (assignedPlan.servicePlanId -eq \"\(exchangePlan)\" -and assignedPlan.capabilityStatus -eq \"Enabled\")").objectId
        try t.setGroupLicenses(groupId: g, add: [LicenseRequest(.partNumber("EMS"))])
        t.processQueue()
        #expect(t.group(id: g)?.members.elements == [])
        try t.assignLicenses(userId: bob, add: [LicenseRequest(.partNumber("ENTERPRISEPACK"))])
        t.processQueue()
        #expect(t.group(id: g)?.members.elements == [bob])
        #expect(Set(t.accountSkuIds(bob)) == ["contoso:ENTERPRISEPACK", "contoso:EMS"])
        #expect(t.accountSkuIds(ann).isEmpty)
    }

    @Test func aDeletedUserLeavesAndARestoredOneComesBack() throws {
        let (t, g, people) = try salesTenant()
        t.processQueue()
        try t.deleteUser(userId: people[0])
        t.processQueue()
        #expect(t.group(id: g)?.members.elements == [])
        try t.restoreUser(userId: people[0])
        t.processQueue()
        #expect(t.group(id: g)?.members.elements == [people[0]])
    }

    @Test func aDynamicGroupNeedsARuleAndARuleNeedsADynamicGroup() {
        let t = emptyTenant()
        #expect(throws: LicensingError.self) { try t.createGroup(displayName: "x", groupTypes: ["DynamicMembership"]) }
        #expect(throws: LicensingError.self) { try t.createGroup(displayName: "x", membershipRule: "user.city -eq \"Leeds\"") }
        #expect(throws: LicensingError.self) {
            try t.createGroup(displayName: "x", groupTypes: ["DynamicMembership"], membershipRule: "user.city -eq Leeds")
        }
        #expect(t.groups.isEmpty)
    }

    @Test func aRuleNestedTooDeepIsRefusedNotACrash() {
        #expect(throws: MembershipRuleError.self) { _ = try MembershipRule(String(repeating: "(", count: 3000)) }
        #expect(throws: MembershipRuleError.self) { _ = try MembershipRule(String(repeating: "-not ", count: 600) + "user.city -eq \"x\"") }
        #expect(throws: MembershipRuleError.self) { _ = try MembershipRule("user.accountEnabled -eq \"yes\"") }
    }

    @Test func usersOneChangeTouchesJoinInTenantOrder() throws {
        let t = tenant(["ENTERPRISEPACK": 10])
        let people = try (0..<12).map { try t.makeUser("u\($0)") }
        let g = try t.createGroup(displayName: "Leeds", groupTypes: ["DynamicMembership"], membershipRule: "user.city -eq \"Leeds\"").objectId
        t.processQueue()
        // one change touching every user: a group license processing them all
        let all = try t.createGroup(displayName: "All").objectId
        for p in people { try t.addMember(groupId: all, userId: p) }
        t.changing { for p in people.reversed() { try? t.setAttributes(userId: p, [("City", "Leeds")]) } }
        t.processQueue()
        #expect(t.group(id: g)?.members.elements == people)
    }

    @Test func aDynamicGroupTurnedAssignedKeepsItsMembersAndAnAssignedOneTurnedDynamicStartsOver() throws {
        let (t, g, people) = try salesTenant()
        t.processQueue()
        try t.setMembershipRule(groupId: g, groupTypes: [], processingState: "Paused")
        #expect(t.group(id: g)?.isDynamic == false && t.group(id: g)?.membershipRule == nil)
        #expect(t.group(id: g)?.members.elements == [people[0]])
        try t.addMember(groupId: g, userId: people[2])
        try t.setMembershipRule(groupId: g, groupTypes: ["DynamicMembership"], rule: "user.department -eq \"Sales\"")
        t.processQueue()
        #expect(t.group(id: g)?.members.elements == [people[0]])
        #expect(t.accountSkuIds(people[2]).isEmpty && t.accountSkuIds(people[0]) == ["contoso:ENTERPRISEPACK"])
    }

    @Test func aRuleOnPlansAnotherGroupGivesFollowsInTheSameProcessing() throws {
        let t = tenant(["ENTERPRISEPACK": 5, "EMS": 5])
        let ann = try t.makeUser("ann")
        let exchangePlan = try #require(t.catalog.plan(named: "EXCHANGE_S_ENTERPRISE")).id.lowercasedString
        let mailboxUsers = try t.createGroup(displayName: "Mailbox users", groupTypes: ["DynamicMembership"],
                                             membershipRule: "user.assignedPlans -any (assignedPlan.servicePlanId -eq \"\(exchangePlan)\")").objectId
        try t.setGroupLicenses(groupId: mailboxUsers, add: [LicenseRequest(.partNumber("EMS"))])
        let e3 = try t.makeGroup("E3", members: [ann])
        try t.setGroupLicenses(groupId: e3, add: [LicenseRequest(.partNumber("ENTERPRISEPACK"))])
        t.processQueue()
        #expect(t.group(id: mailboxUsers)?.members.elements == [ann])
        #expect(Set(t.accountSkuIds(ann)) == ["contoso:ENTERPRISEPACK", "contoso:EMS"])
    }

    @Test func purgingAUserDropsItFromQueuedMembershipWork() throws {
        let (t, g, people) = try salesTenant(mode: .deferred)
        try t.setAttributes(userId: people[2], [("Department", "Sales")])
        try t.deleteUser(userId: people[2])
        try t.purgeUser(userId: people[2])
        #expect(t.snapshot().queue.first { $0.groupId == g }?.membershipUsers?.contains(people[2]) != true)
    }

    @Test func aSnapshotKeepsTheRuleAndTheQueuedMembershipWork() throws {
        let (t, g, _) = try salesTenant(mode: .deferred)
        let copy = Tenant(snapshot: t.snapshot())
        #expect(copy.snapshot() == t.snapshot())
        #expect(copy.group(id: g)?.membershipRule == "user.department -eq \"Sales\"")
        copy.processQueue()
        #expect(copy.group(id: g)?.members.count == 1)
        let decoded = try JSONDecoder().decode(TenantSnapshot.self, from: JSONEncoder().encode(t.snapshot()))
        #expect(decoded == t.snapshot())
    }
}
