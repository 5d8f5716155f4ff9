import Foundation
import Licensing
@testable import M365Cmdlets
import PowerShellRuntime
import ScriptTestSupport
import Testing

/// The install entry point the CLI calls.
struct InstallTests {
    @Test func installRegistersEveryCmdletWithItsModule() {
        let lab = LabSession()
        for entry in M365Module.commandNames {
            #expect(lab.session.commands.cmdlet(named: entry.name) != nil, "\(entry.name)")
        }
        #expect(M365Module.commandNames.contains { $0.module == "MSOnline" && $0.name == "Set-MsolUserLicense" })
    }

    @Test func tenantNameIsThePromptName() {
        let lab = LabSession()
        #expect(M365Module.tenantName(in: lab.session) == "contoso")
        #expect(M365Module.tenantName(in: Session(host: TestHost())) == nil)
    }

    @Test func resetReplacesTheTenantInTheSharedHandle() {
        let lab = LabSession()
        var resets = 0
        lab.handle.onReset = { _ in resets += 1 }
        lab.run("Reset-LabTenant -Empty")
        #expect(resets == 1)
        #expect(lab.handle.tenant.users.isEmpty)
    }

    @Test func everyCmdletHasASynopsisAndAnExample() {
        for command in M365Module.all.flatMap(\.commands) {
            let md = command.type.metadata
            #expect(!md.synopsis.isEmpty, "\(md.name)")
            #expect(!md.examples.isEmpty, "\(md.name)")
            #expect(md.parameters.allSatisfy { $0.helpMessage?.isEmpty == false }, "\(md.name)")
        }
    }
}
