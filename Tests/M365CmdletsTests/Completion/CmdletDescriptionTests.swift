import Testing
@testable import M365Cmdlets
@testable import PowerShellRuntime

/// Every cmdlet has a DESCRIPTION in Get-Help: its metadata's own or its module's help text; and
/// the help text describes no cmdlet that does not exist.
@Suite struct CmdletDescriptionTests {
    @Test func everyCmdletOfTheShellAndTheM365ModulesHasADescription() {
        let lab = LabSession()
        let missing = lab.session.commands.allMetadata.filter { lab.session.modules.description(of: $0).isEmpty }.map(\.name)
        #expect(missing.isEmpty, "no description: \(missing)")
    }

    @Test func theDescriptionTablesNameOnlyRealCmdlets() {
        let lab = LabSession()
        let names = Set(lab.session.commands.allMetadata.map { NameKey($0.name) })
        let unknown = (Array(PowerShellCmdletDescriptions.all.keys) + Array(M365CmdletDescriptions.all.keys)).filter { !names.contains(NameKey($0)) }
        #expect(unknown.isEmpty, "described but not a cmdlet: \(unknown)")
    }

    @Test func getHelpShowsTheModulesDescription() {
        let lab = LabSession()
        let out = lab.run("Get-Help Set-MsolUserLicense | Out-String -Width 200")
        #expect(out.contains("DESCRIPTION"))
    }
}
