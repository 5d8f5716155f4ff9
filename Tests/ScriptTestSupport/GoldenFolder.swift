import Foundation
import PowerShellRuntime
import Testing

/// A folder of golden scripts. Every `NAME.ps1` under it (at any depth) that has a `NAME.out`
/// beside it is a golden: it runs in a fresh `ScriptSession` with the script's own path, and
///
/// - its stdout must equal `NAME.out`,
/// - its stderr must equal `NAME.err`, and be empty when there is no `NAME.err`,
///
/// both compared after `normalise` (empty lines count unless the folder says `.squeezed`).
/// The host's window is 120 columns (a shell whose output is not a terminal) unless the script's
/// leading comment lines say otherwise with `# window-width: 80` (`windowWidth(of:)`), so one
/// golden can pin a view as it looks in an 80-column console.
/// Paths of one machine are taken out of both streams first: the folder's own path is removed,
/// so an error that names the script reads `language/errors.ps1`, and the temporary folder
/// (`TMPDIR`, else the system's) reads `<temp>`.
///
/// `GOLDEN_RECORD=1 swift test --filter 'goldenScript|scenario'` rewrites the `.out` and `.err`
/// of the goldens that differ instead of failing (writing `NAME.err` when there is stderr,
/// deleting it when there is none); review the change with `git diff` before committing. A new
/// golden is recorded the same way once its `NAME.out` exists (create it empty). A folder this
/// repository does not own (`recordable: false`, the shared acceptance scripts) is only checked.
public struct GoldenFolder: Sendable {
    public let root: URL
    public let blankLines: BlankLines
    public let recordable: Bool

    public init(_ root: URL, blankLines: BlankLines = .exact, recordable: Bool = true) {
        self.root = root.standardizedFileURL
        self.blankLines = blankLines
        self.recordable = recordable
    }

    public var exists: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The goldens' paths relative to the folder, sorted (a `.ps1` without `.out` is a helper
    /// another script calls, not a golden).
    public var scripts: [String] {
        guard let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var names: [String] = []
        for case let url as URL in e where url.pathExtension == "ps1" {
            let script = url.standardizedFileURL
            guard FileManager.default.fileExists(atPath: script.deletingPathExtension().appendingPathExtension("out").path) else { continue }
            names.append(String(script.path.dropFirst(root.path.count + 1)))
        }
        return names.sorted()
    }

    /// Runs one golden: what it wrote and what its files expect, normalised.
    public func run(_ name: String, setup: SessionSetup = { _ in }) throws -> GoldenRun {
        try GoldenRun(folder: self, name: name, setup: setup)
    }

    /// Runs one golden and checks (or, under GOLDEN_RECORD=1, records) its stdout and stderr.
    public func check(_ name: String, setup: SessionSetup = { _ in }, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let run = try run(name, setup: setup)
        if recordable && Self.isRecording {
            try run.record()
            return
        }
        #expect(run.stdout == run.expectedStdout,
                "stdout differs from \(name.dropLast(4)).out: \(firstDifference(run.expectedStdout, run.stdout))\nstderr:\n\(run.stderr)",
                sourceLocation: sourceLocation)
        #expect(run.stderr == run.expectedStderr,
                "stderr differs from \(run.hasErrFile ? "\(name.dropLast(4)).err" : "nothing (no .err)"): \(firstDifference(run.expectedStderr, run.stderr))",
                sourceLocation: sourceLocation)
    }

    static var isRecording: Bool { ProcessInfo.processInfo.environment["GOLDEN_RECORD"] == "1" }

    /// The window width a golden asks for in its leading comment lines (`# window-width: 80`,
    /// any case, before the first line that is not a comment), else 120.
    public static func windowWidth(of script: String) -> Int {
        for line in script.split(separator: "\n", omittingEmptySubsequences: false) {
            let t = line.trimmingCharacters(in: .whitespaces)
            guard t.hasPrefix("#") else { break }
            let body = t.dropFirst().trimmingCharacters(in: .whitespaces)
            guard let colon = body.firstIndex(of: ":"),
                  body[..<colon].trimmingCharacters(in: .whitespaces).lowercased() == "window-width",
                  let n = Int(body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces)), n > 0 else { continue }
            return n
        }
        return 120
    }
}

/// One golden run: what the script wrote and what its files expect, normalised.
public struct GoldenRun {
    let outFile: URL
    let errFile: URL
    let rawStdout: String
    let rawStderr: String
    public let hasErrFile: Bool
    public let stdout: String
    public let stderr: String
    public let expectedStdout: String
    /// `NAME.err`, or empty when there is none.
    public let expectedStderr: String

    public var matches: Bool { stdout == expectedStdout && stderr == expectedStderr }

    init(folder: GoldenFolder, name: String, setup: SessionSetup) throws {
        let script = folder.root.appendingPathComponent(name)
        outFile = script.deletingPathExtension().appendingPathExtension("out")
        errFile = script.deletingPathExtension().appendingPathExtension("err")
        hasErrFile = FileManager.default.fileExists(atPath: errFile.path)
        let text = try String(contentsOf: script, encoding: .utf8)
        let r = runScript(text, path: script.path, windowWidth: GoldenFolder.windowWidth(of: text), setup: setup)
        rawStdout = withoutMachinePaths(r.out, folder: folder.root)
        rawStderr = withoutMachinePaths(r.err, folder: folder.root)
        stdout = normalise(rawStdout, blankLines: folder.blankLines)
        stderr = normalise(rawStderr, blankLines: folder.blankLines)
        expectedStdout = normalise(try String(contentsOf: outFile, encoding: .utf8), blankLines: folder.blankLines)
        expectedStderr = hasErrFile ? normalise(try String(contentsOf: errFile, encoding: .utf8), blankLines: folder.blankLines) : ""
    }

    /// Rewrites what differs; an empty stderr means no `.err` file.
    public func record() throws {
        if stdout != expectedStdout {
            try rawStdout.write(to: outFile, atomically: true, encoding: .utf8)
        }
        if stderr.isEmpty {
            if hasErrFile { try FileManager.default.removeItem(at: errFile) }
        } else if stderr != expectedStderr || !hasErrFile {
            try rawStderr.write(to: errFile, atomically: true, encoding: .utf8)
        }
    }
}

/// `text` without the golden folder's path, the package's own files (a golden that runs
/// `docs/examples/...`) relative to the package, and the temporary folder as `<temp>`.
func withoutMachinePaths(_ text: String, folder: URL) -> String {
    var t = text.replacingOccurrences(of: folder.path + "/", with: "")
    t = t.replacingOccurrences(of: PackageLayout.root.standardizedFileURL.path + "/", with: "")
    let temp = URL(fileURLWithPath: ProcessInfo.processInfo.environment["TMPDIR"] ?? NSTemporaryDirectory()).standardizedFileURL.path
    if temp.count > 1 { t = t.replacingOccurrences(of: temp + "/", with: "<temp>/") }
    return t
}

/// Where two normalised texts first differ, for a failure message that fits on a screen.
func firstDifference(_ expected: String, _ actual: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for i in 0..<max(e.count, a.count) {
        let want = i < e.count ? "\"\(e[i])\"" : "(end)"
        let got = i < a.count ? "\"\(a[i])\"" : "(end)"
        if want != got { return "line \(i + 1): expected \(want), got \(got)" }
    }
    return "none"
}
