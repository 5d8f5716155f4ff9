import Foundation
import Testing
@testable import Licensing

/// docs/licensing.md "Objects", "Effective licenses and seats", "Users", "Processing timing",
/// "Exchange view", "Tenant settings" and "The lab surface".
@Suite struct TenantRuleTests {
    // MARK: Seats (docs/licensing.md "Effective licenses and seats")

    @Test func consumedUnitsCountUsersNotRecords() throws {
        let t = tenant(["EMS": 5])
        let u = try t.makeUser("a")
        let g = try t.makeGroup("g", members: [u])
        try t.groupLicense(g, "EMS")
        t.processQueue()
        try t.direct(u, "EMS")
        #expect(t.records(u).count == 2)
        #expect(t.consumed("EMS") == 1 && t.availableUnits(skuId: t.sku("EMS")) == 4)
    }

    @Test func deletingAUserFreesItsSeatsAndRestoringNeedsThemAgain() throws {
        let t = tenant(["EMS": 1])
        let a = try t.makeUser("a"), b = try t.makeUser("b")
        try t.direct(a, "EMS")
        try t.deleteUser(userId: a)
        #expect(t.consumed("EMS") == 0)
        #expect(t.user(id: a)?.records.count == 1)
        try t.direct(b, "EMS")
        let error = expectLicensingError { try t.restoreUser(userId: a) }
        #expect(error?.code == .countViolation && error?.targetObjectId == a)
        #expect(t.user(id: a)?.isDeleted == true)
        try t.assignLicenses(userId: b, remove: [.partNumber("EMS")])
        try t.restoreUser(userId: a)
        #expect(t.consumed("EMS") == 1 && t.isLicensed(userId: a))
    }

    /// A call of several steps undoes its earlier steps when a later one fails (Set-MsolUser,
    /// Update-MgUser): the user, its seats and the UPN index are as before the call.
    @Test func revertingAUserUndoesEveryStepOfACall() throws {
        let t = tenant(["EMS": 2])
        let a = try t.makeUser("a")
        try t.direct(a, "EMS")
        let saved = try #require(t.user(id: a))
        try t.setDisplayName(userId: a, "Changed")
        try t.setUserPrincipalName(userId: a, "renamed@\(t.initialDomain)")
        try t.setAccountEnabled(userId: a, false)
        t.revertUser(to: saved)
        #expect(t.user(id: a) == saved)
        #expect(t.user(userPrincipalName: "a@\(t.initialDomain)")?.objectId == a)
        #expect(t.user(userPrincipalName: "renamed@\(t.initialDomain)") == nil)
        #expect(t.consumed("EMS") == 1)
    }

    @Test func deletedUsersAreNotFoundByOperations() throws {
        let t = tenant(["EMS": 1])
        let a = try t.makeUser("a")
        try t.deleteUser(userId: a)
        #expect(expectLicensingError { try t.direct(a, "EMS") }?.code == .userNotFound)
        #expect(expectLicensingError { try t.deleteUser(userId: a) }?.code == .userNotFound)
    }

    @Test func purgingAUserRemovesItEverywhere() throws {
        let t = tenant(["EXCHANGESTANDARD": 1])
        let a = try t.makeUser("a")
        let g = try t.makeGroup("g", members: [a])
        try t.groupLicense(g, "EXCHANGESTANDARD")
        t.processQueue()
        #expect(t.recipient(ofObject: a) != nil)
        #expect(expectLicensingError { try t.purgeUser(userId: a) }?.code == .userNotFound)
        try t.deleteUser(userId: a)
        try t.purgeUser(userId: a)
        #expect(t.user(id: a) == nil && t.members(ofGroup: g).isEmpty && t.recipients.isEmpty)
        #expect(t.indexesAreConsistent())
        try t.makeUser("a")   // the UPN and address are free again
    }

    // MARK: Users (docs/licensing.md "Users")

    @Test func userPrincipalNamesAreUniqueAndLookedUpCaseInsensitively() throws {
        let t = emptyTenant()
        let a = try t.makeUser("Ann")
        #expect(t.user(userPrincipalName: "ANN@CONTOSO.ONMICROSOFT.COM")?.objectId == a)
        #expect(expectLicensingError { try t.makeUser("ann") }?.code == .objectConflict)
        #expect(expectLicensingError {
            try t.createUser(userPrincipalName: "no-at-sign", displayName: "x")
        }?.code == .invalidValue)
        try t.setUserPrincipalName(userId: a, "anna@contoso.onmicrosoft.com")
        #expect(t.user(userPrincipalName: "ann@contoso.onmicrosoft.com") == nil)
        #expect(t.user(userPrincipalName: "Anna@contoso.onmicrosoft.com")?.objectId == a)
        #expect(t.users(displayName: "ANN").map(\.objectId) == [a])
    }

    @Test func creatingALicensedUserIsOneStep() throws {
        let t = tenant(["EMS": 1])
        let a = try t.createUser(userPrincipalName: "a@contoso.onmicrosoft.com", displayName: "a", usageLocation: "US",
                                 licenses: [LicenseRequest(.accountSkuId("contoso:EMS"))])
        #expect(a.records.count == 1 && t.consumed("EMS") == 1)
        let before = t.snapshot()
        let error = expectLicensingError {
            try t.createUser(userPrincipalName: "b@contoso.onmicrosoft.com", displayName: "b", usageLocation: "US",
                             licenses: [LicenseRequest(.accountSkuId("contoso:EMS"))])
        }
        #expect(error?.code == .countViolation)
        #expect(t.snapshot() == before && t.user(userPrincipalName: "b@contoso.onmicrosoft.com") == nil)
        #expect(t.indexesAreConsistent())
    }

    @Test func usageLocationsAreAssignedISOCountryCodes() throws {
        let t = emptyTenant()
        let a = try t.makeUser("a", "fr")
        #expect(t.user(id: a)?.usageLocation == "FR")
        for bad in ["\"US\"", "UK", "XK", "EU", "ZZ", "U", "USA"] {
            #expect(expectLicensingError { try t.setUsageLocation(userId: a, bad) }?.code == .invalidUsageLocation, "\(bad)")
        }
        #expect(t.user(id: a)?.usageLocation == "FR")
        #expect(CountryCodes.iso3166Alpha2.count == 249)
        #expect(expectLicensingError { try t.setCountryLetterCode("UK") }?.code == .invalidValue)
        try t.setUsageLocation(userId: a, "")
        #expect(t.user(id: a)?.usageLocation == nil)
    }

    @Test func movingALicensedUserToAProhibitedCountryFails() throws {
        let t = tenant(["ENTERPRISEPACK": 1])
        let a = try t.makeUser("a")
        try t.assignLicenses(userId: a, add: [LicenseRequest(.partNumber("ENTERPRISEPACK"),
            disabledPlans: t.catalog.product(partNumber: "ENTERPRISEPACK").map { p in
                p.planIndices.map { t.catalog.plans[$0].name }
                    .filter { !["EXCHANGE_S_ENTERPRISE", "SHAREPOINTENTERPRISE", "SHAREPOINTWAC", "MCOSTANDARD",
                                "OFFICESUBSCRIPTION", "RMS_S_ENTERPRISE"].contains($0) }.map { .name($0) }
            } ?? [])])
        let error = expectLicensingError { try t.setUsageLocation(userId: a, "IR") }
        #expect(error?.code == .prohibitedInUsageLocationViolation)
        #expect(error?.message == "Unable to update license for this user. One or more of the assigned service plans is not available in this user's country. Prohibited Service Plans: EXCHANGE_S_ENTERPRISE, OFFICESUBSCRIPTION, RMS_S_ENTERPRISE, SHAREPOINTWAC, SHAREPOINTENTERPRISE, MCOSTANDARD. Specific service plans can be disabled for a user by using the licenseoptions parameter.")
        #expect(t.user(id: a)?.usageLocation == "US")
        try t.setUsageLocation(userId: a, "DE")
    }

    @Test func clearingTheUsageLocationOfADirectlyLicensedUserFails() throws {
        let t = tenant(["EMS": 1])
        let a = try t.makeUser("a")
        try t.direct(a, "EMS")
        #expect(expectLicensingError { try t.setUsageLocation(userId: a, nil) }?.code == .usageLocationRequired)
    }

    // MARK: Membership (docs/licensing.md "Group assignment")

    @Test func membershipErrorsAreTyped() throws {
        let t = emptyTenant()
        let a = try t.makeUser("a")
        let g = try t.makeGroup("g", members: [a])
        #expect(expectLicensingError { try t.addMember(groupId: g, userId: a) }?.code == .memberAlreadyExists)
        try t.removeMember(groupId: g, userId: a)
        #expect(expectLicensingError { try t.removeMember(groupId: g, userId: a) }?.code == .memberNotFound)
        #expect(expectLicensingError { try t.addMember(groupId: UUID(), userId: a) }?.code == .groupNotFound)
        #expect(t.queuedGroups.isEmpty)   // an unlicensed group has nothing to process
    }

    // MARK: Processing timing (docs/licensing.md "Processing timing")

    @Test func immediateModeProcessesAfterEachStatement() throws {
        let t = tenant(["EMS": 1])
        let a = try t.makeUser("a")
        let g = try t.makeGroup("g", members: [a])
        try t.groupLicense(g, "EMS")
        #expect(t.group(id: g)?.processingState == .queuedForProcessing)
        t.processQueueIfImmediate()
        #expect(t.group(id: g)?.processingState == .processingComplete)
        #expect(t.isLicensed(userId: a))
    }

    @Test func deferredModeWaitsForAnExplicitWait() throws {
        let t = tenant(["EMS": 1]) { $0.processingMode = .deferred }
        let a = try t.makeUser("a")
        let g = try t.makeGroup("g", members: [a])
        try t.groupLicense(g, "EMS")
        t.processQueueIfImmediate()
        #expect(t.group(id: g)?.processingState == .queuedForProcessing)
        #expect(t.queuedGroups == [g] && !t.isLicensed(userId: a))
        t.processQueue()
        #expect(t.group(id: g)?.processingState == .processingComplete && t.isLicensed(userId: a))
    }

    @Test func deferredModeWithADelayProcessesDueWork() throws {
        let t = tenant(["EMS": 1]) { $0.processingMode = .deferred; $0.deferredProcessingDelay = 30 }
        let a = try t.makeUser("a")
        let g = try t.makeGroup("g", members: [a])
        try t.groupLicense(g, "EMS")
        t.clock = .fixed(fixedDate.addingTimeInterval(10))
        t.processQueueIfImmediate()
        #expect(!t.isLicensed(userId: a))
        t.clock = .fixed(fixedDate.addingTimeInterval(30))
        t.processQueueIfImmediate()
        #expect(t.isLicensed(userId: a) && t.queuedGroups.isEmpty)
    }

    // MARK: Exchange (docs/licensing.md "Exchange view")

    @Test func aMailboxAppearsWhenAnExchangePlanIsEnabled() throws {
        let t = tenant(["EMS": 1, "EXCHANGESTANDARD": 1])
        let a = try t.createUser(userPrincipalName: "ann@contoso.com", displayName: "Ann", usageLocation: "US").objectId
        try t.direct(a, "EMS")
        #expect(t.recipient(ofObject: a) == nil)
        try t.direct(a, "EXCHANGESTANDARD")
        let mailbox = try #require(t.recipient(ofObject: a))
        #expect(mailbox.recipientType == .userMailbox)
        #expect(mailbox.emailAddresses.map(\.description) == ["SMTP:ann@contoso.com", "smtp:ann@contoso.onmicrosoft.com"])
        #expect(t.user(proxyAddress: "SMTP:ANN@contoso.onmicrosoft.com")?.objectId == a)
    }

    @Test func aMailboxStaysWhenItsLicenseGoesAndNeedsReconciliation() throws {
        let t = tenant(["EXCHANGESTANDARD": 1])
        let a = try t.makeUser("a")
        try t.direct(a, "EXCHANGESTANDARD")
        #expect(!t.licenseReconciliationNeeded(userId: a))
        try t.assignLicenses(userId: a, remove: [.partNumber("EXCHANGESTANDARD")])
        #expect(t.recipient(ofObject: a)?.recipientType == .userMailbox)
        #expect(t.licenseReconciliationNeeded(userId: a))
    }

    @Test func aDirectAssignmentThatWouldDuplicateAProxyAddressFails() throws {
        let t = tenant(["EXCHANGESTANDARD": 1])
        try t.createMailContact(name: "Old Ann", externalEmailAddress: "ann@contoso.onmicrosoft.com")
        let a = try t.makeUser("ann")
        let error = expectLicensingError { try t.direct(a, "EXCHANGESTANDARD") }
        #expect(error?.code == .uniquenessViolation)
        #expect(error?.message == "The proxy address \"SMTP:ann@contoso.onmicrosoft.com\" is already being used by the proxy addresses or LegacyExchangeDN of \"Old Ann\". Please choose another proxy address.")
    }

    @Test func proxyAddressesAreUniqueAcrossRecipients() throws {
        let t = emptyTenant()
        let one = try t.createMailContact(name: "One", externalEmailAddress: "one@fabrikam.com")
        let two = try t.createMailContact(name: "Two", externalEmailAddress: "two@fabrikam.com")
        #expect(expectLicensingError {
            try t.createMailContact(name: "Again", externalEmailAddress: "ONE@fabrikam.com")
        }?.code == .uniquenessViolation)
        #expect(expectLicensingError {
            try t.setEmailAddresses(recipientId: two.id, ["SMTP:two@fabrikam.com", "smtp:one@fabrikam.com"])
        }?.code == .uniquenessViolation)
        try t.setEmailAddresses(recipientId: one.id, ["uno@fabrikam.com", "smtp:one-old@fabrikam.com"])
        #expect(t.recipient(id: one.id)?.emailAddresses.map(\.description) == ["SMTP:uno@fabrikam.com", "smtp:one-old@fabrikam.com"])
        try t.setEmailAddresses(recipientId: two.id, ["SMTP:two@fabrikam.com", "smtp:one@fabrikam.com"])
        #expect(t.recipient(proxyAddress: "one@fabrikam.com")?.id == two.id)
        #expect(t.indexesAreConsistent())
    }

    @Test func fixingADuplicateAddressAndReprocessingLicensesTheUser() throws {
        let t = tenant(["ENTERPRISEPACK": 1])
        let old = try t.createMailContact(name: "Old", externalEmailAddress: "a@contoso.onmicrosoft.com")
        let a = try t.makeUser("a")
        let g = try t.makeGroup("g", members: [a])
        try t.groupLicense(g, "ENTERPRISEPACK")
        t.processQueue()
        try t.setEmailAddresses(recipientId: old.id, ["a-old@contoso.onmicrosoft.com"])
        _ = try t.reprocessUser(userId: a)
        #expect(t.isLicensed(userId: a) && t.recipient(ofObject: a)?.recipientTypeDetails == .userMailbox)
    }

    @Test func recipientsAreFoundByIdentity() throws {
        let t = emptyTenant()
        let c = try t.createMailContact(name: "Old Jo", externalEmailAddress: "jo@fabrikam.com")
        #expect(t.recipients(matchingIdentity: "old jo").map(\.id) == [c.id])
        #expect(t.recipients(matchingIdentity: "OldJo").map(\.id) == [c.id])
        #expect(t.recipients(matchingIdentity: "jo@fabrikam.com").map(\.id) == [c.id])
        #expect(t.recipients(matchingIdentity: c.id.uuidString).map(\.id) == [c.id])
        #expect(expectLicensingError { try t.removeMailContact(id: UUID()) }?.code == .recipientNotFound)
    }

    @Test func mailEnabledGroupsHaveARecipient() throws {
        let t = emptyTenant()
        let g = try t.createGroup(displayName: "Sales", mailEnabled: true, mailNickname: "sales").objectId
        #expect(t.recipient(ofObject: g)?.recipientType == .mailUniversalSecurityGroup)
        #expect(t.recipient(ofObject: g)?.primarySmtpAddress == "sales@contoso.onmicrosoft.com")
    }

    // MARK: Settings (docs/licensing.md "Tenant settings")

    @Test func exchangePlan1AndPlan2ConflictOnlyWhenTheSettingSaysSo() throws {
        let t = tenant(["EXCHANGESTANDARD": 1, "EXCHANGEENTERPRISE": 1]) { $0.exchangePlansConflict = false }
        let a = try t.makeUser("a")
        try t.direct(a, "EXCHANGESTANDARD", "EXCHANGEENTERPRISE")
        let b = tenant(["EXCHANGESTANDARD": 1, "EXCHANGEENTERPRISE": 1])
        let u = try b.makeUser("a")
        #expect(expectLicensingError { try b.direct(u, "EXCHANGESTANDARD", "EXCHANGEENTERPRISE") }?.code == .mutuallyExclusiveViolation)
    }

    @Test func theTenantCountryIsATwoLetterCode() throws {
        let t = emptyTenant()
        try t.setCountryLetterCode("fr")
        #expect(t.settings.countryLetterCode == "FR")
        #expect(expectLicensingError { try t.setCountryLetterCode("") }?.code == .invalidValue)
        #expect(expectLicensingError { try t.setCountryLetterCode("USA") }?.code == .invalidValue)
    }

    // MARK: Lab surface (docs/licensing.md "The lab surface")

    @Test func productsListTheirPlansAsProvisioned() throws {
        let t = tenant(["EMS": 1])
        #expect(t.servicePlans(ofSku: t.sku("EMS")).map(\.plan.name).first == "AAD_PREMIUM")
        #expect(t.servicePlans(ofSku: t.sku("EMS")).allSatisfy { $0.provisioningStatus == .success })
        #expect(t.servicePlans(ofSku: t.sku("ENTERPRISEPACK")).isEmpty)
    }

    @Test func buyingUnitsAddsToAnExistingProduct() throws {
        let t = emptyTenant()
        try t.addSubscription(skuPartNumber: "enterprisepack", units: 2)
        let sku = try t.addSubscription(skuPartNumber: "ENTERPRISEPACK", units: 3)
        #expect(t.subscribedSkus.count == 1 && sku.enabledUnits == 5 && sku.subscriptionIds.count == 2)
        #expect(expectLicensingError { try t.addSubscription(skuPartNumber: "NOT_A_PRODUCT", units: 1) }?.code == .productNotFound)
        #expect(expectLicensingError { try t.addSubscription(skuPartNumber: "EMS", units: -1) }?.code == .invalidValue)
    }

    /// Units are an Int32 wherever the services report them: a purchase that would pass
    /// 2,147,483,647 is refused and changes nothing.
    @Test func unitsNeverPassTheInt32Range() throws {
        let t = emptyTenant()
        try t.addSubscription(skuPartNumber: "EMS", units: Int(Int32.max) - 1)
        #expect(expectLicensingError { try t.addSubscription(skuPartNumber: "EMS", units: 2) }?.code == .invalidValue)
        #expect(expectLicensingError { try t.addSubscription(skuPartNumber: "ENTERPRISEPACK", units: Int(Int32.max) + 1) }?.code == .invalidValue)
        #expect(t.subscribedSku(partNumber: "EMS")?.enabledUnits == Int(Int32.max) - 1 && t.subscribedSku(partNumber: "EMS")?.subscriptionIds.count == 1)
        #expect(try t.addSubscription(skuPartNumber: "EMS", units: 1).enabledUnits == Int(Int32.max))
    }

    @Test func theEmptyTenantHasTheDemosNameAndCountryOnly() {
        let t = emptyTenant()
        #expect(t.name == "contoso" && t.settings.countryLetterCode == "US" && t.initialDomain == "contoso.onmicrosoft.com")
        #expect(t.subscribedSkus.isEmpty && t.users.isEmpty && t.groups.isEmpty && t.recipients.isEmpty)
    }

    // MARK: Storage

    @Test func aSnapshotRoundTripsThroughJSONAndRebuildsTheIndexes() throws {
        let t = DemoTenant.make(clock: .fixed(fixedDate))
        try t.groupLicense(DemoTenant.Groups.allStaff, "EMS")   // leave something queued
        let data = try JSONEncoder().encode(t.snapshot())
        let copy = Tenant(snapshot: try JSONDecoder().decode(TenantSnapshot.self, from: data), clock: .fixed(fixedDate))
        #expect(copy.snapshot() == t.snapshot())
        #expect(copy.indexesAreConsistent())
        #expect(copy.consumed("ENTERPRISEPACK") == t.consumed("ENTERPRISEPACK"))
        #expect(copy.processQueue() == t.processQueue())
        #expect(copy.snapshot() == t.snapshot())
    }
}
