import Foundation
import Licensing
import Testing
@testable import TenantStore

/// A fresh directory per test, removed when the value goes away.
final class TemporaryDirectory {
    let path: String

    init() {
        path = (NSTemporaryDirectory() as NSString).appendingPathComponent("licenselab-store-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

let fixedDate = Date(timeIntervalSince1970: 1_790_000_000)

func demo() -> Tenant { DemoTenant.make(clock: .fixed(fixedDate)) }

/// Opens a store on `path` whose tenant uses a fixed clock.
func openStore(_ path: String, initial: () -> Tenant = demo) throws -> TenantStore {
    let store = try TenantStore(path: path, initial: initial)
    store.tenant.clock = .fixed(fixedDate)
    store.onError = { e in Issue.record("store error: \(e)") }
    return store
}

/// What another process would read from the file now.
func reread(_ path: String) throws -> TenantSnapshot {
    let other = try TenantStore(path: path)
    return other.tenant.snapshot()
}

/// Random operations through the public API, numbered so a test can replay them.
struct RandomChanges {
    static let parts = ["STANDARDPACK", "ENTERPRISEPACK", "EMS", "POWER_BI_PRO", "EXCHANGESTANDARD", "MCOMEETADV"]

    static func apply(_ code: Int, to t: Tenant) {
        var n = code
        func pick<T>(_ items: [T]) -> T? {
            guard !items.isEmpty else { return nil }
            let item = items[n % items.count]
            n /= max(items.count, 1)
            return item
        }
        let op = n % 17
        n /= 17
        let liveUsers = t.users.filter { !$0.isDeleted }.map(\.objectId)
        guard let user = pick(liveUsers), let group = pick(t.groups.map(\.objectId)), let part = pick(parts) else { return }
        switch op {
        case 0: try? t.assignLicenses(userId: user, add: [LicenseRequest(.partNumber(part))])
        case 1: try? t.assignLicenses(userId: user, remove: [.partNumber(part)])
        case 2: try? t.addMember(groupId: group, userId: user)
        case 3: try? t.removeMember(groupId: group, userId: user)
        case 4: try? t.setGroupLicenses(groupId: group, add: [LicenseRequest(.partNumber(part))])
        case 5: try? t.setGroupLicenses(groupId: group, remove: [.partNumber(part)])
        case 6: t.processQueue()
        case 7: _ = try? t.createUser(userPrincipalName: "new\(code % 9973)@contoso.onmicrosoft.com", displayName: "New",
                                  usageLocation: "US")
        case 8: try? t.deleteUser(userId: user)
        case 9:
            if let deleted = pick(t.users.filter(\.isDeleted).map(\.objectId)) {
                if n % 2 == 0 { try? t.restoreUser(userId: deleted) } else { try? t.purgeUser(userId: deleted) }
            }
        case 10: try? t.setUsageLocation(userId: user, pick(["US", "FR", "IR", "DE"]))
        case 11: _ = try? t.addSubscription(skuPartNumber: part, units: 1)
        case 12: _ = try? t.createGroup(displayName: "G\(code % 97)", objectId: nil)
        case 13: try? t.deleteGroup(groupId: group)
        case 14: try? t.reprocessGroup(groupId: group)
        case 15: try? t.setAttributes(userId: user, [(pick(["Department", "title", "City"]) ?? "Department", pick(["Sales", "Ops", nil]) ?? nil)])
        default: t.settings.exchangePlansConflict.toggle()
        }
    }
}
