/// Up/Down through the history. With text on the line, only entries that start with that text
/// (case-insensitively) are visited — PSReadLine's HistorySearchBackward/Forward, which users ask
/// to have on the arrow keys; with an empty line every entry is. Going past the newest entry brings
/// back what was typed.
public struct HistoryNavigator {
    /// Position in the entries of the entry on the line; nil while the user's own text is there.
    public private(set) var position: Int?
    private var prefix = ""
    private var typed = ""
    /// The text the navigator last put on the line; any other text means the user edited it,
    /// which starts a new search from that text.
    private var shown: String?

    public init() {}

    public mutating func reset() {
        position = nil
        shown = nil
    }

    /// The older entry to show, or nil when there is none (ring the bell).
    public mutating func older(in entries: [String], line: String) -> String? {
        if shown != line { startSearch(line: line) }
        var i = (position ?? entries.count) - 1
        while i >= 0 {
            if i < entries.count, matches(entries[i]) { return show(entries[i], at: i) }
            i -= 1
        }
        return nil
    }

    /// The newer entry to show, the typed text after the newest match, or nil when already there.
    public mutating func newer(in entries: [String], line: String) -> String? {
        guard shown == line, let current = position else { return nil }
        var i = current + 1
        while i < entries.count {
            if matches(entries[i]) { return show(entries[i], at: i) }
            i += 1
        }
        position = nil
        shown = typed
        return typed
    }

    private mutating func startSearch(line: String) {
        typed = line
        prefix = line.lowercased()
        position = nil
    }

    private func matches(_ entry: String) -> Bool {
        prefix.isEmpty || (entry.lowercased().hasPrefix(prefix) && entry.lowercased() != prefix)
    }

    private mutating func show(_ entry: String, at index: Int) -> String {
        position = index
        shown = entry
        return entry
    }
}
