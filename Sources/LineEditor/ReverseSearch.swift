/// Ctrl-R's incremental search back through the history, as PSReadLine's ReverseSearchHistory
/// does it: each character typed narrows the search to entries containing the text (ignoring
/// case), starting from the entry shown; Ctrl-R again goes to the next older match; Backspace
/// widens the search again from the newest entry. The status PSReadLine shows under the line is
/// `bck-i-search: TEXT_`.
public struct ReverseSearch {
    public static let label = "bck-i-search: "

    private let entries: [String]
    public private(set) var text = ""
    /// Index in `entries` of the entry shown; nil before anything matched.
    public private(set) var position: Int?
    /// False when the last key found nothing (the line keeps the previous match; the bell rings).
    public private(set) var found = true

    /// - Parameter entries: oldest first, as `HistoryFile.entries`.
    public init(entries: [String]) { self.entries = entries }

    /// The entry shown, or nil before anything matched.
    public var match: String? { position.map { entries[$0] } }

    /// The status line under the edited line.
    public var status: String { ReverseSearch.label + text + "_" }

    public mutating func type(_ character: Character) {
        text.append(character)
        search(from: position ?? entries.count - 1)
    }

    public mutating func backspace() {
        guard !text.isEmpty else { return }
        text.removeLast()
        position = nil
        if text.isEmpty { found = true; return }
        search(from: entries.count - 1)
    }

    /// Ctrl-R again: the next older entry with the text.
    public mutating func older() {
        guard let p = position else { search(from: entries.count - 1); return }
        search(from: p - 1)
    }

    private mutating func search(from start: Int) {
        let needle = text.lowercased()
        var i = min(start, entries.count - 1)
        while i >= 0 {
            if needle.isEmpty || entries[i].lowercased().contains(needle) {
                position = i
                found = true
                return
            }
            i -= 1
        }
        found = false
    }
}
