import Foundation
import Licensing
@testable import M365Cmdlets
import PowerShellRuntime
import Testing

/// Help examples that state their output are run on a fresh demo tenant (docs cannot rot).
struct HelpExampleTests {
    static var examples: [String] {
        M365Module.all.flatMap(\.commands).flatMap { e in e.type.metadata.examples.filter { $0.expectedOutput != nil }.map { e.type.metadata.name + "|" + $0.code } }
    }

    @Test(arguments: examples)
    func exampleProducesItsStatedOutput(_ entry: String) throws {
        let name = String(entry.prefix { $0 != "|" })
        let code = String(entry.dropFirst(name.count + 1))
        let example = try #require(M365Module.all.flatMap(\.commands).first { $0.type.metadata.name == name }?.type.metadata.examples.first { $0.code == code })
        let lab = LabSession()
        let setup = name.hasPrefix("Get-Mg") || name.hasPrefix("Set-Mg") ? "Connect-MgGraph -NoWelcome\n" : ""
        let out = lab.run(setup + code)
        #expect(normalizedOutput(out) == normalizedOutput(example.expectedOutput ?? ""), "stderr: \(lab.host.stderr)")
    }
}
