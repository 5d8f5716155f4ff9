import Foundation
import Licensing
@testable import M365Cmdlets
import PowerShellRuntime
import ScriptTestSupport
import Testing

/// In Immediate mode, group work is done before the next command reaches the tenant — wherever
/// that command runs — and never inside the command that queued it (docs/licensing.md
/// "Processing timing"). So a script gives the same results however it is started.
struct ProcessingTimingTests {
    /// How many groups wait for processing, read without going through the modules (which would
    /// process them first).
    final class QueueProbeCommand: Cmdlet {
        static let metadata = CommandMetadata(name: "Get-QueueProbe", synopsis: "Test probe.")
        init() {}
        func process(_ context: CommandContext) throws {
            try context.writeObject(.int(context.session.slot(M365State.self)?.tenant.queuedGroups.count ?? -1))
        }
    }

    @Test func theNextCommandProcessesTheQueueInsideABlockAndTheAssigningOneDoesNot() {
        let lab = LabSession(empty: true)
        lab.session.commands.register(QueueProbeCommand.self)
        let out = lab.run("""
            Add-LabSubscription -SkuPartNumber EMS -Units 1
            $g = New-MsolGroup -DisplayName G
            $u = New-MsolUser -UserPrincipalName z@contoso.onmicrosoft.com -DisplayName Z -UsageLocation US
            Add-MsolGroupMember -GroupObjectId $g.ObjectId -GroupMemberObjectId $u.ObjectId
            $before = Get-MsolUser -ObjectId $u.ObjectId
            & {
                Set-LabGroupLicense -GroupObjectId $g.ObjectId -AddLicenses contoso:EMS
                Get-QueueProbe
                (Get-MsolUser -ObjectId $u.ObjectId).IsLicensed
                Get-QueueProbe
            }
            $before.IsLicensed
            """)
        // queued when the assigning cmdlet returned; done before Get-MsolUser read the user; an
        // object the script already held stays the snapshot it was
        #expect(normalise(out) == "1\nTrue\n0\nFalse")
    }

    @Test func deferredModeStillWaitsForWaitLabLicenseProcessing() {
        let lab = LabSession(empty: true)
        let out = lab.run("""
            Add-LabSubscription -SkuPartNumber EMS -Units 1
            Set-LabTenant -ProcessingMode Deferred
            $g = New-MsolGroup -DisplayName G
            $u = New-MsolUser -UserPrincipalName z@contoso.onmicrosoft.com -DisplayName Z -UsageLocation US
            & {
                Add-MsolGroupMember -GroupObjectId $g.ObjectId -GroupMemberObjectId $u.ObjectId
                Set-LabGroupLicense -GroupObjectId $g.ObjectId -AddLicenses contoso:EMS
                (Get-MsolUser -ObjectId $u.ObjectId).IsLicensed
                Wait-LabLicenseProcessing
                (Get-MsolUser -ObjectId $u.ObjectId).IsLicensed
            }
            """)
        #expect(normalise(out) == "False\nTrue")
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every scenario, every acceptance copy under Tests/M365Scripts/acceptance, and the shared
    /// licensing acceptance scripts (`../shared/acceptance/licensing`) when they are beside the checkout.
    static var scripts: [String] {
        var out: [String] = []
        var folders = ["Scripts/scenarios", "Tests/M365Scripts/acceptance"]
        if SharedAcceptance.isPresent { folders.append("../shared/acceptance/licensing") }
        for folder in folders {
            let dir = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            out += names.filter { $0.hasSuffix(".ps1") }.sorted().map { folder + "/" + $0 }
        }
        return out
    }

    @Test("a script prints the same run as a file, dot-sourced, with & and inside a function", arguments: scripts)
    func sameOutputHoweverTheScriptIsStarted(_ relative: String) throws {
        let path = ProcessingTimingTests.root.appendingPathComponent(relative).path
        let quoted = "'" + path.replacingOccurrences(of: "'", with: "''") + "'"
        let asFile = LabSession()
        let expected = asFile.run(try String(contentsOfFile: path, encoding: .utf8), path: path)
        for (how, line) in [("dot-sourced", ". \(quoted)"), ("with &", "& \(quoted)"), ("inside a function", "function Invoke-Scenario { & \(quoted) }; Invoke-Scenario")] {
            let lab = LabSession()
            let output = lab.run(line)
            #expect(normalise(output) == normalise(expected), "\(relative) \(how)")
            #expect(lab.host.stderr == asFile.host.stderr, "\(relative) \(how): stderr")
        }
    }
}
