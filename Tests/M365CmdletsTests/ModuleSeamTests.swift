import Foundation
import Licensing
@testable import M365Cmdlets
import PowerShellRuntime
import ScriptTestSupport
import Testing

/// The seam between the runtime and the modules: per-session state in slots scripts cannot
/// reach, and each module declared in one place.
struct ModuleSeamTests {
    @Test func scriptsSeeNoInternalStateAsVariablesOrTypes() {
        let lab = LabSession()
        let out = lab.run("""
            Set-Location /; Push-Location /tmp; Set-StrictMode -Version 1; $null = Get-Random -SetSeed 1
            (Get-Variable | Where-Object { $_.Name -like '*LicenseLab*' -or $_.Name -like '__*' }).Count
            try { [LicenseLab.Session]::State } catch { $_.FullyQualifiedErrorId }
            try { [LicenseLab.Store]::State } catch { $_.FullyQualifiedErrorId }
            """)
        #expect(normalise(out) == "0\nTypeNotFound\nTypeNotFound")
    }

    @Test func removingEveryVariableBreaksNeitherCompletionNorHistoryNorTheTenant() {
        let lab = LabSession()
        let history = SessionHistory.of(lab.session)
        history.record("Get-MsolUser", start: Date(), end: Date())
        lab.run("Get-Variable | Remove-Variable -Force -ErrorAction SilentlyContinue")
        let line = "Get-MsolUser -UserPrincipalName CAS"
        #expect(lab.session.complete(line: line, cursor: line.utf16.count) == ["caseyd@contoso.onmicrosoft.com"])
        #expect(SessionHistory.of(lab.session).entries.map(\.commandLine) == ["Get-MsolUser"])
        #expect(normalise(lab.run("(Get-MsolUser -UserPrincipalName caseyd@contoso.onmicrosoft.com).DisplayName")) == "Casey Diaz")
    }

    @Test func slotsBelongToOneSession() {
        let a = LabSession(), b = LabSession()
        a.run("Push-Location /tmp")
        #expect(normalise(b.run("(Get-Location -Stack).Count")) == "0")
    }

    @Test func everyCmdletIsListedByTheModuleItsMetadataNames() {
        for module in M365Module.all {
            for command in module.commands {
                #expect(command.type.metadata.moduleName == module.manifest.name, "\(command.type.metadata.name) is listed in \(module.manifest.name)")
            }
        }
    }

    @Test func noCmdletIsListedTwice() {
        let names = M365Module.all.flatMap(\.commands).map { $0.type.metadata.name.lowercased() }
        #expect(Set(names).count == names.count)
    }

    /// A module written the way the lab's are: one declaration, installed with one call.
    @Test func aModuleDeclaredInOnePlaceIsListedImportedOnFirstUseAndHelpsItsUsers() {
        let host = TestHost()
        let session = Session(host: host)
        var setUpRuns = 0
        session.install(ShellModule(
            ModuleManifest(name: "Contoso.Tools", version: "1.2.0", description: "Probe module"),
            commands: [.init(GetProbeCommand.self, className: "Contoso.Tools.GetProbe")],
            aliases: [("gprobe", "Get-Probe")],
            helpTopics: [HelpTopic(name: "about_ContosoTools", synopsis: "Probe topic", text: "TOPIC\n    about_ContosoTools\n")],
            setUp: { _ in setUpRuns += 1 }))
        _ = session.runScript(text: """
            (Get-Module -ListAvailable Contoso.Tools).Version.ToString()
            $null -eq (Get-Module Contoso.Tools)
            gprobe
            (Get-Module Contoso.Tools).ExportedCommands -join ','
            (Get-Command Get-Probe).Source
            (Get-Help about_ContosoTools | Out-String).Contains('about_ContosoTools')
            try { Get-Probe -Fail -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
            """, path: nil, arguments: [])
        #expect(normalise(host.stdout) == "1.2.0\nTrue\nprobe\nGet-Probe\nContoso.Tools\nTrue\nProbeFailed,Contoso.Tools.GetProbe")
        #expect(setUpRuns == 1)
    }
}

final class GetProbeCommand: Cmdlet {
    static let metadata = CommandMetadata(name: "Get-Probe", parameters: [ParameterMetadata(name: "Fail", type: "switch")],
                                          moduleName: "Contoso.Tools", synopsis: "Probe.")
    init() {}
    func process(_ context: CommandContext) throws {
        if context.switchPresent("Fail") { throw context.terminatingError("Probe failed.", errorId: "ProbeFailed", category: .InvalidOperation) }
        try context.writeObject(.string("probe"))
    }
}
