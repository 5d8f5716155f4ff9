import Foundation
import Licensing
@testable import M365Cmdlets
import PowerShellRuntime
import ScriptTestSupport
import Testing
import TenantStore

/// Completion goldens (`Tests/M365Scripts/completion/*.completion`), run on the demo tenant in an
/// in-memory store (as `licenselab --demo` has it). In a file, `run: TEXT` runs TEXT in the
/// session; `> LINE` completes LINE with the cursor at its end, and the lines after it, up to a
/// blank line, are the candidates' texts in order (none: no lines). `GOLDEN_RECORD=1` rewrites
/// the expected candidates from what the session gives.
@Suite("Completion goldens")
struct CompletionGoldenTests {
    static let folder = PackageLayout.root.appendingPathComponent("Tests/M365Scripts/completion")
    static let files: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".completion") }.sorted()

    @Test func theGoldenFolderHasFiles() { #expect(!Self.files.isEmpty) }

    @Test(arguments: files)
    func completionsAreTheGoldenOnes(_ file: String) throws {
        let url = Self.folder.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        let lab = LabSession()
        let store = try TenantStore(inMemory: lab.handle.tenant)
        StoreCmdlets.install(into: lab.session, store: store)
        lab.handle.onReset = { store.adopt($0) }
        var recorded: [String] = []
        var lines = text.components(separatedBy: "\n")[...]
        while let line = lines.popFirst() {
            if line.hasPrefix("> ") {
                let input = String(line.dropFirst(2))
                var expected: [String] = []
                while let next = lines.first, !next.isEmpty { expected.append(next); lines.removeFirst() }
                let actual = lab.session.complete(line: input, cursor: input.utf16.count)
                #expect(actual == expected, "\(file): \(input)")
                recorded.append(line)
                recorded += actual
                if lines.first == "" { lines.removeFirst() }
                recorded.append("")
                continue
            }
            if line.hasPrefix("run: ") {
                lab.run(String(line.dropFirst(5)))
                #expect(lab.host.stderr.isEmpty, "\(file): \(line) wrote \(lab.host.stderr)")
            }
            recorded.append(line)
        }
        if ProcessInfo.processInfo.environment["GOLDEN_RECORD"] == "1" {
            try recorded.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        }
    }
}
