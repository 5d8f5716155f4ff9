import Foundation
import GRDB
import Licensing
import M365Cmdlets
import PowerShellRuntime
import ScriptTestSupport
import Testing
@testable import TenantStore

/// A change the store cannot save fails the call that made it (TenantStoreCommitFailed, catchable,
/// script-terminating when not caught) and is undone in memory: the tenant is what the file holds.
@Suite struct CommitFailureTests {
    private let avery = "averyb@contoso.onmicrosoft.com"

    /// A session on a file whose connection refuses writes (what a read-only file does).
    private func readOnlySession(_ dir: TemporaryDirectory) throws -> StoredSession {
        let s = try StoredSession(dir.file("t.sqlite"))
        s.store.onError = nil
        StoreCmdlets.install(into: s.session, store: s.store)
        try s.store.refuseWrites(true)
        return s
    }

    @Test func aChangeThatCannotBeWrittenFailsTheCallAndIsUndone() throws {
        let dir = TemporaryDirectory()
        let s = try readOnlySession(dir)
        let out = s.run("""
            try { Set-MsolUser -UserPrincipalName \(avery) -DisplayName Changed; 'not reached' }
            catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.TargetObject -eq '\(dir.file("t.sqlite"))' }
            (Get-MsolUser -UserPrincipalName \(avery)).DisplayName
            """)
        #expect(out == "TenantStoreCommitFailed\nWriteError\nTrue\nAvery Brooks\n")
        #expect(try reread(dir.file("t.sqlite")).users.first { $0.userPrincipalName == avery }?.displayName == "Avery Brooks")
    }

    @Test func uncaughtItStopsTheScriptWithExitCodeOne() throws {
        let dir = TemporaryDirectory()
        let s = try readOnlySession(dir)
        let code = s.session.runScript(text: "Set-MsolUser -UserPrincipalName \(avery) -DisplayName Changed\n'not reached'", path: nil, arguments: [])
        #expect(code == 1)
        #expect(!s.host.stdout.contains("not reached"))
        #expect(s.host.stderr.contains("could not be written"))
        #expect(s.handle.tenant.user(userPrincipalName: avery)?.displayName == "Avery Brooks")
    }

    @Test func aFullDiskFailsTheCallThatDidNotFitAndKeepsTheOnesBefore() throws {
        let dir = TemporaryDirectory()
        let s = try StoredSession(dir.file("t.sqlite"))
        s.store.onError = nil
        StoreCmdlets.install(into: s.session, store: s.store)
        // no page may be added to the file, and the call log may not grow: both answer as a full
        // disk does (SQLITE_FULL, ENOSPC)
        try s.store.dbQueue.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
        s.store.callLog?.sizeLimit = (s.store.callLog?.size() ?? 0) + 20_000
        let out = s.run("""
            $made = 0
            try { foreach ($i in 1..500) { $null = New-MsolUser -UserPrincipalName "fill$i@contoso.onmicrosoft.com" -DisplayName ('x' * 200); $made++ } }
            catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message -match 'No space left on device')" }
            @(Get-MsolUser -All | Where-Object UserPrincipalName -like 'fill*').Count -eq $made
            """)
        #expect(out.hasPrefix("TenantStoreCommitFailed: True\nTrue"))
        let stored = try reread(dir.file("t.sqlite")).users.filter { $0.userPrincipalName.hasPrefix("fill") }.count
        #expect(stored == s.handle.tenant.users.filter { $0.userPrincipalName.hasPrefix("fill") }.count)
    }

    @Test func aWriteLockHeldPastTheBusyTimeoutFailsTheCall() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        _ = try StoredSession(path)   // creates the file
        let store = try TenantStore(path: path, busyTimeout: 0.2)
        let handle = TenantHandle(store.tenant)
        let host = TestHost()
        let session = Session(host: host)
        M365Module.install(into: session, tenant: handle)
        StoreCmdlets.install(into: session, store: store)
        // another shell holds the write lock (the call log's)
        let other = open(path + "-calls", O_RDWR)
        #expect(flock(other, LOCK_EX) == 0)
        defer { close(other) }
        _ = session.runScript(text: "try { Set-MsolUser -UserPrincipalName \(avery) -DisplayName Changed } catch { $_.FullyQualifiedErrorId }", path: nil, arguments: [])
        #expect(host.stdout == "TenantStoreCommitFailed\n")
        #expect(handle.tenant.user(userPrincipalName: avery)?.displayName == "Avery Brooks")
        flock(other, LOCK_UN)
        host.stdout = ""
        _ = session.runScript(text: "Set-MsolUser -UserPrincipalName \(avery) -DisplayName Changed; (Get-MsolUser -UserPrincipalName \(avery)).DisplayName", path: nil, arguments: [])
        #expect(host.stdout == "Changed\n")
        #expect(try reread(path).users.first { $0.userPrincipalName == avery }?.displayName == "Changed")
    }
}
