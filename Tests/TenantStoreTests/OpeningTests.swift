import Foundation
import GRDB
import Licensing
import Synchronization
import Testing
@testable import TenantStore

/// Opening a tenant file never replaces what is there: a file LicenseLab cannot read as a tenant
/// is refused with an error that names it and says what to do, and left as it was.
@Suite struct OpeningTests {
    private func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    private func expectRefused(_ path: String, mentioning words: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let before = bytes(path)
        do {
            _ = try TenantStore(path: path)
            Issue.record("expected the file to be refused", sourceLocation: sourceLocation)
        } catch {
            for w in [path] + words { #expect(error.message.contains(w), "\(error.message)", sourceLocation: sourceLocation) }
        }
        #expect(bytes(path) == before, "the file was changed", sourceLocation: sourceLocation)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"), sourceLocation: sourceLocation)
    }

    @Test func anEmptyFileIsRefused() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        FileManager.default.createFile(atPath: path, contents: Data())
        expectRefused(path, mentioning: ["empty", "does not overwrite"])
    }

    @Test func aOneByteFileIsRefused() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        FileManager.default.createFile(atPath: path, contents: Data("x".utf8))
        expectRefused(path, mentioning: ["not a LicenseLab tenant", "does not overwrite"])
    }

    @Test func anotherSQLiteFileIsRefused() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let q = try DatabaseQueue(path: path)
        try q.write { db in try db.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1)") }
        try q.close()
        expectRefused(path, mentioning: ["not a LicenseLab tenant"])
    }

    @Test func aTenantFileWithoutItsMetaTableIsRefused() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        _ = try openStore(path)
        let q = try DatabaseQueue(path: path)
        try q.write { db in try db.execute(sql: "DROP TABLE meta") }
        try q.close()
        expectRefused(path, mentioning: ["not a LicenseLab tenant"])
    }

    @Test func aDamagedRowNamesItsTableAndIsNotGuessedAt() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        _ = try openStore(path)
        let q = try DatabaseQueue(path: path)
        try q.write { db in try db.execute(sql: "UPDATE memberships SET user_id = X'0102' WHERE ord = (SELECT min(ord) FROM memberships)") }
        try q.close()
        expectRefused(path, mentioning: ["damaged", "'memberships'", "Restore it from a backup"])
    }

    @Test func aMissingFolderIsAnErrorUnlessItIsTheDefaultLocation() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("no-such-folder/t.sqlite")
        #expect { _ = try TenantStore(path: path) } throws: { ($0 as? TenantStoreError)?.message.contains(dir.file("no-such-folder")) == true }
        #expect(!FileManager.default.fileExists(atPath: dir.file("no-such-folder")))
        let store = try TenantStore(path: path, createDirectory: true)
        #expect(!store.tenant.users.isEmpty)
    }

    /// Two shells start on a path where no file is yet, at the same moment: one offers the demo
    /// tenant, the other an empty one, and both must end up on the same file. With hard links the
    /// second link fails; without them (some network and FUSE file systems), the rename is done
    /// under a lock on the folder so the second cannot replace the file the first already opened.
    @Test(arguments: [true, false]) func twoShellsCreatingOneFileAgreeOnIt(hardLinks: Bool) throws {
        for _ in 0..<(hardLinks ? 1 : 20) {
            let dir = TemporaryDirectory()
            let path = dir.file("t.sqlite")
            let results = Mutex<[Result<Int, any Error>?]>([nil, nil])
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                let result = Result<Int, any Error> {
                    if !hardLinks { try TenantStore.create(path, initial: { i == 0 ? demo() : DemoTenant.makeEmpty() }, hardLinks: false) }
                    return try TenantStore(path: path) { i == 0 ? demo() : DemoTenant.makeEmpty() }.tenant.users.count
                }
                results.withLock { $0[i] = result }
            }
            let counts = results.withLock { $0.map { try? $0?.get() } }
            #expect(counts[0] != nil && counts[0] == counts[1], "\(results.withLock { $0 })")
            let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            #expect(!names.contains { $0.contains(".new-") })
        }
    }

    /// `--what-if` reads the tenant without writing anything beside it.
    @Test func readingForWhatIfSeesEveryCommitAndWritesNothing() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let store = try openStore(path)
        _ = try store.tenant.createUser(userPrincipalName: "new@contoso.onmicrosoft.com", displayName: "New", usageLocation: "US")
        // another shell has the file open: its commit may still be only in the journal
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        let whileOpen = try TenantStore.readTenant(path: path)
        #expect(whileOpen.snapshot().users.map(\.userPrincipalName).contains("new@contoso.onmicrosoft.com"))
        try store.close()
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        let bytesBefore = bytes(path)
        let closed = try TenantStore.readTenant(path: path)
        #expect(closed.snapshot().users.count == whileOpen.snapshot().users.count)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == files)
        #expect(bytes(path) == bytesBefore)
        #expect(try TenantStore.readTenant(path: dir.file("missing.sqlite")).snapshot().users.count == DemoTenant.make().snapshot().users.count)
        #expect(!FileManager.default.fileExists(atPath: dir.file("missing.sqlite")))
    }
}

