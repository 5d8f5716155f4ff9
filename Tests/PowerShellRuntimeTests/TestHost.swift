import Foundation
@testable import PowerShellRuntime

/// An in-memory host: collects stdout and stderr, reads lines from a queue.
final class TestHost: HostIO {
    var output = ""
    var errors = ""
    var inputLines: [String] = []
    func write(_ text: String, to stream: HostStream) {
        if stream == .output { output += text } else { errors += text }
    }
    func readLine(prompt: String?) -> String? { inputLines.isEmpty ? nil : inputLines.removeFirst() }
    var isInteractive: Bool { false }
    var useColor: Bool { false }
    var windowWidth: Int { 120 }
}

/// Runs script text in a fresh session; returns (stdout, stderr, exit code).
func runScript(_ text: String, path: String? = nil) -> (out: String, err: String, code: Int32) {
    let host = TestHost()
    let session = Session(host: host)
    // no table is released early because the machine is slow: output repeats exactly
    session.formatGroupingWindow = .infinity
    let code = session.runScript(text: text, path: path, arguments: [])
    return (host.output, host.errors, code)
}

/// Golden comparison normalisation: CRLF → LF, trailing whitespace of each line and the final
/// newline; empty lines count, at the start and at the end too (pwsh's empty lines around tables
/// and lists are pinned).
func normalise(_ s: String) -> String {
    var text = s.replacingOccurrences(of: "\r\n", with: "\n")
    if text.hasSuffix("\n") { text.removeLast() }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.map { l -> String in
        var t = String(l)
        while t.last == " " || t.last == "\t" { t.removeLast() }
        return t
    }.joined(separator: "\n")
}

/// The shared acceptance runner's comparison: trailing whitespace and CR ignored, runs of blank
/// lines count as one, blank lines at the start and end are dropped.
func acceptanceNormalised(_ s: String) -> String {
    var out: [String] = []
    for line in normalise(s).split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
        if line.isEmpty && (out.last?.isEmpty ?? true) { continue }
        out.append(line)
    }
    while out.last?.isEmpty == true { out.removeLast() }
    return out.joined(separator: "\n")
}
