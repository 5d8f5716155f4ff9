import Foundation

/// How a comparison treats empty lines.
public enum BlankLines: Sendable {
    /// Every empty line counts, at the start and at the end too: pwsh's empty lines around tables
    /// and lists are part of its output. What this repository's goldens use.
    case exact
    /// Runs of empty lines count as one and empty lines at the start and end are dropped: the rule
    /// of `../shared/acceptance/run`, whose `.out` files are written for it and are not ours to change.
    case squeezed
}

/// The one normaliser of script output before it is compared with expected text, in goldens and
/// in any test that compares what a script printed: CRLF becomes LF, each line loses its trailing
/// spaces and tabs, and one final newline is dropped. With `.squeezed`, empty lines are also
/// treated as the shared acceptance runner treats them.
public func normalise(_ text: String, blankLines: BlankLines = .exact) -> String {
    var t = text.replacingOccurrences(of: "\r\n", with: "\n")
    if t.hasSuffix("\n") { t.removeLast() }
    var lines = t.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
        var l = Substring(line)
        while l.last == " " || l.last == "\t" { l.removeLast() }
        return String(l)
    }
    if blankLines == .squeezed {
        var squeezed: [String] = []
        for l in lines where !(l.isEmpty && (squeezed.last?.isEmpty ?? true)) { squeezed.append(l) }
        while squeezed.last?.isEmpty == true { squeezed.removeLast() }
        lines = squeezed
    }
    return lines.joined(separator: "\n")
}
