import Testing
import Foundation
@testable import PowerShellRuntime
import ScriptTestSupport

/// Every `Tests/Scripts/**/NAME.ps1` with a `NAME.out` runs in a fresh session; stdout must equal
/// NAME.out, and stderr NAME.err where there is one (only trailing whitespace and CRLF are
/// normalised).
enum GoldenScripts {
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scripts")
    /// `../shared/acceptance/language` beside the checkout (absent on machines without it).
    static let acceptance = root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/acceptance/language")

    static func scripts(under dir: URL) -> [String] {
        guard let e = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil) else { return [] }
        var out: [String] = []
        for case let url as URL in e where url.pathExtension == "ps1" {
            if FileManager.default.fileExists(atPath: url.deletingPathExtension().appendingPathExtension("out").path) {
                out.append(url.path.replacingOccurrences(of: dir.path + "/", with: ""))
            }
        }
        return out.sorted()
    }

    /// `acceptance`: compared as the shared acceptance runner compares (runs of blank lines are one).
    static func check(_ dir: URL, _ name: String, acceptance: Bool = false) throws {
        let script = dir.appendingPathComponent(name)
        let text = try String(contentsOf: script, encoding: .utf8)
        let expected = try String(contentsOf: script.deletingPathExtension().appendingPathExtension("out"), encoding: .utf8)
        let r = runScript(text, path: script.path)
        if acceptance {
            #expect(normalise(r.out, blankLines: .squeezed) == normalise(expected, blankLines: .squeezed), "stderr:\n\(r.err)")
            return
        }
        if normalise(r.out) != normalise(expected), ProcessInfo.processInfo.environment["GOLDEN_RECORD"] == "1" {
            // Developer aid: rewrites the .out; review the change with `git diff` before committing.
            try r.out.write(to: script.deletingPathExtension().appendingPathExtension("out"), atomically: true, encoding: .utf8)
            return
        }
        #expect(normalise(r.out) == normalise(expected), "stderr:\n\(r.err)")
        // NAME.err, where there is one, pins stderr too (script paths relative to Tests/Scripts)
        let errFile = script.deletingPathExtension().appendingPathExtension("err")
        guard FileManager.default.fileExists(atPath: errFile.path) else { return }
        let err = r.err.replacingOccurrences(of: dir.path + "/", with: "")
        let expectedErr = try String(contentsOf: errFile, encoding: .utf8)
        if normalise(err) != normalise(expectedErr), ProcessInfo.processInfo.environment["GOLDEN_RECORD"] == "1" {
            try err.write(to: errFile, atomically: true, encoding: .utf8)
            return
        }
        #expect(normalise(err) == normalise(expectedErr))
    }
}

@Test("golden script", arguments: GoldenScripts.scripts(under: GoldenScripts.root))
func goldenScript(_ name: String) throws {
    try GoldenScripts.check(GoldenScripts.root, name)
}

@Test("acceptance script (language)", .enabled(if: FileManager.default.fileExists(atPath: GoldenScripts.acceptance.path)),
      arguments: GoldenScripts.scripts(under: GoldenScripts.acceptance))
func acceptanceScript(_ name: String) throws {
    try GoldenScripts.check(GoldenScripts.acceptance, name, acceptance: true)
}

/// Developer aid: `LL_RUN=path/to/script.ps1 swift test --filter runScriptFromEnvironment` prints its output.
@Test(.enabled(if: ProcessInfo.processInfo.environment["LL_RUN"] != nil))
func runScriptFromEnvironment() throws {
    let path = ProcessInfo.processInfo.environment["LL_RUN"] ?? ""
    let r = runScript(try String(contentsOfFile: path, encoding: .utf8), path: path)
    print("=== stdout\n" + r.out + "=== stderr\n" + r.err + "=== exit \(r.code)")
}
