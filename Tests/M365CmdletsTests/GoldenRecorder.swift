import Foundation
import ScriptTestSupport
import Testing

/// Authoring aid, off unless M365_RECORD=1: writes NAME.out for a golden script that has none,
/// so a new behaviour's output can be reviewed by eye before it is committed.
struct GoldenRecorder {
    @Test("record missing golden outputs", .enabled(if: ProcessInfo.processInfo.environment["M365_RECORD"] == "1"))
    func recordMissing() throws {
        for relative in GoldenScriptTests.scripts {
            let url = scriptsDirectory.appendingPathComponent(relative)
            let out = url.deletingPathExtension().appendingPathExtension("out")
            guard !FileManager.default.fileExists(atPath: out.path) else { continue }
            let lab = LabSession()
            let output = lab.run(try String(contentsOf: url, encoding: .utf8), path: url.path)
            try output.write(to: out, atomically: true, encoding: .utf8)
            try lab.host.stderr.write(to: url.deletingPathExtension().appendingPathExtension("stderr.txt"), atomically: true, encoding: .utf8)
        }
    }
}
