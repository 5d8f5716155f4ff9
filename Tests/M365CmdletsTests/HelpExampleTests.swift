import Foundation
import Licensing
@testable import M365Cmdlets
import PowerShellRuntime
import ScriptTestSupport
import TenantStore
import Testing

/// Every example of every command's help — PowerShell's own cmdlets and the lab's modules — runs
/// in a fresh session on the demo tenant, in an empty folder of its own, and writes no error;
/// an example that states its output must produce exactly that. Help cannot rot.
struct HelpExampleTests {
    /// "Command|index" for each example of each command of a lab session.
    static var examples: [String] {
        LabSession().session.commands.allMetadata.flatMap { md in md.examples.indices.map { "\(md.name)|\($0)" } }
    }

    @Test(arguments: examples)
    func exampleRunsWithoutErrorAndGivesItsStatedOutput(_ entry: String) throws {
        let name = String(entry.prefix { $0 != "|" })
        let index = try #require(Int(entry.dropFirst(name.count + 1)))
        let lab = LabSession()
        // as `licenselab --demo` has it: the tenant in an in-memory store, for the tenant-file cmdlets
        let store = try TenantStore(inMemory: lab.handle.tenant)
        StoreCmdlets.install(into: lab.session, store: store)
        lab.handle.onReset = { store.adopt($0) }
        let example = try #require(lab.session.commands.cmdlet(named: name)?.metadata.examples[index])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("example-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        lab.run("Set-Location -LiteralPath '\(folder.path)'")
        if let setup = example.setup {
            // typed at the prompt before the example, so the history has it as the REPL records it
            for line in setup.split(separator: "\n") {
                let start = Date()
                _ = lab.session.runInteractive(line: String(line))
                SessionHistory.of(lab.session).record(String(line), start: start, end: Date())
            }
            #expect(lab.host.stderr.isEmpty, "\(name) example \(index + 1): its setup failed: \(lab.host.stderr)")
        }
        let before = lab.host.stdout.count
        let out = String(lab.run(example.code).dropFirst(before))
        #expect(lab.host.stderr.isEmpty, "\(name) example \(index + 1) wrote an error:\n\(example.code)\n\(lab.host.stderr)")
        if let expected = example.expectedOutput {
            #expect(normalise(out, blankLines: .squeezed) == normalise(expected, blankLines: .squeezed), "\(name) example \(index + 1):\n\(example.code)")
        }
    }

    @Test func everyCommandHasAtLeastOneExample() {
        let missing = LabSession().session.commands.allMetadata.filter(\.examples.isEmpty).map(\.name)
        #expect(missing.isEmpty, "commands without an example: \(missing.joined(separator: ", "))")
    }
}
