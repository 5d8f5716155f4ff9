import Foundation
import Testing
@testable import Licensing

/// docs/licensing.md "Direct assignment": direct assignment is synchronous, atomic and validated in
/// a fixed order.
@Suite struct DirectAssignmentRuleTests {
    @Test func unknownUserIsNotFound() {
        let t = tenant(["ENTERPRISEPACK": 1])
        let missing = UUID()
        let error = expectLicensingError { try t.direct(missing, "ENTERPRISEPACK") }
        #expect(error?.code == .userNotFound)
        #expect(error?.targetObjectId == missing)
    }

    @Test func productTheTenantDoesNotOwnIsAnInvalidLicense() throws {
        let t = tenant(["ENTERPRISEPACK": 1])
        let u = try t.makeUser("a")
        for reference in [SkuReference.accountSkuId("contoso:EMS"), .accountSkuId("fabrikam:ENTERPRISEPACK"),
                          .skuId(UUID()), .partNumber("NOPE")] {
            let error = expectLicensingError { try t.assignLicenses(userId: u, add: [LicenseRequest(reference)]) }
            #expect(error?.code == .invalidLicense)
            #expect(error?.message == "Unable to assign this license because it is invalid. Use the Get-MsolAccountSku cmdlet to retrieve a list of valid licenses.")
        }
    }

    @Test func accountSkuIdsAreCaseInsensitive() throws {
        let t = tenant(["ENTERPRISEPACK": 1])
        let u = try t.makeUser("a")
        try t.assignLicenses(userId: u, add: [LicenseRequest(.accountSkuId("Contoso:enterprisepack"))])
        #expect(t.accountSkuIds(u) == ["contoso:ENTERPRISEPACK"])
    }

    @Test func addingAProductAlreadyHeldDirectlyIsAnInvalidLicense() throws {
        let t = tenant(["ENTERPRISEPACK": 5])
        let u = try t.makeUser("a")
        try t.direct(u, "ENTERPRISEPACK")
        #expect(expectLicensingError { try t.direct(u, "ENTERPRISEPACK") }?.code == .invalidLicense)
        #expect(expectLicensingError {
            try t.assignLicenses(userId: u, add: [LicenseRequest(.partNumber("ENTERPRISEPACK"))])
        }?.code == .invalidLicense)
    }

    @Test func removingAProductNotHeldDirectlyIsAnInvalidLicense() throws {
        let t = tenant(["ENTERPRISEPACK": 5, "EMS": 5])
        let u = try t.makeUser("a")
        let g = try t.makeGroup("g", members: [u])
        try t.groupLicense(g, "EMS")
        t.processQueue()
        for part in ["ENTERPRISEPACK", "EMS"] {
            let error = expectLicensingError { try t.assignLicenses(userId: u, remove: [.partNumber(part)]) }
            #expect(error?.code == .invalidLicense)
        }
    }

    @Test func usageLocationIsRequired() throws {
        let t = tenant(["ENTERPRISEPACK": 5])
        let u = try t.makeUser("a", nil)
        let error = expectLicensingError { try t.direct(u, "ENTERPRISEPACK") }
        #expect(error?.code == .usageLocationRequired)
        #expect(error?.message == "You must provide a required property: Parameter name: UsageLocation")
    }

    @Test func prohibitedInUsageLocationViolation() throws {
        let t = tenant(["EMS": 5])
        let u = try t.makeUser("a", "SY")
        let error = expectLicensingError { try t.direct(u, "EMS") }
        #expect(error?.code == .prohibitedInUsageLocationViolation)
        #expect(error?.message == "Unable to update license for this user. One or more of the assigned service plans is not available in this user's country. Prohibited Service Plans: AAD_PREMIUM, RMS_S_PREMIUM, ADALLOM_S_DISCOVERY, EXCHANGE_S_FOUNDATION, RMS_S_ENTERPRISE, MFA_PREMIUM, INTUNE_A. Specific service plans can be disabled for a user by using the licenseoptions parameter.")
    }

    @Test func mutuallyExclusiveViolationNamesTheConflictingPlans() throws {
        let t = tenant(["STANDARDPACK": 5, "EXCHANGEENTERPRISE": 5])
        let u = try t.makeUser("a")
        try t.direct(u, "STANDARDPACK")
        let error = expectLicensingError { try t.direct(u, "EXCHANGEENTERPRISE") }
        #expect(error?.code == .mutuallyExclusiveViolation)
        #expect(error?.message == "Unable to update license for this user. The set of licenses includes two or more service plans which cannot be assigned at the same time. Conflicting Service Plans: EXCHANGE_S_STANDARD, EXCHANGE_S_ENTERPRISE.")
    }

    @Test func e1AndE3ConflictOnExchangeAndSharePoint() throws {
        let t = tenant(["STANDARDPACK": 5, "ENTERPRISEPACK": 5])
        let u = try t.makeUser("a")
        try t.direct(u, "STANDARDPACK")
        let error = expectLicensingError { try t.direct(u, "ENTERPRISEPACK") }
        #expect(error?.servicePlans == ["EXCHANGE_S_STANDARD", "EXCHANGE_S_ENTERPRISE", "SHAREPOINTENTERPRISE", "SHAREPOINTSTANDARD"])
    }

    @Test func theSamePlanFromTwoProductsIsNoConflict() throws {
        let t = tenant(["ENTERPRISEPACK": 5, "EMS": 5])
        let u = try t.makeUser("a")
        try t.direct(u, "ENTERPRISEPACK", "EMS")   // both contain RMS_S_ENTERPRISE
        #expect(t.licenses(ofUser: u).count == 2)
    }

    @Test func dependencyViolationForAnAddOnWithoutItsPrerequisite() throws {
        let t = tenant(["WORKPLACE_ANALYTICS": 5])
        let u = try t.makeUser("a")
        let error = expectLicensingError { try t.direct(u, "WORKPLACE_ANALYTICS") }
        #expect(error?.code == .dependencyViolation)
        #expect(error?.servicePlans == ["WORKPLACE_ANALYTICS", "EXCHANGE_S_ENTERPRISE"])
    }

    @Test func dependencyViolationForARemovalThatTakesAPrerequisiteAway() throws {
        let t = tenant(["STANDARDPACK": 5, "MCOMEETADV": 5])
        let u = try t.makeUser("a")
        try t.direct(u, "STANDARDPACK", "MCOMEETADV")
        let error = expectLicensingError { try t.assignLicenses(userId: u, remove: [.partNumber("STANDARDPACK")]) }
        #expect(error?.code == .dependencyViolation)
        #expect(error?.message == "License operation failed. Make sure that the user has necessary services before adding or removing a dependent service. The service Microsoft 365 Audio Conferencing requires Skype for Business Online (Plan 2) to be enabled as well.")
        let disable = expectLicensingError {
            try t.assignLicenses(userId: u, update: [LicenseRequest(.partNumber("STANDARDPACK"), disabledPlans: [.name("MCOSTANDARD")])])
        }
        #expect(disable?.code == .dependencyViolation)
    }

    @Test func countViolationWhenNoSeatIsFree() throws {
        let t = tenant(["EMS": 1])
        let a = try t.makeUser("a"), b = try t.makeUser("b")
        try t.direct(a, "EMS")
        let error = expectLicensingError { try t.direct(b, "EMS") }
        #expect(error?.code == .countViolation)
        #expect(error?.message == "Unable to assign this license because the number of allowed licenses have been assigned.")
        #expect(error?.skuIds == [t.sku("EMS")])
    }

    @Test func warningSuspendedAndLockedOutUnitsAreNotAssignable() throws {
        let t = tenant(["EMS": 0])
        let slot = try #require(t.subscribedSkus.firstIndex { $0.skuPartNumber == "EMS" })
        t.subscribedSkus[slot].warningUnits = 2
        t.subscribedSkus[slot].suspendedUnits = 2
        t.subscribedSkus[slot].lockedOutUnits = 2
        let u = try t.makeUser("a")
        #expect(expectLicensingError { try t.direct(u, "EMS") }?.code == .countViolation)
    }

    @Test func usageLocationIsCheckedBeforeTheBusinessRules() throws {
        // No seat, no usage location, an add-on without prerequisite: the usage location is reported.
        let t = tenant(["WORKPLACE_ANALYTICS": 0])
        let u = try t.makeUser("a", nil)
        #expect(expectLicensingError { try t.direct(u, "WORKPLACE_ANALYTICS") }?.code == .usageLocationRequired)
    }

    @Test func checksRunInTheDocumentedOrder() throws {
        let t = tenant(["STANDARDPACK": 5, "ENTERPRISEPACK": 0, "WORKPLACE_ANALYTICS": 0])
        let u = try t.makeUser("a")
        try t.direct(u, "STANDARDPACK")
        // Conflict (E1 vs E3) and no seat: MutuallyExclusiveViolation (4) before CountViolation (6).
        #expect(expectLicensingError { try t.direct(u, "ENTERPRISEPACK") }?.code == .mutuallyExclusiveViolation)
        // Invalid license (1) before everything else.
        #expect(expectLicensingError { try t.direct(u, "ENTERPRISEPACK", "EMS") }?.code == .invalidLicense)
        // Dependency (5) before count (6): WPA has no seat and E1 has Exchange Plan 1, so WPA is satisfied;
        // disable it in the same call and the dependency is reported.
        try t.assignLicenses(userId: u, update: [LicenseRequest(.partNumber("STANDARDPACK"),
                                                                disabledPlans: [.name("EXCHANGE_S_STANDARD")])])
        #expect(expectLicensingError { try t.direct(u, "WORKPLACE_ANALYTICS") }?.code == .dependencyViolation)
        try t.assignLicenses(userId: u, update: [LicenseRequest(.partNumber("STANDARDPACK"))])
        #expect(expectLicensingError { try t.direct(u, "WORKPLACE_ANALYTICS") }?.code == .countViolation)
        // Prohibited (3) before conflict (4).
        let v = try t.makeUser("v", "CU")
        #expect(expectLicensingError { try t.direct(v, "STANDARDPACK", "ENTERPRISEPACK") }?.code == .prohibitedInUsageLocationViolation)
    }

    @Test func aFailedCallChangesNothing() throws {
        let t = tenant(["EMS": 1, "ENTERPRISEPACK": 5])
        let a = try t.makeUser("a"), b = try t.makeUser("b")
        try t.direct(a, "EMS")
        let before = t.snapshot()
        // E3 would fit, EMS would not: the whole call fails.
        _ = expectLicensingError { try t.direct(b, "ENTERPRISEPACK", "EMS") }
        #expect(t.snapshot() == before)
        #expect(t.consumed("ENTERPRISEPACK") == 0)
    }

    @Test func addAndRemoveInOneCallAreOneChange() throws {
        // E1 → E3 in one call: separately they would conflict; together the result has no conflict.
        let t = tenant(["STANDARDPACK": 5, "ENTERPRISEPACK": 5])
        let u = try t.makeUser("a")
        try t.direct(u, "STANDARDPACK")
        try t.assignLicenses(userId: u, add: [LicenseRequest(.partNumber("ENTERPRISEPACK"))],
                             remove: [.partNumber("STANDARDPACK")])
        #expect(t.accountSkuIds(u) == ["contoso:ENTERPRISEPACK"])
        #expect(t.consumed("STANDARDPACK") == 0 && t.consumed("ENTERPRISEPACK") == 1)
    }

    @Test func licenseOptionsReplaceTheDirectAssignmentsDisabledPlans() throws {
        let t = tenant(["ENTERPRISEPACK": 5])
        let u = try t.makeUser("a")
        try t.assignLicenses(userId: u, add: [LicenseRequest(.partNumber("ENTERPRISEPACK"), disabledPlans: [.name("SWAY")])])
        try t.assignLicenses(userId: u, update: [LicenseRequest(.partNumber("ENTERPRISEPACK"), disabledPlans: [.name("sharepointwac")])])
        let license = try #require(t.licenses(ofUser: u).first)
        #expect(license.disabledPlans == [try #require(t.catalog.plan(named: "SHAREPOINTWAC")).id])
        #expect(license.servicePlans.first { $0.plan.name == "SWAY" }?.provisioningStatus == .success)
        #expect(license.servicePlans.first { $0.plan.name == "SHAREPOINTWAC" }?.provisioningStatus == .disabled)
    }

    @Test func aPlanOutsideTheProductIsAnInvalidLicense() throws {
        let t = tenant(["EMS": 5])
        let u = try t.makeUser("a")
        let error = expectLicensingError {
            try t.assignLicenses(userId: u, add: [LicenseRequest(.partNumber("EMS"), disabledPlans: [.name("SWAY")])])
        }
        #expect(error?.code == .invalidLicense)
    }

    @Test func editingALicenseHeldOnlyThroughAGroupIsRefused() throws {
        let t = tenant(["ENTERPRISEPACK": 5])
        let u = try t.makeUser("a")
        let g = try t.makeGroup("g", members: [u])
        try t.groupLicense(g, "ENTERPRISEPACK")
        t.processQueue()
        let error = expectLicensingError {
            try t.assignLicenses(userId: u, update: [LicenseRequest(.partNumber("ENTERPRISEPACK"), disabledPlans: [.name("SWAY")])])
        }
        #expect(error?.code == .groupInheritedLicense)
        #expect(error?.code.rawValue == "InvalidOperationOnGroupInheritedLicense")
        #expect(error?.message == "Unknown error occurred.")
    }

    @Test func aDirectCopyOfAnInheritedProductIsAllowedAndUsesNoExtraSeat() throws {
        let t = tenant(["ENTERPRISEPACK": 1])
        let u = try t.makeUser("a")
        let g = try t.makeGroup("g", members: [u])
        try t.groupLicense(g, "ENTERPRISEPACK")
        t.processQueue()
        try t.direct(u, "ENTERPRISEPACK")
        #expect(t.consumed("ENTERPRISEPACK") == 1)
        #expect(t.licenses(ofUser: u).first?.groupsAssigningLicense == [g, u])
    }

    @Test func graphAssignLicenseReplacesDisabledPlansOfAHeldProduct() throws {
        let t = tenant(["ENTERPRISEPACK": 5])
        let u = try t.makeUser("a")
        let sway = try #require(t.catalog.plan(named: "SWAY")).id
        try t.graphAssignLicense(userId: u, add: [LicenseRequest(.skuId(t.sku("ENTERPRISEPACK")))], remove: [])
        try t.graphAssignLicense(userId: u, add: [LicenseRequest(.skuId(t.sku("ENTERPRISEPACK")), disabledPlans: [.id(sway)])], remove: [])
        #expect(t.records(u).map(\.disabledPlans) == [[sway]])
    }

    @Test func theCallingCodeSeesTheFailureAtOnceAndNothingIsStored() throws {
        let t = tenant(["EMS": 0])
        let u = try t.makeUser("a")
        _ = expectLicensingError { try t.direct(u, "EMS") }
        #expect(t.records(u).isEmpty)
        #expect(t.groupsWithLicenseErrors().isEmpty)
    }
}
