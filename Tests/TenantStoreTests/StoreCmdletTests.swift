import Foundation
import Licensing
import M365Cmdlets
import PowerShellRuntime
import ScriptTestSupport
import Testing
@testable import TenantStore

/// A session wired as `licenselab --tenant PATH` wires it (TenantSetup).
struct StoredSession {
    let host = TestHost()
    let session: Session
    let store: TenantStore
    let handle: TenantHandle

    init(_ path: String) throws {
        store = try openStore(path)
        handle = TenantHandle(store.tenant)
        session = Session(host: host)
        M365Module.install(into: session, tenant: handle)
        StoreCmdlets.install(into: session, store: store)
        let store = self.store
        handle.onReset = { store.adopt($0) }
        session.afterTopLevelStatement.append { store.refresh() }
    }

    @discardableResult
    func run(_ script: String) -> String {
        host.stdout = ""
        _ = session.runScript(text: script, path: nil, arguments: [])
        return host.stdout
    }
}

@Suite struct StoreCmdletTests {
    @Test func exportAndImportThroughTheCmdlets() throws {
        let dir = TemporaryDirectory()
        let s = try StoredSession(dir.file("t.sqlite"))
        let file = dir.file("t.json")
        s.run("Export-LabTenant -Path '\(file)'")
        let exported = try String(contentsOfFile: file, encoding: .utf8)
        #expect(exported == TenantFile.export(s.handle.tenant))
        s.run("Reset-LabTenant -Empty")
        #expect(s.handle.tenant.users.isEmpty)
        #expect(try reread(dir.file("t.sqlite")).users.isEmpty)
        s.run("Import-LabTenant -Path '\(file)'")
        #expect(s.handle.tenant.snapshot() == demo().snapshot())
        #expect(try reread(dir.file("t.sqlite")) == demo().snapshot())
        #expect(s.host.stderr.isEmpty)
    }

    @Test func compareListsTheMailAScriptSent() throws {
        let dir = TemporaryDirectory()
        let s = try StoredSession(dir.file("t.sqlite"))
        s.run("Checkpoint-LabTenant -Name before")
        s.run("""
            Connect-MgGraph -NoWelcome
            Send-MgUserMail -UserId averyb@contoso.onmicrosoft.com -BodyParameter @{ Message = @{ Subject = 'Seats'; Body = @{ ContentType = 'Text'; Content = 'x' }
                ToRecipients = @(@{ EmailAddress = @{ Address = 'blakec@contoso.onmicrosoft.com' } }) } }
            """)
        #expect(s.host.stderr.isEmpty, "\(s.host.stderr)")
        let out = s.run("Compare-LabTenant -Reference before | ForEach-Object { \"$($_.Change)|$($_.Target)|$($_.Detail)\" }")
        #expect(out == "MailSent|averyb@contoso.onmicrosoft.com|to blakec@contoso.onmicrosoft.com: Seats\n")
    }

    @Test func attributesSetByCmdletsSurviveReopeningAndExport() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        do {
            let s = try StoredSession(path)
            s.run("Set-MsolUser -UserPrincipalName averyb@contoso.onmicrosoft.com -Department Research -Title Chemist")
            #expect(s.host.stderr.isEmpty, "\(s.host.stderr)")
        }
        let again = try StoredSession(path)
        #expect(again.run("$u = Get-MsolUser -UserPrincipalName averyb@contoso.onmicrosoft.com; \"$($u.Department)/$($u.Title)\"") == "Research/Chemist\n")
        let file = dir.file("t.json")
        again.run("Export-LabTenant -Path '\(file)'")
        let exported = try String(contentsOfFile: file, encoding: .utf8)
        #expect(exported.contains(#""Department": "Research""#))
    }

    @Test func anInvalidTenantFileIsReportedAndChangesNothing() throws {
        let dir = TemporaryDirectory()
        let s = try StoredSession(dir.file("t.sqlite"))
        let file = dir.file("bad.json")
        try #"{"name": "contoso", "users": [{"userPrincipalName": "x@contoso.com", "usageLocation": "USA"}]}"#
            .write(toFile: file, atomically: true, encoding: .utf8)
        let out = s.run("Import-LabTenant -Path '\(file)'; $error[0].FullyQualifiedErrorId")
        #expect(out.contains("InvalidTenantFile,LicenseLab.Commands.ImportLabTenant"))
        #expect(s.host.stderr.contains("$.users[0].usageLocation: expected a two-letter country code such as \"US\", found \"USA\""))
        #expect(s.handle.tenant.snapshot() == demo().snapshot())
        #expect(try reread(dir.file("t.sqlite")) == demo().snapshot())
    }

    @Test func checkpointsRestoreAndCompare() throws {
        let dir = TemporaryDirectory()
        let s = try StoredSession(dir.file("t.sqlite"))
        s.run("Checkpoint-LabTenant -Name before")
        s.run("Add-LabSubscription -SkuPartNumber EMS -Units 1; Invoke-LabGroupReprocess -GroupObjectId \(DemoTenant.Groups.e3PlusEms.lowercasedString)")
        let changes = s.run("Compare-LabTenant -Reference before | ForEach-Object { \"$($_.Change) $($_.Target) $($_.Sku)\" }")
        #expect(changes.contains("LicenseAdded farahg@contoso.onmicrosoft.com EMS"))
        #expect(changes.contains("ErrorResolved farahg@contoso.onmicrosoft.com ENTERPRISEPACK"))
        #expect(changes.contains("UnitsChanged EMS EMS"))
        #expect(s.run("(Get-LabCheckpoint).Name") == "before\n")
        s.run("Checkpoint-LabTenant before")
        #expect(s.host.stderr.contains("A checkpoint named 'before' already exists. Use -Force to replace it."))
        s.run("Restore-LabTenant -Name before -Force")   // the file holds changes: a script says so
        #expect(s.handle.tenant.snapshot() == demo().snapshot())
        #expect(try reread(dir.file("t.sqlite")) == demo().snapshot())
        #expect(s.run("Compare-LabTenant before current").isEmpty)
        s.run("Remove-LabCheckpoint before")
        #expect(s.run("Get-LabCheckpoint").isEmpty)
    }

    @Test func checkpointsLiveInTheTenantFile() throws {
        let dir = TemporaryDirectory()
        _ = try StoredSession(dir.file("t.sqlite")).run("Checkpoint-LabTenant -Name kept")
        #expect(try StoredSession(dir.file("t.sqlite")).run("(Get-LabCheckpoint).Name") == "kept\n")
    }

    @Test func newLabTenantReplacesTheTenantAndIsStored() throws {
        let dir = TemporaryDirectory()
        let s = try StoredSession(dir.file("t.sqlite"))
        s.run("New-LabTenant -Users 500 -Groups 6 -Seed 3")
        #expect(s.handle.tenant.users.count == 500)
        #expect(try reread(dir.file("t.sqlite")) == s.handle.tenant.snapshot())
        #expect(s.run("(Get-MsolUser -All).Count") == "500\n")
    }

    @Test func aSecondShellSeesChangesAtItsNextStatement() throws {
        let dir = TemporaryDirectory()
        let a = try StoredSession(dir.file("t.sqlite")), b = try StoredSession(dir.file("t.sqlite"))
        a.run("Set-MsolUser -UserPrincipalName umaw@contoso.onmicrosoft.com -UsageLocation FR")
        b.run("$null")
        #expect(b.run("(Get-MsolUser -UserPrincipalName umaw@contoso.onmicrosoft.com).UsageLocation") == "FR\n")
    }
}

/// Export-LabTenant writes through what the path is instead of replacing it.
@Suite struct ExportTargetTests {
    @Test func aRegularFileKeepsItsModeAndALinkIsFollowed() throws {
        let dir = TemporaryDirectory()
        let s = try StoredSession(dir.file("t.sqlite"))
        let file = dir.file("private.json")
        FileManager.default.createFile(atPath: file, contents: Data(), attributes: [.posixPermissions: 0o600])
        try FileManager.default.createSymbolicLink(atPath: dir.file("link.json"), withDestinationPath: file)
        s.run("Export-LabTenant -Path '\(dir.file("link.json"))'")
        #expect(s.host.stderr.isEmpty)
        #expect((try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir.file("link.json")) == file)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == TenantFile.export(s.handle.tenant))
    }

    @Test func aDeviceIsWrittenThroughAndAFolderIsRefused() throws {
        let dir = TemporaryDirectory()
        let s = try StoredSession(dir.file("t.sqlite"))
        s.run("Export-LabTenant -Path /dev/null")
        #expect(s.host.stderr.isEmpty)
        var st = stat()
        #expect(stat("/dev/null", &st) == 0 && st.st_mode & S_IFMT == S_IFCHR)
        s.run("Export-LabTenant -Path /dev/full")
        #expect(s.host.stderr.contains("No space left on device"))
        #expect(stat("/dev/full", &st) == 0 && st.st_mode & S_IFMT == S_IFCHR)
        s.host.stderr = ""
        s.run("Export-LabTenant -Path '\(dir.path)'")
        #expect(s.host.stderr.contains("it is a folder"))
    }
}
