import Foundation
import ScriptTestSupport
import Testing

/// Every `Tests/M365Scripts/**/NAME.ps1` runs in a fresh session on a fresh demo tenant and
/// must print exactly `NAME.out` (compared as the acceptance runner compares).
struct GoldenScriptTests {
    static var scripts: [String] {
        let root = scriptsDirectory
        guard let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var out: [String] = []
        for case let url as URL in e where url.pathExtension == "ps1" && (FileManager.default.fileExists(atPath: url.deletingPathExtension().appendingPathExtension("out").path) || ProcessInfo.processInfo.environment["M365_RECORD"] == "1") {
            out.append(String(url.path.dropFirst(root.path.count + 1)))
        }
        return out.sorted()
    }

    @Test("golden script prints its .out", arguments: scripts)
    func goldenScript(_ relative: String) throws {
        let url = scriptsDirectory.appendingPathComponent(relative)
        let script = try String(contentsOf: url, encoding: .utf8)
        let expected = try String(contentsOf: url.deletingPathExtension().appendingPathExtension("out"), encoding: .utf8)
        let lab = LabSession()
        let output = lab.run(script, path: url.path)
        if normalise(output, blankLines: .squeezed) != normalise(expected, blankLines: .squeezed), ProcessInfo.processInfo.environment["GOLDEN_RECORD"] == "1" {
            // Developer aid: rewrites the .out; review the change with `git diff` before committing.
            try output.write(to: url.deletingPathExtension().appendingPathExtension("out"), atomically: true, encoding: .utf8)
            return
        }
        #expect(normalise(output, blankLines: .squeezed) == normalise(expected, blankLines: .squeezed), "stderr:\n\(lab.host.stderr)")
    }
}

/// The golden pairs: Tests/M365Scripts. (Tests/Scripts/m365 is the intended home, but the
/// runtime's golden runner runs every Tests/Scripts/** without this module installed; the first
/// of the two that exists is used, so moving the folder needs no code change.)
let scriptsDirectory: URL = {
    let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    let intended = tests.appendingPathComponent("Scripts/m365")
    return FileManager.default.fileExists(atPath: intended.path) ? intended : tests.appendingPathComponent("M365Scripts")
}()
