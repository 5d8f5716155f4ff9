import Foundation
import GRDB
import Licensing
import Testing
@testable import TenantStore

@Suite struct StoreTests {
    @Test func aNewFileStartsAsTheDemoTenantAndReopensUnchanged() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let store = try openStore(path)
        #expect(store.tenant.snapshot() == demo().snapshot())
        #expect(try reread(path) == demo().snapshot())
    }

    @Test func eachCallIsInTheFileAsSoonAsItReturns() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let store = try openStore(path)
        let t = store.tenant
        let umaw = DemoTenant.users[20].objectId
        try t.setUsageLocation(userId: umaw, "US")
        try t.assignLicenses(userId: umaw, add: [LicenseRequest(.partNumber("STANDARDPACK"))])
        let stored = try reread(path)
        #expect(stored == t.snapshot())
        #expect(Tenant(snapshot: stored).consumedUnits(skuId: t.subscribedSku(partNumber: "STANDARDPACK")!.skuId) == 3)
    }

    @Test func directoryAttributesAreStoredWithTheUser() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let store = try openStore(path)
        let umaw = DemoTenant.users[20].objectId
        try store.tenant.setAttributes(userId: umaw, [("Department", "Sales"), ("Title", "Buyer")])
        try store.tenant.setAttributes(userId: umaw, [("TITLE", nil), ("city", "Leeds")])
        let stored = try reread(path)
        #expect(stored == store.tenant.snapshot())
        #expect(stored.users.first { $0.objectId == umaw }?.attributes == ["Department": "Sales", "city": "Leeds"])
    }

    @Test func userRowsWrittenBeforeAttributesStillRead() throws {
        let u = demo().users[3]
        var bytes = RowCodec.encode(u)
        #expect(bytes.first == RowCodec.version)
        // a layout-1 row is the same bytes without the trailing attribute count, and a 1 in front
        bytes[0] = RowCodec.versionWithoutAttributes
        bytes.removeLast()
        #expect(try RowCodec.decodeUser(bytes) == u)
        bytes[0] = 9
        #expect(throws: RowCodec.Malformed.self) { try RowCodec.decodeUser(bytes) }
    }

    @Test func aFailedCallLeavesTheFileAsItWas() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let store = try openStore(path)
        let before = try reread(path)
        #expect(throws: LicensingError.self) {
            try store.tenant.assignLicenses(userId: DemoTenant.users[20].objectId, add: [LicenseRequest(.partNumber("ENTERPRISEPACK"))])
        }
        #expect(try reread(path) == before)
    }

    @Test func groupProcessingIsStoredWithItsResults() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let store = try openStore(path)
        let t = store.tenant
        let group = try t.createGroup(displayName: "Late joiners")
        for u in DemoTenant.users.prefix(6) { try t.addMember(groupId: group.objectId, userId: u.objectId) }
        try t.setGroupLicenses(groupId: group.objectId, add: [LicenseRequest(.partNumber("POWER_BI_PRO"))])
        #expect(try reread(path).queue.count == 1)
        t.processQueue()
        let stored = try reread(path)
        #expect(stored == t.snapshot())
        #expect(stored.queue.isEmpty)
    }

    @Test func randomChangesReadBackExactly() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let store = try openStore(path)
        var rng = SystemRandomNumberGenerator()
        for step in 0..<300 {
            RandomChanges.apply(Int.random(in: 0...1_000_000_000, using: &rng), to: store.tenant)
            if step % 25 == 0 { #expect(try reread(path) == store.tenant.snapshot()) }
        }
        #expect(try reread(path) == store.tenant.snapshot())
        #expect(store.tenant.indexesAreConsistent())
    }

    @Test func anotherConnectionSeesCommittedChangesAtItsNextRefresh() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let a = try openStore(path), b = try openStore(path)
        let umaw = DemoTenant.users[20].objectId
        try a.tenant.setUsageLocation(userId: umaw, "FR")
        #expect(b.tenant.user(id: umaw)?.usageLocation == nil)
        b.refresh()
        #expect(b.tenant.user(id: umaw)?.usageLocation == "FR")
        #expect(b.tenant.snapshot() == a.tenant.snapshot())
        #expect(b.tenant.indexesAreConsistent())
    }

    @Test func twoWritersNeverLoseAnUpdate() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let a = try openStore(path), b = try openStore(path)
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            // No refresh between the writers: each call catches up inside its own transaction.
            RandomChanges.apply(Int.random(in: 0...1_000_000_000, using: &rng), to: a.tenant)
            RandomChanges.apply(Int.random(in: 0...1_000_000_000, using: &rng), to: b.tenant)
        }
        a.refresh()
        b.refresh()
        let stored = try reread(path)
        #expect(a.tenant.snapshot() == stored)
        #expect(b.tenant.snapshot() == stored)
        #expect(a.tenant.indexesAreConsistent() && b.tenant.indexesAreConsistent())
    }

    @Test func seatsAreNeverOversoldByTwoWriters() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let a = try openStore(path), b = try openStore(path)
        // E1 has 5 units, 2 used: both connections try to give it to every user without a location problem.
        let candidates = a.tenant.users.filter { $0.usageLocation == "US" }.map(\.objectId)
        for (i, u) in candidates.enumerated() {
            let t = i % 2 == 0 ? a.tenant : b.tenant
            try? t.assignLicenses(userId: u, add: [LicenseRequest(.partNumber("STANDARDPACK"))])
        }
        let stored = Tenant(snapshot: try reread(path))
        let e1 = stored.subscribedSku(partNumber: "STANDARDPACK")!
        #expect(stored.consumedUnits(skuId: e1.skuId) == e1.enabledUnits)
    }

    @Test func resetWritesTheNewTenantWhole() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let store = try openStore(path)
        let empty = DemoTenant.makeEmpty(clock: .fixed(fixedDate))
        store.adopt(empty)
        #expect(try reread(path) == empty.snapshot())
        try empty.addSubscription(skuPartNumber: "EMS", units: 4)
        #expect(try reread(path) == empty.snapshot())
    }

    @Test func replacingEverythingReachesOtherConnections() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let a = try openStore(path), b = try openStore(path)
        let empty = DemoTenant.makeEmpty(clock: .fixed(fixedDate)).snapshot()
        a.tenant.replaceAll(with: empty)
        b.refresh()
        #expect(b.tenant.snapshot() == empty)
    }

    @Test func theFileIsInWALModeAndIntact() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let store = try openStore(path)
        try store.tenant.setDisplayName(userId: DemoTenant.users[0].objectId, "Avery B.")
        let q = try DatabaseQueue(path: path)
        let (mode, check) = try q.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try String.fetchOne(db, sql: "PRAGMA integrity_check"))
        }
        #expect(mode == "wal")
        #expect(check == "ok")
    }

    @Test func aFileFromANewerLicenseLabIsRefused() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        _ = try openStore(path)
        let q = try DatabaseQueue(path: path)
        try q.write { db in try db.execute(sql: "UPDATE meta SET value = 99 WHERE key = 'format'") }
        #expect(throws: TenantStoreError.self) { _ = try TenantStore(path: path) }
    }

    @Test func theDefaultPathFollowsXDG() {
        #expect(TenantStore.defaultPath(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/a"]) == "/x/data/licenselab/tenant.sqlite")
        #expect(TenantStore.defaultPath(environment: ["HOME": "/home/a"]) == "/home/a/.local/share/licenselab/tenant.sqlite")
    }
}
