import Foundation
import Testing
@testable import Licensing

let fixedDate = Date(timeIntervalSince1970: 1_790_000_000)

/// `Reset-LabTenant -Empty` with a fixed clock.
func emptyTenant() -> Tenant { DemoTenant.makeEmpty(clock: .fixed(fixedDate)) }

/// An empty tenant that owns `units` of each product.
func tenant(_ units: [String: Int], settings: (inout TenantSettings) -> Void = { _ in }) -> Tenant {
    let t = emptyTenant()
    settings(&t.settings)
    for (part, n) in units.sorted(by: { $0.key < $1.key }) {
        _ = try? t.addSubscription(skuPartNumber: part, units: n)
    }
    return t
}

extension Tenant {
    /// `New-MsolUser -UserPrincipalName <alias>@contoso.onmicrosoft.com -UsageLocation ...`.
    @discardableResult
    func makeUser(_ alias: String, _ location: String? = "US") throws -> UUID {
        try createUser(userPrincipalName: "\(alias)@\(initialDomain)", displayName: alias, usageLocation: location)
            .objectId
    }

    func makeGroup(_ name: String, members: [UUID] = []) throws -> UUID {
        let id = try createGroup(displayName: name).objectId
        for m in members { try addMember(groupId: id, userId: m) }
        return id
    }

    func sku(_ part: String) -> UUID { catalog.product(partNumber: part)?.skuId ?? UUID() }

    func consumed(_ part: String) -> Int { consumedUnits(skuId: sku(part)) }

    func accountSkuIds(_ user: UUID) -> [String] { licenses(ofUser: user).map(\.accountSkuId) }

    func errors(_ user: UUID) -> [AssignmentError] { indirectLicenseErrors(ofUser: user).map(\.error) }

    func records(_ user: UUID, from group: UUID? = nil) -> [AssignmentRecord] {
        licenseAssignmentStates(ofUser: user).filter { group == nil || $0.assignedByGroup == group }
    }

    func direct(_ user: UUID, _ parts: String...) throws {
        try assignLicenses(userId: user, add: parts.map { LicenseRequest(.accountSkuId("\(name):\($0)")) })
    }

    func groupLicense(_ group: UUID, _ parts: String...) throws {
        try setGroupLicenses(groupId: group, add: parts.map { LicenseRequest(.accountSkuId("\(name):\($0)")) })
    }
}

/// Runs `body`, expecting a LicensingError, and returns it.
func expectLicensingError(_ body: () throws -> Void,
                          sourceLocation: SourceLocation = #_sourceLocation) -> LicensingError? {
    do {
        try body()
        Issue.record("expected a LicensingError", sourceLocation: sourceLocation)
        return nil
    } catch let error as LicensingError {
        return error
    } catch {
        Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        return nil
    }
}
