import Foundation
import GRDB
import Licensing
import Testing
@testable import TenantStore

/// The tenant file's layout is versioned (`meta.format`): a file of an older layout opens and is
/// upgraded in place, keeping every row; a newer one is refused and left as it was. One test per
/// older layout.
@Suite struct MigrationTests {
    /// A format-1 file, as LicenseLab wrote it before the outbox: the format-2 layout without the
    /// `outbox` table, `format` 1.
    private func makeFormat1File(_ path: String) throws -> TenantSnapshot {
        let store = try openStore(path)
        let snapshot = store.tenant.snapshot()
        let q = try DatabaseQueue(path: path)
        try q.write { db in
            try db.execute(sql: "DROP TABLE outbox")
            try db.execute(sql: "UPDATE meta SET value = 1 WHERE key = 'format'")
        }
        try q.close()
        return snapshot
    }

    private func format(_ path: String) throws -> Int? {
        let q = try DatabaseQueue(path: path)
        defer { try? q.close() }
        return try q.read { db in try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'format'") }
    }

    private func hasOutbox(_ path: String) throws -> Bool {
        let q = try DatabaseQueue(path: path)
        defer { try? q.close() }
        return try q.read { db in try db.tableExists("outbox") }
    }

    @Test func aFormat1FileOpensIsUpgradedAndKeepsItsTenant() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let before = try makeFormat1File(path)
        #expect(try format(path) == 1)
        #expect(try !hasOutbox(path))

        let store = try openStore(path)
        #expect(store.tenant.snapshot() == before)
        #expect(store.tenant.outbox.isEmpty)
        #expect(try format(path) == TenantStore.formatVersion)
        #expect(try hasOutbox(path))

        // the upgraded file takes mail, and a later shell reads it back
        let hugo = DemoTenant.users.first { $0.alias == "hugoi" }!.objectId
        try store.tenant.sendMail(fromUser: hugo, MailMessage(id: UUID(), sentDateTime: fixedDate, from: "", to: ["ops@fabrikam.com"],
                                                              subject: "after the upgrade", body: "kept", transport: .graph))
        let again = try reread(path)
        #expect(again.outbox.map(\.subject) == ["after the upgrade"])
        #expect(again.users == before.users)
    }

    @Test func aFormat1FileIsReadWithoutBeingUpgradedUnderWhatIf() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let before = try makeFormat1File(path)
        let bytes = FileManager.default.contents(atPath: path)
        let tenant = try TenantStore.readTenant(path: path)
        #expect(tenant.snapshot().users == before.users)
        #expect(tenant.outbox.isEmpty)
        #expect(FileManager.default.contents(atPath: path) == bytes)
    }

    @Test func aFileOfANewerFormatIsRefusedAndLeftAsItWas() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        _ = try openStore(path)
        let q = try DatabaseQueue(path: path)
        try q.write { db in try db.execute(sql: "UPDATE meta SET value = ? WHERE key = 'format'", arguments: [TenantStore.formatVersion + 1]) }
        try q.close()
        let bytes = FileManager.default.contents(atPath: path)
        do {
            _ = try TenantStore(path: path)
            Issue.record("a newer file was opened")
        } catch {
            #expect(error.message.contains("newer LicenseLab"))
        }
        #expect(FileManager.default.contents(atPath: path) == bytes)
        #expect(try format(path) == TenantStore.formatVersion + 1)
    }

    @Test func mailIsCommittedAndAnotherShellSeesItAndItsClearing() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let a = try openStore(path)
        let b = try openStore(path)
        a.tenant.deliverMail(MailMessage(id: UUID(), sentDateTime: fixedDate, from: "ops@contoso.onmicrosoft.com", to: ["x@fabrikam.com"],
                                         subject: "one", body: "", attachments: [MailAttachment(name: "r.csv", content: Data("a,b".utf8))],
                                         transport: .smtp, smtpServer: "smtp.office365.com:587"))
        b.refresh()
        #expect(b.tenant.outbox.map(\.subject) == ["one"])
        #expect(b.tenant.outbox.first?.attachments.first?.content == Data("a,b".utf8))
        b.tenant.clearOutbox()
        a.refresh()
        #expect(a.tenant.outbox.isEmpty)
        #expect(try reread(path).outbox.isEmpty)
    }

    @Test func checkpointsKeepTheOutboxAndOldCheckpointsHaveNone() throws {
        let t = DemoTenant.make(clock: .fixed(fixedDate))
        t.deliverMail(MailMessage(id: UUID(), sentDateTime: fixedDate, from: "a@b.com", to: ["c@d.com"], subject: "s", body: "", transport: .smtp))
        let data = try JSONEncoder().encode(t.snapshot())
        #expect(try JSONDecoder().decode(TenantSnapshot.self, from: data).outbox.count == 1)
        // a checkpoint written before the outbox existed has no `outbox` key
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        object["outbox"] = nil
        let old = try JSONSerialization.data(withJSONObject: object)
        #expect(try JSONDecoder().decode(TenantSnapshot.self, from: old).outbox.isEmpty)
    }

    @Test func theJSONTenantFileCarriesTheOutboxAndVersion1FilesStillRead() throws {
        let t = DemoTenant.make(clock: .fixed(fixedDate))
        t.deliverMail(MailMessage(id: UUID(), sentDateTime: fixedDate, from: "a@b.com", to: ["c@d.com"], cc: ["e@f.com"], subject: "s",
                                  bodyType: .html, body: "<b>x</b>", attachments: [MailAttachment(name: "n.txt", contentType: "text/plain", content: Data([0, 1, 2]))],
                                  transport: .smtp, smtpServer: "s:25"))
        try t.createSharedMailbox(name: "Sales Desk", alias: "salesdesk", userId: UUID())
        let text = TenantFile.export(t)
        #expect(text.contains("\"version\": \(TenantFile.version)"))
        let read = try TenantFile.read(Data(text.utf8))
        #expect(read == t.snapshot())
        let v1 = #"{"format": "LicenseLab.Tenant", "version": 1, "name": "fabrikam"}"#
        #expect(try TenantFile.read(Data(v1.utf8)).outbox.isEmpty)
    }
}
