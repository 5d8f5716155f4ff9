import Foundation
import ScriptTestSupport
import Testing

/// The teaching scenarios: every `Scripts/scenarios/NN-name.ps1` runs in a fresh session on a
/// fresh demo tenant and must print exactly `NN-name.out` beside it (same comparison as the
/// golden scripts), so the narrated walkthroughs stay true as the product changes.
struct ScenarioScriptTests {
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Scripts/scenarios")

    static var scenarios: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".ps1") }.sorted()
    }

    @Test("the scenario folder holds the eight seed sections, each with its .out")
    func everySectionHasAScenario() {
        let numbers = ScenarioScriptTests.scenarios.map { String($0.prefix(2)) }
        #expect(numbers == ["01", "02", "03", "04", "05", "06", "07", "08"])
        for name in ScenarioScriptTests.scenarios {
            let out = ScenarioScriptTests.directory.appendingPathComponent(name).deletingPathExtension().appendingPathExtension("out")
            #expect(FileManager.default.fileExists(atPath: out.path), "missing \(out.lastPathComponent)")
        }
    }

    @Test("scenario prints its .out and writes nothing to stderr", arguments: scenarios)
    func scenarioPrintsItsOut(_ name: String) throws {
        let url = ScenarioScriptTests.directory.appendingPathComponent(name)
        let script = try String(contentsOf: url, encoding: .utf8)
        let expected = try String(contentsOf: url.deletingPathExtension().appendingPathExtension("out"), encoding: .utf8)
        let lab = LabSession()
        let output = lab.run(script, path: url.path)
        if normalise(output, blankLines: .squeezed) != normalise(expected, blankLines: .squeezed), ProcessInfo.processInfo.environment["GOLDEN_RECORD"] == "1" {
            // Developer aid: rewrites the .out; review the change with `git diff` before committing.
            try output.write(to: url.deletingPathExtension().appendingPathExtension("out"), atomically: true, encoding: .utf8)
            return
        }
        #expect(normalise(output, blankLines: .squeezed) == normalise(expected, blankLines: .squeezed))
        #expect(lab.host.stderr.isEmpty, "stderr:\n\(lab.host.stderr)")
    }
}
