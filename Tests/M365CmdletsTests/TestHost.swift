import Foundation
import Licensing
@testable import M365Cmdlets
import PowerShellRuntime

/// An in-memory host: stdout and stderr collected as text.
final class TestHost: HostIO {
    var stdout = ""
    var stderr = ""
    func write(_ text: String, to stream: HostStream) {
        switch stream {
        case .output: stdout += text
        case .error: stderr += text
        }
    }
    func readLine(prompt: String?) -> String? { nil }
    var isInteractive: Bool { false }
    var useColor: Bool { false }
    var windowWidth: Int { 120 }
}

/// A session with the M365 modules installed on a fresh demo tenant (fixed clock, so runs repeat).
struct LabSession {
    let host = TestHost()
    let session: Session
    let handle: TenantHandle

    static let fixedDate = Date(timeIntervalSince1970: 1_767_225_600) // 2026-01-01T00:00:00Z

    init(empty: Bool = false) {
        session = Session(host: host)
        // no table is released early because the machine is slow: output repeats exactly
        session.formatGroupingWindow = .infinity
        let clock = TenantClock.fixed(LabSession.fixedDate)
        handle = TenantHandle(empty ? DemoTenant.makeEmpty(clock: clock) : DemoTenant.make(clock: clock))
        M365Module.install(into: session, tenant: handle)
    }

    /// Runs a script; returns stdout.
    @discardableResult
    func run(_ script: String, path: String? = nil) -> String {
        _ = session.runScript(text: script, path: path, arguments: [])
        return host.stdout
    }
}

/// The acceptance runner's comparison: trailing whitespace, CR, repeated and edge blank lines ignored.
func normalizedOutput(_ text: String) -> String {
    var lines = text.replacingOccurrences(of: "\r", with: "").components(separatedBy: "\n").map { line -> String in
        var l = line
        while let last = l.last, last == " " || last == "\t" { l.removeLast() }
        return l
    }
    var squeezed: [String] = []
    for l in lines {
        if l.isEmpty && squeezed.last?.isEmpty == true { continue }
        squeezed.append(l)
    }
    lines = squeezed
    while lines.first?.isEmpty == true { lines.removeFirst() }
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines.joined(separator: "\n")
}

/// The golden pairs: Tests/M365Scripts. (Tests/Scripts/m365 is the intended home, but the
/// runtime's golden runner runs every Tests/Scripts/** without this module installed; the first
/// of the two that exists is used, so moving the folder needs no code change.)
let scriptsDirectory: URL = {
    let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    let intended = tests.appendingPathComponent("Scripts/m365")
    return FileManager.default.fileExists(atPath: intended.path) ? intended : tests.appendingPathComponent("M365Scripts")
}()
