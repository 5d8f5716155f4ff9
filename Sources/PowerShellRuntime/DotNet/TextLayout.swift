// PowerShell's table, list and wide text layouts, measured in terminal display cells.

public enum Alignment: Sendable { case left, center, right }

public enum TextLayout {
    public static let ellipsis = "\u{2026}"

    // MARK: display width

    /// Cells a string occupies on a terminal: East Asian Wide/Fullwidth characters count 2,
    /// combining marks and other zero-width characters 0, ANSI escape sequences 0.
    public static func displayWidth(_ s: String) -> Int {
        var w = 0
        var allASCII = true
        for b in s.utf8 where b >= 0x80 || b < 0x20 { allASCII = false; break }
        if allASCII { return s.utf8.count }
        var it = s.unicodeScalars.makeIterator()
        while let u = it.next() {
            if u == "\u{1B}" {
                // CSI: ESC [ params final-byte(0x40–0x7E); OSC: ESC ] ... BEL or ESC \
                guard let n = it.next() else { break }
                if n == "[" {
                    while let c = it.next() { if c.value >= 0x40 && c.value <= 0x7E { break } }
                } else if n == "]" {
                    var prevEsc = false
                    while let c = it.next() {
                        if c == "\u{07}" || (prevEsc && c == "\\") { break }
                        prevEsc = c == "\u{1B}"
                    }
                }
                continue
            }
            w += scalarWidth(u)
        }
        return w
    }

    public static func scalarWidth(_ u: Unicode.Scalar) -> Int {
        let v = u.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        switch u.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B || (v >= 0xFE00 && v <= 0xFE0F) || (v >= 0x1160 && v <= 0x11FF) { return 0 }
        if isWide(v) { return 2 }
        return 1
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
             0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA,
             0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
             0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
             0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18AFF, 0x1B000...0x1B2FF,
             0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F64F,
             0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// The longest prefix of `s` that fits in `cells` display cells.
    public static func prefix(_ s: String, cells: Int) -> String {
        if cells <= 0 { return "" }
        var w = 0
        var out = ""
        for ch in s {
            let cw = displayWidth(String(ch))
            if w + cw > cells { break }
            out.append(ch); w += cw
        }
        return out
    }

    /// `s` cut to `width` cells, ending in "…" when it had to be shortened.
    public static func truncate(_ s: String, width: Int) -> String {
        if displayWidth(s) <= width { return s }
        if width <= 0 { return "" }
        return prefix(s, cells: width - 1) + ellipsis
    }

    static func pad(_ s: String, _ width: Int, _ a: Alignment) -> String {
        let w = displayWidth(s)
        if w >= width { return s }
        let fill = String(repeating: " ", count: width - w)
        return a == .left ? s + fill : fill + s
    }

    static func trimTrailingSpaces(_ s: String) -> String {
        var t = Substring(s)
        while t.last == " " { t.removeLast() }
        return String(t)
    }

    /// First line of a cell; a cell that had more lines shows "…" after its first one.
    static func cellText(_ s: String) -> String {
        guard let nl = s.firstIndex(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) else { return s }
        return String(s[..<nl]) + ellipsis
    }

    // MARK: table

    /// The longest suffix of `s` that fits in `cells` display cells.
    public static func suffix(_ s: String, cells: Int) -> String {
        if cells <= 0 { return "" }
        var w = 0
        var out: [Character] = []
        for ch in s.reversed() {
            let cw = displayWidth(String(ch))
            if w + cw > cells { break }
            out.append(ch); w += cw
        }
        return String(out.reversed())
    }

    /// A whole table at once, as pwsh lays out a table group it held back: each column as wide as
    /// its label or widest cell (or `fixedWidths[k]` when given), fitted to `maxWidth` by
    /// ColumnWidths (the last columns narrowed or dropped), labels wrapped within their columns,
    /// a line of dashes, then the rows (every line of a cell, wrapped, with `wrap`).
    public static func table(headers: [String], alignments: [Alignment], rows: [[String]], maxWidth: Int?, wrap: Bool = false, fixedWidths: [Int?] = []) -> [String] {
        let n = headers.count
        if n == 0 { return [] }
        var widths = headers.map(displayWidth)
        for row in rows {
            for k in 0..<min(n, row.count) { widths[k] = max(widths[k], TableWriter.hintCells(row[k])) }
        }
        for k in 0..<min(n, fixedWidths.count) {
            if let w = fixedWidths[k], w > 0 { widths[k] = w }
        }
        let writer = TableWriter(widths: widths, alignments: alignments, screenColumns: maxWidth ?? Int.max / 2, hideHeader: false)
        return writer.header(headers) + rows.flatMap { writer.row($0, multiLine: wrap) }
    }

    // MARK: list

    /// Format-List text: `label : value` with labels padded to the longest label. Values with
    /// several lines, or longer than the space left of `maxWidth`, continue on following lines
    /// indented by the label width plus 3. Long lines wrap at word boundaries (PowerShell's
    /// behaviour under English-family cultures).
    public static func list(_ entries: [(label: String, value: String)], maxWidth: Int?) -> [String] {
        list(entries, maxWidth: maxWidth, wordWrap: true)
    }

    /// `list` with a choice of wrapping: `wordWrap: false` splits long lines at exactly the
    /// available width (PowerShell's behaviour under other cultures, including the invariant one).
    public static func list(_ entries: [(label: String, value: String)], maxWidth: Int?, wordWrap: Bool, labelStyle: ((String) -> String)? = nil) -> [String] {
        var labelWidth = entries.map { displayWidth($0.label) }.max() ?? 0
        if let w = maxWidth { labelWidth = max(1, min(labelWidth, w - 3 - 1)) }
        let indent = String(repeating: " ", count: labelWidth + 3)
        let valueWidth = maxWidth.map { max(1, $0 - (labelWidth + 3)) }
        var out: [String] = []
        for e in entries {
            let label = displayWidth(e.label) > labelWidth ? prefix(e.label, cells: labelWidth) : e.label
            var head = pad(label, labelWidth, .left) + " : "
            if let labelStyle { head = labelStyle(head) }
            var lines: [String] = []
            for l in splitLines(e.value) {
                if let vw = valueWidth { lines.append(contentsOf: wrapLines(l, width: vw, wordWrap: wordWrap)) } else { lines.append(l) }
            }
            if lines.isEmpty { lines = [""] }
            for (k, l) in lines.enumerated() {
                out.append((k == 0 ? head : indent) + l)
            }
        }
        return out
    }

    /// Splits on "\n" (and "\r\n"); lone "\r" characters are dropped, as PowerShell does.
    static func splitLines(_ s: String) -> [String] {
        var lines: [String] = [""]
        for u in s.unicodeScalars {
            if u == "\n" { lines.append("") } else if u != "\r" { lines[lines.count - 1].unicodeScalars.append(u) }
        }
        return lines
    }

    /// Wraps one line to `width` cells. With `wordWrap`, words (ending at a space or tab, which
    /// stays with the word) move to the next line when they do not fit, and a word wider than a
    /// whole line is split by characters; without it the line is cut every `width` cells.
    static func wrapLines(_ s: String, width: Int, wordWrap: Bool) -> [String] {
        if displayWidth(s) <= width { return [s] }
        if !wordWrap { return wrap(s, width: width) }
        var words: [String] = []
        var cur = ""
        for ch in s {
            cur.append(ch)
            if ch == " " || ch == "\t" { words.append(cur); cur = "" }
        }
        words.append(cur)
        var out: [String] = []
        var line = ""
        var left = width
        for word in words where !word.isEmpty {
            let ww = displayWidth(word)
            if ww > width {
                for ch in word {
                    var c = ch
                    var cw = displayWidth(String(ch))
                    if cw > width { c = "?"; cw = 1 }
                    if cw > left { out.append(line); line = String(c); left = width - cw } else { line.append(c); left -= cw }
                }
            } else if ww > left {
                out.append(line); line = word; left = width - ww
            } else {
                line += word; left -= ww
            }
        }
        out.append(line)
        return out
    }

    /// Hard-wraps `s` into pieces of at most `width` display cells.
    static func wrap(_ s: String, width: Int) -> [String] {
        if displayWidth(s) <= width { return [s] }
        var out: [String] = []
        var cur = ""
        var w = 0
        for ch in s {
            var c = ch
            var cw = displayWidth(String(ch))
            if cw > width { c = "?"; cw = 1 }
            if w + cw > width && !cur.isEmpty { out.append(cur); cur = ""; w = 0 }
            cur.append(c); w += cw
        }
        if !cur.isEmpty { out.append(cur) }
        return out
    }

    // MARK: wide

    /// Format-Wide text: items in `columns` columns (two when nil) sharing `maxWidth` as pwsh's
    /// ColumnWidths shares it (equal widths, the cells left over to the first columns); an item
    /// wider than its column ends in "…".
    public static func wide(_ items: [String], columns: Int?, maxWidth: Int) -> [String] {
        if items.isEmpty { return [] }
        let perRow = max(1, columns ?? 2)
        let writer = TableWriter(widths: Array(repeating: 0, count: perRow), alignments: [], screenColumns: maxWidth, hideHeader: true)
        return stride(from: 0, to: items.count, by: perRow).flatMap { k -> [String] in
            let row = Array(items[k..<min(k + perRow, items.count)])
            return writer.row(row + Array(repeating: "", count: perRow - row.count))
        }
    }

    /// Format-Wide -AutoSize: as many items per row as fit strictly inside `maxWidth` at the widest
    /// item's width, then laid out like `wide`.
    public static func wideAutoSize(_ items: [String], maxWidth: Int) -> [String] {
        let widest = items.map(TableWriter.hintCells).max() ?? 0
        return wide(items, columns: TableWriter.wideItemsPerRow(itemWidth: widest, screenColumns: maxWidth), maxWidth: maxWidth)
    }
}
