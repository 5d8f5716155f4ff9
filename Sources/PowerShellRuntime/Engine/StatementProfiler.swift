import Foundation
import PowerShellSyntax

/// A developer's tool: with `LICENSELAB_PROFILE=FILE` in the environment, the session times every
/// statement it runs and, at the end of the run, writes to FILE one line per source line that ran:
/// the time spent in its statements (inclusive: a loop's line includes its body), how often they
/// ran, and the line's text, slowest first. It answers "where does this script's time go?"
/// (docs/performance.md, "Profiling a script").
final class StatementProfiler {
    struct Key: Hashable {
        let source: ObjectIdentifier
        let line: Int
    }
    private struct Entry {
        var nanoseconds: UInt64 = 0
        var count = 0
        let source: SourceText
    }
    private var entries: [Key: Entry] = [:]
    /// Statements running now, per nesting level: a line's time counts once even when the
    /// statement on it runs another statement on the same line (`foreach (...) { ... }` on one line).
    private var open: [Key: Int] = [:]
    let outputPath: String

    init(outputPath: String) { self.outputPath = outputPath }

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    struct Token {
        let key: Key
        let start: UInt64
    }

    /// Starts timing a statement (a statement nested on the same line adds no time of its own).
    func begin(_ extent: Extent) -> Token {
        let key = Key(source: ObjectIdentifier(extent.source), line: extent.startLine)
        let depth = open[key, default: 0]
        open[key] = depth + 1
        return Token(key: key, start: depth == 0 ? Self.now() : 0)
    }

    func end(_ token: Token, source: SourceText) {
        let key = token.key
        let depth = open[key, default: 1] - 1
        open[key] = depth
        var entry = entries[key] ?? Entry(source: source)
        entry.count += 1
        if depth == 0 { entry.nanoseconds &+= Self.now() &- token.start }
        entries[key] = entry
    }

    /// The report, slowest line first.
    func report() -> String {
        var lines = ["milliseconds      count  location  text"]
        for (key, entry) in entries.sorted(by: { $0.value.nanoseconds > $1.value.nanoseconds }) {
            let name = entry.source.fileName.map { ($0 as NSString).lastPathComponent } ?? "<command>"
            let text = entry.source.lineText(key.line).trimmingCharacters(in: .whitespaces)
            let ms = String(format: "%12.1f", Double(entry.nanoseconds) / 1e6)
            let count = String(format: "%10d", entry.count)
            lines.append("\(ms) \(count)  \(name):\(key.line)  \(text.prefix(100))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func write() {
        try? report().write(toFile: outputPath, atomically: true, encoding: .utf8)
    }
}

extension Session {
    /// Writes the statement profile when `LICENSELAB_PROFILE` asked for one (licenselab calls this
    /// at the end of a run).
    public func writeProfile() { profiler?.write() }
}
