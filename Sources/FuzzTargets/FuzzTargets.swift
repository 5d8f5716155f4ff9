import Foundation
import PowerShellRuntime
import PowerShellSyntax

/// What the fuzzers run on each input, and what `Tests/FuzzTargetsTests` replays on every file of
/// `Tests/FuzzCorpus` (seeds and the inputs that once crashed). Each must return normally, whatever
/// the bytes: a trap, a stack overflow or a hang is a finding (Scripts/fuzz).
public enum FuzzTargets {
    /// The parser: any text parses to a tree or to errors with positions inside the text.
    public static func parse(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let result = Parser.parse(text)
        for e in result.errors {
            precondition(e.extent.startOffset >= 0 && e.extent.startOffset <= e.extent.endOffset, "an error outside the text")
        }
        _ = AstDump.dump(result.scriptBlock)
    }

    /// The interpreter: any text runs to completion in a session that cannot wait and whose
    /// files live in a `--what-if` overlay (the file cmdlets run, nothing is written), stopped
    /// after `seconds` (the stop flag is read before every statement).
    public static func interpret(_ bytes: [UInt8], seconds: Double = 2) {
        let text = String(decoding: bytes, as: UTF8.self)
        let session = Session(host: DiscardingHost())
        session.formatGroupingWindow = .infinity
        session.fileSystem = OverlayFileSystem()
        for name in unsafeCommands { session.commands.unregister(name) }
        let stop = session.stopRequest
        let timer = DispatchWorkItem { stop.request() }
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: timer)
        _ = session.runScript(text: text, path: nil, arguments: [])
        timer.cancel()
    }

    /// Commands a fuzzed script must not run: they wait, or page through the host.
    static let unsafeCommands = ["Start-Sleep", "Read-Host", "Out-Host", "Wait-Event"]
}

/// A host that keeps nothing and reads nothing.
