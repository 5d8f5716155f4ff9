import Foundation
import GRDB
import Licensing
import Testing
@testable import TenantStore

/// The call log beside the tenant file (`-calls`): one checksummed record per call, folded into
/// the database in batches; a record cut short by a kill is dropped; a commit through the database
/// that a kill interrupted is settled by the database's generation.
@Suite struct CallLogTests {
    private let umaw = DemoTenant.users[20].objectId

    private func bytes(_ path: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: path) ?? Data()) }

    /// The display name of Uma as the database alone holds it (the call log not read).
    private func nameInDatabase(_ path: String) throws -> String? {
        let q = try DatabaseQueue(path: path)
        defer { try? q.close() }
        return try q.read { db in
            try TenantStore.readSnapshot(db).users.first { $0.objectId == umaw }?.displayName
        }
    }

    private func generation(_ path: String) throws -> Int64? {
        let q = try DatabaseQueue(path: path)
        defer { try? q.close() }
        return try q.read { db in try Int64.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'calls_gen'") }
    }

    @Test func aCallIsOneRecordInTheLogAndReachesTheDatabaseWhenTheSessionEnds() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite"), log = path + "-calls"
        let store = try openStore(path)
        #expect(bytes(log).count == CallLog.headerSize)
        try store.tenant.setDisplayName(userId: umaw, "Uma W.")
        #expect(bytes(log).count > CallLog.headerSize)
        #expect(try nameInDatabase(path) == "Uma Weiss")
        #expect(try reread(path).users.first { $0.objectId == umaw }?.displayName == "Uma W.")
        store.finish()
        #expect(bytes(log).count == CallLog.headerSize)
        #expect(try nameInDatabase(path) == "Uma W.")
        // the database alone now holds the tenant: without the log it reads the same
        try FileManager.default.removeItem(atPath: log)
        #expect(try reread(path).users.first { $0.objectId == umaw }?.displayName == "Uma W.")
    }

    @Test func aRecordCutShortByAKillIsDroppedAndTheNextCallStartsWhereTheValidOnesEnd() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite"), log = path + "-calls"
        let store = try openStore(path)
        try store.tenant.setDisplayName(userId: umaw, "first")
        let valid = bytes(log)
        try store.tenant.setDisplayName(userId: umaw, "second")
        let full = bytes(log)
        // the second record as a killed process leaves it: its first bytes only
        for cut in [valid.count + 3, valid.count + 8, full.count - 1] {
            try Data(full[0..<cut]).write(to: URL(fileURLWithPath: log))
            let other = try openStore(path)
            #expect(other.tenant.user(id: umaw)?.displayName == "first")
            #expect(bytes(log) == valid, "a cut at \(cut) is dropped when the lock is next taken")
            try other.tenant.setUsageLocation(userId: umaw, "FR")
            let stored = try reread(path).users.first { $0.objectId == umaw }
            #expect(stored?.displayName == "first" && stored?.usageLocation == "FR")
            try Data(valid).write(to: URL(fileURLWithPath: log))
        }
        // a damaged byte in the middle of a record: that record and everything after it are dropped
        var damaged = full
        damaged[valid.count + 12] ^= 0xFF
        try Data(damaged).write(to: URL(fileURLWithPath: log))
        #expect(try reread(path).users.first { $0.objectId == umaw }?.displayName == "first")
    }

    @Test func aCommitKilledAfterTheDatabaseCommittedLeavesItsRecordsFolded() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite"), log = path + "-calls"
        let store = try openStore(path)
        try store.tenant.setDisplayName(userId: umaw, "one")
        let records = Array(bytes(log)[CallLog.headerSize...])
        let before = try #require(try generation(path))
        store.fold()
        try store.tenant.setDisplayName(userId: umaw, "two")
        store.fold()
        #expect(try generation(path) == before + 2)
        #expect(try nameInDatabase(path) == "two")
        // the log as a process killed just after committing the second fold would leave it: the
        // header still says "committing" the generation before, with that generation's record
        // ("one", long folded and overwritten) still in it
        let file = try CallLog(tenantPath: path)
        let id = try #require(file.header()).fileId
        try file.writeHeader(.init(generation: UInt64(before + 1), committing: true, fileId: id))
        _ = try file.append(records.dropFirst(8).map { $0 }, at: CallLog.headerSize)
        #expect(bytes(log).count > CallLog.headerSize)
        let other = try openStore(path)
        #expect(other.tenant.user(id: umaw)?.displayName == "two")
        #expect(file.header() == .init(generation: UInt64(before + 2), committing: false, fileId: id))
        #expect(bytes(log).count == CallLog.headerSize)
    }

    @Test func aCommitKilledBeforeTheDatabaseCommittedKeepsItsRecords() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let store = try openStore(path)
        try store.tenant.setDisplayName(userId: umaw, "three")
        let generation = try #require(try generation(path))
        // killed after marking the header, before the database's commit
        let file = try CallLog(tenantPath: path)
        let id = try #require(file.header()).fileId
        try file.writeHeader(.init(generation: UInt64(generation), committing: true, fileId: id))
        #expect(try TenantStore.readTenant(path: path).user(id: umaw)?.displayName == "three")
        let other = try openStore(path)
        #expect(other.tenant.user(id: umaw)?.displayName == "three")
        #expect(file.header() == .init(generation: UInt64(generation), committing: false, fileId: id))
        #expect(try nameInDatabase(path) == "Uma Weiss")
    }

    @Test func aMemberRemovedAndAddedAgainIsLastInAShellThatCaughtUpAfterTheFold() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let a = try openStore(path), behind = try openStore(path)
        // the demo's "All Staff" group: two of its members leave and come back, the second first
        let allStaff = try #require(a.tenant.groups.first { $0.displayName == "All Staff" })
        let first = allStaff.members.elements[1], second = allStaff.members.elements[3]
        try a.tenant.removeMember(groupId: allStaff.objectId, userId: first)
        try a.tenant.removeMember(groupId: allStaff.objectId, userId: second)
        try a.tenant.addMember(groupId: allStaff.objectId, userId: second)
        try a.tenant.addMember(groupId: allStaff.objectId, userId: first)
        a.fold()
        behind.refresh()
        let expected = try #require(a.tenant.group(id: allStaff.objectId)).members.elements
        #expect(Array(expected.suffix(2)) == [second, first])
        #expect(behind.tenant.group(id: allStaff.objectId)?.members.elements == expected)
        #expect(try reread(path).groups.first { $0.objectId == allStaff.objectId }?.members.elements == expected)
    }

    @Test func aShellThatMissedRecordsBeforeAFoldCatchesUpAndOneThatSawThemStaysRight() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let a = try openStore(path), behind = try openStore(path), current = try openStore(path)
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<60 { RandomChanges.apply(Int.random(in: 0...1_000_000_000, using: &rng), to: a.tenant) }
        current.refresh()
        a.fold()
        for _ in 0..<10 { RandomChanges.apply(Int.random(in: 0...1_000_000_000, using: &rng), to: a.tenant) }
        behind.refresh()
        current.refresh()
        #expect(behind.tenant.snapshot() == a.tenant.snapshot())
        #expect(current.tenant.snapshot() == a.tenant.snapshot())
        #expect(behind.tenant.indexesAreConsistent() && current.tenant.indexesAreConsistent())
    }

    @Test func randomChangesReadBackExactlyWithFrequentFoldsAndLargeCommits() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let a = try openStore(path), b = try openStore(path)
        // a small log and small records: folds and commits through the database happen all the time
        a.foldSize = 2048
        b.foldSize = 4096
        a.recordLimit = 3
        var rng = SystemRandomNumberGenerator()
        for step in 0..<300 {
            RandomChanges.apply(Int.random(in: 0...1_000_000_000, using: &rng), to: step % 3 == 0 ? b.tenant : a.tenant)
            if step % 7 == 0 { b.refresh() }
            if step % 50 == 0 {
                a.refresh()
                #expect(try reread(path) == a.tenant.snapshot())
            }
        }
        a.refresh()
        b.refresh()
        let stored = try reread(path)
        #expect(a.tenant.snapshot() == stored && b.tenant.snapshot() == stored)
        a.finish()
        #expect(try reread(path) == stored)
        #expect(a.tenant.indexesAreConsistent() && b.tenant.indexesAreConsistent())
    }

    @Test func aLogLeftBesideADeletedFileDoesNotApplyToTheNewOne() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite"), log = path + "-calls"
        let old = try openStore(path)
        try old.tenant.setDisplayName(userId: umaw, "from the old file")
        let leftOver = bytes(log)
        try? old.close()
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        try Data(leftOver).write(to: URL(fileURLWithPath: log))
        let fresh = try openStore(path)
        #expect(fresh.tenant.user(id: umaw)?.displayName == "Uma Weiss")
        #expect(bytes(log).count == CallLog.headerSize)
        // read without writing (--what-if), the old log is not applied either
        try Data(leftOver).write(to: URL(fileURLWithPath: log))
        #expect(try TenantStore.readTenant(path: path).user(id: umaw)?.displayName == "Uma Weiss")
    }

    @Test func replacingTheTenantAfterAnotherShellFoldedReachesEveryShell() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let a = try openStore(path), b = try openStore(path), c = try openStore(path)
        try c.tenant.setDisplayName(userId: umaw, "by C")
        c.finish()   // C's session ends: its call is folded, the file's generation moves on
        b.refresh()
        #expect(b.tenant.user(id: umaw)?.displayName == "by C")
        // A has not looked since; it replaces the tenant (Reset-LabTenant)
        let empty = DemoTenant.makeEmpty(clock: .fixed(fixedDate))
        a.adopt(empty)
        b.refresh()
        #expect(b.tenant.snapshot() == empty.snapshot())
        // B's next call lands in the log where everyone can read it, and B's end folds nothing stale
        _ = try b.tenant.createUser(userPrincipalName: "new@contoso.onmicrosoft.com", displayName: "New", usageLocation: "FR")
        let afterCall = try reread(path)
        #expect(afterCall == b.tenant.snapshot())
        #expect(afterCall.users.map(\.userPrincipalName) == ["new@contoso.onmicrosoft.com"])
        b.finish()
        #expect(try reread(path) == afterCall)
    }

    @Test func aFoldThatFailsLosesNothingAndTheShellStillSeesLaterCommits() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let a = try openStore(path), b = try openStore(path)
        var warnings: [String] = []
        a.onWarning = { warnings.append($0.message) }
        try a.tenant.setDisplayName(userId: umaw, "kept in the log")
        // the database refuses the fold's transaction (as a full disk or an I/O error would)
        let q = try DatabaseQueue(path: path)
        try q.write { db in
            try db.execute(sql: "CREATE TRIGGER refuse BEFORE INSERT ON meta WHEN NEW.key = 'calls_gen' BEGIN SELECT RAISE(ABORT, 'refused'); END")
        }
        a.fold()
        #expect(warnings.count == 1 && warnings.first?.contains("refused") == true)
        try q.write { db in try db.execute(sql: "DROP TRIGGER refuse") }
        try q.close()
        #expect(try reread(path).users.first { $0.objectId == umaw }?.displayName == "kept in the log")
        // another shell commits through the database; the shell whose fold failed sees it
        b.refresh()
        let empty = DemoTenant.makeEmpty(clock: .fixed(fixedDate))
        b.adopt(empty)
        a.refresh()
        #expect(a.tenant.snapshot() == empty.snapshot())
        a.fold()
        #expect(warnings.count == 1)
        #expect(try reread(path) == empty.snapshot())
    }

    @Test func aRecordWhoseRowNamesAnotherObjectIsRefusedNotApplied() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let store = try openStore(path)
        var changes = TenantChanges()
        changes.users = [umaw]
        var body = try CallRecord.encode(changes, store.tenant)
        // the entry's id (after the tag byte) says another user than the row it carries
        body[1] ^= 0x01
        let file = try CallLog(tenantPath: path)
        _ = try file.append(body, at: file.size())
        #expect(throws: TenantStoreError.self) { _ = try TenantStore(path: path) }
    }

    @Test func aFormat2FileIsUpgradedAndItsTenantKept() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let store = try openStore(path)
        try store.tenant.setDisplayName(userId: umaw, "kept")
        store.finish()
        let before = try reread(path)
        let q = try DatabaseQueue(path: path)
        try q.write { db in
            try db.execute(sql: "DELETE FROM meta WHERE key LIKE 'calls_%'")
            try db.execute(sql: "UPDATE meta SET value = 2 WHERE key = 'format'")
        }
        try q.close()
        try FileManager.default.removeItem(atPath: path + "-calls")
        let reopened = try openStore(path)
        #expect(reopened.tenant.snapshot() == before)
        #expect(try generation(path) == 1)
        try reopened.tenant.setUsageLocation(userId: umaw, "DE")
        #expect(try reread(path).users.first { $0.objectId == umaw }?.usageLocation == "DE")
    }
}
