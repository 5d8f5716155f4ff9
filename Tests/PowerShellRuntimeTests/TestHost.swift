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
    let code = session.runScript(text: text, path: path, arguments: [])
    return (host.output, host.errors, code)
}

/// Golden comparison normalisation: CRLF → LF, trailing whitespace of lines and of the whole text.
func normalise(_ s: String) -> String {
    let lines = s.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
    var out = lines.map { l -> String in
        var t = String(l)
        while t.last == " " || t.last == "\t" { t.removeLast() }
        return t
    }
    while out.last == "" { out.removeLast() }
    return out.joined(separator: "\n")
}
