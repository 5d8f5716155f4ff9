/// What a completer proposes for the text before the cursor: the candidates replace the characters
/// from `replacementStart` (a Character offset into the line) up to the cursor.
public struct CompletionReply: Sendable, Equatable {
    public var replacementStart: Int
    /// Texts that replace the word (`-AddLicenses`, `'Domain Admins'`).
    public var candidates: [String]
    /// What the list shows for each candidate (often the same text); same count as `candidates`.
    public var listItems: [String]

    public init(replacementStart: Int, candidates: [String], listItems: [String]? = nil) {
        self.replacementStart = replacementStart
        self.candidates = candidates
        self.listItems = listItems ?? candidates
    }

    public static let none = CompletionReply(replacementStart: 0, candidates: [])
}

/// Bash-style Tab: one candidate replaces the word; several extend it to their common prefix; when
/// that adds nothing, the second Tab lists them.
public enum TabAction: Equatable {
    case replace(String)
    case list([String])
    case bell
}

public enum TabCompletion {
    /// - Parameters:
    ///   - word: the text being replaced (from `replacementStart` to the cursor).
    ///   - repeated: true when this Tab follows a Tab that changed nothing.
    public static func action(for reply: CompletionReply, word: String, repeated: Bool) -> TabAction {
        switch reply.candidates.count {
        case 0:
            return .bell
        case 1:
            return reply.candidates[0] == word ? .bell : .replace(reply.candidates[0])
        default:
            let common = commonPrefix(reply.candidates)
            if common.count > word.count, common.lowercased().hasPrefix(word.lowercased()) {
                return .replace(common)
            }
            return repeated ? .list(reply.listItems) : .bell
        }
    }

    /// The longest case-insensitively shared prefix, spelled as the first candidate spells it.
    public static func commonPrefix(_ items: [String]) -> String {
        guard var prefix = items.first.map({ Array($0) }) else { return "" }
        for item in items.dropFirst() {
            let chars = Array(item)
            var n = 0
            while n < prefix.count, n < chars.count, prefix[n].lowercased() == chars[n].lowercased() { n += 1 }
            prefix.removeLast(prefix.count - n)
        }
        return String(prefix)
    }

    /// At most `limit` items are listed (a 100,000-user tenant can match them all), then a line
    /// saying how many more there are.
    public static func listing(_ items: [String], width: Int, limit: Int = 200) -> [String] {
        guard items.count > limit else { return columns(items, width: width) }
        return columns(Array(items.prefix(limit)), width: width) + ["... and \(items.count - limit) more; type more characters to narrow the list"]
    }

    /// The items in columns (down, then across) for a terminal `width` cells wide.
    public static func columns(_ items: [String], width: Int) -> [String] {
        guard !items.isEmpty else { return [] }
        let cellWidth = (items.map(\.count).max() ?? 0) + 2
        let perRow = max(1, min(items.count, max(1, width) / max(1, cellWidth)))
        let rows = (items.count + perRow - 1) / perRow
        var lines: [String] = []
        for r in 0..<rows {
            var line = ""
            var c = 0
            while c < perRow {
                let i = c * rows + r
                guard i < items.count else { break }
                let isLast = (c + 1) * rows + r >= items.count || c == perRow - 1
                line += isLast ? items[i] : items[i] + String(repeating: " ", count: max(0, cellWidth - items[i].count))
                c += 1
            }
            lines.append(line)
        }
        return lines
    }
}
