// PowerShell's table, list and wide text layouts, measured in terminal display cells.

public enum Alignment: Sendable { case left, center, right }

public enum TextLayout {
    public static let ellipsis = "\u{2026}"

    // MARK: display width

    /// Cells a string takes as PowerShell's formatter counts them (DisplayCells in ILineOutput.cs):
    /// VT escape sequences take none; every UTF-16 unit takes one, or two in the East Asian wide
    /// ranges pwsh lists (CJK, Hangul, fullwidth forms). Combining marks and control characters
    /// count one each, as in pwsh, so LicenseLab's tables line up exactly where pwsh's do.
    public static func displayWidth(_ s: String) -> Int {
        var plain = true
        for b in s.utf8 where b >= 0x80 || b == 0x1B { plain = false; break }
        if plain { return s.utf8.count }
        var w = 0
        for u in units(s) { w += u.cells }
        return w
    }

    /// Cells of one UTF-16 unit (DisplayCells.CharLengthInBufferCells).
    static func unitCells(_ c: UInt16) -> Int {
        let wide = c >= 0x1100 && (c <= 0x115F || c == 0x2329 || c == 0x232A
            || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) || (c >= 0xAC00 && c <= 0xD7A3)
            || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE10 && c <= 0xFE19) || (c >= 0xFE30 && c <= 0xFE6F)
            || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6))
        return wide ? 2 : 1
    }

    /// The string as display units: each character with its cells, and each VT escape sequence
    /// (CSI `ESC [ … final`, OSC `ESC ] … BEL|ESC \\`) as one unit of no width that is never cut.
    static func units(_ s: String) -> [(text: String, cells: Int)] {
        var out: [(text: String, cells: Int)] = []
        var it = s.makeIterator()
        while let ch = it.next() {
            guard ch == "\u{1B}" else {
                var cells = 0
                for u in ch.utf16 { cells += unitCells(u) }
                out.append((String(ch), cells))
                continue
            }
            var seq = String(ch)
            if let n = it.next() {
                seq.append(n)
                if n == "[" {
                    while let c = it.next() {
                        seq.append(c)
                        if let a = c.asciiValue, a >= 0x40 && a <= 0x7E { break }
                    }
                } else if n == "]" {
                    var prevEsc = false
                    while let c = it.next() {
                        seq.append(c)
                        if c == "\u{07}" || (prevEsc && c == "\\") { break }
                        prevEsc = c == "\u{1B}"
                    }
                }
            }
            out.append((seq, 0))
        }
        return out
    }

    static let vtReset = "\u{1B}[0m"

    /// The longest prefix of `s` that fits in `cells` display cells (escape sequences kept whole).
    public static func prefix(_ s: String, cells: Int) -> String {
        if cells <= 0 { return "" }
        var w = 0
        var out = ""
        for u in units(s) {
            if w + u.cells > cells { break }
            out += u.text
            w += u.cells
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
        // most cells are one line: look at the bytes before walking characters
        guard s.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return s }
        guard let nl = s.firstIndex(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) else { return s }
        return String(s[..<nl]) + ellipsis
    }

    // MARK: table

    /// The longest suffix of `s` that fits in `cells` display cells (escape sequences kept whole).
    public static func suffix(_ s: String, cells: Int) -> String {
        if cells <= 0 { return "" }
        var w = 0
        var kept: [String] = []
        for u in units(s).reversed() {
            if w + u.cells > cells { break }
            kept.append(u.text)
            w += u.cells
        }
        return kept.reversed().joined()
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
    /// whole line is split by characters; without it the line is cut every `width` cells. Escape
    /// sequences are never split and take no room.
    static func wrapLines(_ s: String, width: Int, wordWrap: Bool) -> [String] {
        if displayWidth(s) <= width { return [s] }
        if !wordWrap { return wrap(s, width: width) }
        var words: [[(text: String, cells: Int)]] = []
        var cur: [(text: String, cells: Int)] = []
        for u in units(s) {
            cur.append(u)
            if u.text == " " || u.text == "\t" { words.append(cur); cur = [] }
        }
        words.append(cur)
        var out: [String] = []
        var line = ""
        var left = width
        for word in words where !word.isEmpty {
            let ww = word.reduce(0) { $0 + $1.cells }
            if ww > width {
                for u in word {
                    var text = u.text, cw = u.cells
                    if cw > width { text = "?"; cw = 1 }
                    if cw > left { out.append(line); line = text; left = width - cw } else { line += text; left -= cw }
                }
            } else if ww > left {
                out.append(line); line = word.map(\.text).joined(); left = width - ww
            } else {
                line += word.map(\.text).joined(); left -= ww
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
        for u in units(s) {
            var text = u.text, cw = u.cells
            if cw > width { text = "?"; cw = 1 }
            if w + cw > width && !cur.isEmpty { out.append(cur); cur = ""; w = 0 }
            cur += text; w += cw
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
