import Foundation
import GRDB
import Licensing
import M365Cmdlets
import PowerShellRuntime
import ScriptTestSupport
import Testing
@testable import TenantStore

/// Group work another process queued and did not process (it was killed first, or it runs in
/// Deferred mode and the tenant was switched back) is processed by the next command of the
/// process that opens or catches up with the file, in Immediate mode (docs/licensing.md
/// "Processing timing"); if that processing cannot be saved, that command fails and the queue
/// stays for later.
@Suite struct QueuedElsewhereTests {
    private let member = DemoTenant.users.first { $0.userPrincipalName.hasPrefix("priyaq@") }!

    /// A tenant file holding a queued group: Priya (no licenses) to get E5 (one seat free) through
    /// a new group.
    private func fileWithQueuedGroup(_ path: String) throws {
        let store = try openStore(path)
        let t = store.tenant
        let group = try t.createGroup(displayName: "Late joiners")
        try t.addMember(groupId: group.objectId, userId: member.objectId)
        try t.setGroupLicenses(groupId: group.objectId, add: [LicenseRequest(.partNumber("ENTERPRISEPREMIUM"))])
        #expect(try reread(path).queue.count == 1)
    }

    private func conferencing(_ s: StoredSession) -> String {
        s.run("(Get-MsolUser -UserPrincipalName \(member.userPrincipalName)).Licenses.AccountSkuId -contains 'contoso:ENTERPRISEPREMIUM'")
    }

    @Test func aShellOpeningTheFileProcessesTheQueueBeforeItsFirstCommandReads() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        try fileWithQueuedGroup(path)
        let s = try StoredSession(path)
        #expect(conferencing(s) == "True\n")
        #expect(try reread(path).queue.isEmpty)
        #expect(s.host.stderr.isEmpty, "\(s.host.stderr)")
    }

    @Test func aShellCatchingUpWithTheFileProcessesWhatAnotherQueued() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let s = try StoredSession(path)
        #expect(conferencing(s) == "False\n")
        try fileWithQueuedGroup(path)       // another process, which stops before processing
        s.run("$null = Get-MsolAccountSku")   // a statement: the shell catches up after it
        #expect(conferencing(s) == "True\n")
        #expect(try reread(path).queue.isEmpty)
    }

    @Test func processingThatCannotBeSavedFailsTheCommandAndKeepsTheQueue() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        try fileWithQueuedGroup(path)
        let s = try StoredSession(path)
        s.store.onError = nil
        StoreCmdlets.install(into: s.session, store: s.store)
        try s.store.refuseWrites(true)
        let out = s.run("""
            try { $u = Get-MsolUser -UserPrincipalName \(member.userPrincipalName); 'not reached' } catch { $_.FullyQualifiedErrorId }
            """)
        #expect(out == "TenantStoreCommitFailed\n")
        #expect(s.handle.tenant.snapshot().queue.count == 1)
        #expect(try reread(path).queue.count == 1)
        // once the file can be written again, the next command processes it
        try s.store.refuseWrites(false)
        #expect(conferencing(s) == "True\n")
        #expect(try reread(path).queue.isEmpty)
    }
}
