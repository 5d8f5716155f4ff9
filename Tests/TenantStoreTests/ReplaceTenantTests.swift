import Foundation
import GRDB
import Licensing
import M365Cmdlets
import PowerShellRuntime
import ScriptTestSupport
import Testing
@testable import TenantStore

/// Reset-, Import-, Restore- and New-LabTenant never replace a tenant file that holds changes
/// without a confirmation (docs/persistence.md, "Replacing the tenant").
@Suite struct ReplaceTenantTests {
    private let avery = "averyb@contoso.onmicrosoft.com"

    /// A stored session whose tenant file holds one change (Avery's new display name).
    private func changedSession(_ dir: TemporaryDirectory) throws -> StoredSession {
        let s = try StoredSession(dir.file("t.sqlite"))
        s.run("Set-MsolUser -UserPrincipalName \(avery) -DisplayName Changed")
        #expect(s.store.holdsChanges)
        return s
    }

    private func displayNameInFile(_ dir: TemporaryDirectory) throws -> String? {
        try reread(dir.file("t.sqlite")).users.first { $0.userPrincipalName == avery }?.displayName
    }

    @Test func aNewFileHoldsNothingToLoseAndIsResetWithoutAsking() throws {
        let dir = TemporaryDirectory()
        let s = try StoredSession(dir.file("t.sqlite"))
        #expect(!s.store.holdsChanges)
        #expect(s.run("Reset-LabTenant -Empty; (Get-MsolUser -All).Count") == "0\n")
        #expect(s.host.stderr.isEmpty, "\(s.host.stderr)")
        // the empty tenant of a reset can be made again too
        #expect(!s.store.holdsChanges)
    }

    @Test func aRunThatCannotAskStopsAndChangesNothing() throws {
        let dir = TemporaryDirectory()
        let s = try changedSession(dir)
        let code = s.session.runScript(text: "Reset-LabTenant\n'not reached'", path: nil, arguments: [])
        #expect(code == 1)
        #expect(!s.host.stdout.contains("not reached"))
        #expect(s.host.stderr.contains("Reset-LabTenant would replace the tenant in \(dir.file("t.sqlite")), which holds changes, and this run cannot ask for confirmation."))
        #expect(s.host.stderr.contains("licenselab --demo"))
        #expect(s.host.stderr.contains("-Force"))
        #expect(try displayNameInFile(dir) == "Changed")
        #expect(s.run("try { Reset-LabTenant } catch { $_.FullyQualifiedErrorId; $_.TargetObject -eq '\(dir.file("t.sqlite"))' }")
                == "TenantReplaceNotConfirmed,LicenseLab.Commands.ResetLabTenant\nTrue\n")
    }

    @Test func forceOrConfirmFalseReplacesWithoutAsking() throws {
        for command in ["Reset-LabTenant -Force", "Reset-LabTenant -Confirm:$false", "$ConfirmPreference = 'None'; Reset-LabTenant"] {
            let dir = TemporaryDirectory()
            let s = try changedSession(dir)
            s.run(command)
            #expect(s.host.stderr.isEmpty, "\(command): \(s.host.stderr)")
            #expect(try displayNameInFile(dir) == "Avery Brooks", "\(command)")
        }
    }

    @Test func whatIfSaysWhatWouldBeReplacedAndChangesNothing() throws {
        let dir = TemporaryDirectory()
        let s = try changedSession(dir)
        s.run("Reset-LabTenant -WhatIf")
        #expect(s.host.stdout == "What if: Performing the operation \"Reset-LabTenant\" on target \"Tenant 'contoso' in \(dir.file("t.sqlite"))\".\n")
        #expect(s.host.stderr.isEmpty)
        #expect(try displayNameInFile(dir) == "Changed")
    }

    @Test func anInteractiveShellAsksAndNoKeepsTheTenant() throws {
        let dir = TemporaryDirectory()
        let s = try changedSession(dir)
        s.host.isInteractive = true
        s.host.inputLines = ["n"]
        let out = s.run("Reset-LabTenant; (Get-MsolUser -UserPrincipalName \(avery)).DisplayName")
        #expect(out.contains("Confirm\nAre you sure you want to perform this action?\nPerforming the operation \"Reset-LabTenant\" on target \"Tenant 'contoso' in \(dir.file("t.sqlite"))\"."))
        #expect(out.hasSuffix("Changed\n"))
        s.host.inputLines = ["y"]
        #expect(s.run("Reset-LabTenant; (Get-MsolUser -UserPrincipalName \(avery)).DisplayName").hasSuffix("Avery Brooks\n"))
        #expect(try displayNameInFile(dir) == "Avery Brooks")
        #expect(s.host.stderr.isEmpty)
    }

    @Test func importRestoreAndNewAskTooAndLeaveATenantThatHoldsChanges() throws {
        let dir = TemporaryDirectory()
        let file = dir.file("t.json")
        let s = try StoredSession(dir.file("t.sqlite"))
        s.run("Export-LabTenant -Path '\(file)'; Checkpoint-LabTenant -Name start")
        for command in ["Import-LabTenant -Path '\(file)'", "Restore-LabTenant -Name start", "New-LabTenant -Users 10"] {
            // the demo tenant of a reset: replaced without asking; what replaced it holds changes
            s.run("Reset-LabTenant -Force")
            s.run(command)
            #expect(s.host.stderr.isEmpty, "\(command): \(s.host.stderr)")
            #expect(s.store.holdsChanges, "\(command)")
            s.run("\(command)\n'not reached'")
            #expect(s.host.stderr.contains("TenantReplaceNotConfirmed") || s.host.stderr.contains("cannot ask for confirmation"), "\(command)")
            #expect(!s.host.stdout.contains("not reached"))
            s.host.stderr = ""
            s.run("\(command) -Force")
            #expect(s.host.stderr.isEmpty, "\(command) -Force: \(s.host.stderr)")
        }
    }

    @Test func aMissingCheckpointOrAnInvalidFileIsReportedBeforeAnyQuestion() throws {
        let dir = TemporaryDirectory()
        let s = try changedSession(dir)
        s.run("Restore-LabTenant -Name nothing; Import-LabTenant -Path '\(dir.file("missing.json"))'; 'goes on'")
        #expect(s.host.stdout == "goes on\n")
        #expect(s.host.stderr.contains("No checkpoint named 'nothing' exists."))
        #expect(s.host.stderr.contains("Cannot find the tenant file"))
        #expect(!s.host.stderr.contains("cannot ask for confirmation"))
    }

    @Test func aFileFromBeforeTheMarkHoldsChanges() throws {
        let dir = TemporaryDirectory()
        do {
            let s = try StoredSession(dir.file("t.sqlite"))
            try s.store.dbQueue.write { db in try db.execute(sql: "DELETE FROM meta WHERE key = 'unchanged_at'") }
        }
        let again = try StoredSession(dir.file("t.sqlite"))
        #expect(again.store.holdsChanges)
    }

    @Test func theDemoTenantInMemoryIsReplacedWithoutAsking() throws {
        let tenant = DemoTenant.make()
        let store = try TenantStore(inMemory: tenant)
        let handle = TenantHandle(tenant)
        let host = TestHost()
        let session = Session(host: host)
        M365Module.install(into: session, tenant: handle, store: store)
        _ = session.runScript(text: "Set-MsolUser -UserPrincipalName \(avery) -DisplayName Changed; Reset-LabTenant; (Get-MsolUser -UserPrincipalName \(avery)).DisplayName",
                              path: nil, arguments: [])
        #expect(host.stdout == "Avery Brooks\n")
        #expect(host.stderr.isEmpty)
    }
}
