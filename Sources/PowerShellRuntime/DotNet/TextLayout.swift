// PowerShell's table, list and wide text layouts, measured in terminal display cells.

public enum Alignment: Sendable { case left, right }

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

    /// A cell fitted to `width` cells as PowerShell's table writer does: too long → cut with "…"
    /// (left-aligned keeps the head, right-aligned keeps the tail); short → padded.
    static func fitCell(_ value: String, _ width: Int, _ a: Alignment) -> String {
        var s = value
        let len = displayWidth(s)
        if len > width {
            if width - 1 > 0 {
                s = a == .right ? ellipsis + suffix(s, cells: width - 1) : prefix(s, cells: width - 1) + ellipsis
            } else {
                s = a == .right ? suffix(s, cells: width) : prefix(s, cells: width)
            }
        }
        return pad(s, width, a)
    }

    /// Column widths after PowerShell's ColumnWidthManager trimming: while the table is too wide,
    /// the last visible column shrinks by the excess, or is hidden (-1) when it would drop below
    /// one cell.
    static func trimToFit(_ widths: [Int], maxWidth: Int) -> [Int] {
        var w = widths
        while true {
            let visible = w.filter { $0 > 0 }
            let total = visible.reduce(0, +) + max(0, visible.count - 1)
            let excess = total - maxWidth
            if excess <= 0 { return w }
            guard let last = w.lastIndex(where: { $0 > 0 }) else { return w }
            let shrunk = w[last] - excess
            if shrunk < 1 { w[last] = -1 } else { w[last] = shrunk }
        }
    }

    /// Format-Table text: header line(s), dashes line (each as long as its header, at most the
    /// column width, aligned like the header), then the rows. Columns are as wide as their widest
    /// cell (header included), separated by one space; right-aligned columns pad on the left.
    /// No line ends in white space. When `maxWidth` is given and the table is wider, the last
    /// columns are narrowed (cells end in "…") or dropped as PowerShell 7 does; a header longer
    /// than its narrowed column wraps onto further header lines.
    public static func table(headers: [String], alignments: [Alignment], rows: [[String]], maxWidth: Int?) -> [String] {
        table(headers: headers, alignments: alignments, rows: rows, maxWidth: maxWidth, wrap: false)
    }

    /// `table` with Format-Table -Wrap: with `wrap`, cells keep all their lines and wrap within
    /// their column (at words) instead of being cut with "…"; a column is as wide as its
    /// longest line.
    public static func table(headers: [String], alignments: [Alignment], rows: [[String]], maxWidth: Int?, wrap: Bool) -> [String] {
        table(headers: headers, alignments: alignments, rows: rows, maxWidth: maxWidth, wrap: wrap, fixedWidths: [])
    }

    /// `table` where some columns have a width given by the view or a calculated property's
    /// `Width` key (`fixedWidths[k]` non-nil and > 0); the others size to their content.
    public static func table(headers: [String], alignments: [Alignment], rows: [[String]], maxWidth: Int?, wrap: Bool, fixedWidths: [Int?]) -> [String] {
        let n = headers.count
        if n == 0 { return [] }
        let aligns = (0..<n).map { $0 < alignments.count ? alignments[$0] : .left }
        let cells: [[String]] = rows.map { row in (0..<n).map { $0 < row.count ? (wrap ? row[$0] : cellText(row[$0])) : "" } }
        var widths = headers.map { max(1, displayWidth($0)) }
        for row in cells {
            for k in 0..<n {
                let w = wrap ? (splitLines(row[k]).map(displayWidth).max() ?? 0) : displayWidth(row[k])
                widths[k] = max(widths[k], w)
            }
        }
        for k in 0..<min(n, fixedWidths.count) {
            if let w = fixedWidths[k], w > 0 { widths[k] = w }
        }
        if let maxW = maxWidth, maxW > 0 { widths = trimToFit(widths, maxWidth: maxW) }
        let visible = (0..<n).filter { widths[$0] > 0 }
        if visible.isEmpty { return [] }
        func line(_ values: [String]) -> String {
            let parts = visible.map { fitCell(values[$0], widths[$0], aligns[$0]) }
            return trimTrailingSpaces(parts.joined(separator: " "))
        }
        var out: [String] = []
        // header labels wrap within their column
        let headerChunks: [[String]] = (0..<n).map { k in widths[k] > 0 ? wrapLines(cellText(headers[k]), width: widths[k], wordWrap: true) : [] }
        let headerLines = visible.map { headerChunks[$0].count }.max() ?? 1
        for r in 0..<max(1, headerLines) {
            out.append(line((0..<n).map { k in r < headerChunks[k].count ? headerChunks[k][r] : "" }))
        }
        out.append(line((0..<n).map { k in String(repeating: "-", count: max(0, min(widths[k], displayWidth(headers[k])))) }))
        for row in cells {
            if !wrap { out.append(line(row)); continue }
            let pieces: [[String]] = (0..<n).map { k in
                widths[k] > 0 ? splitLines(row[k]).flatMap { wrapLines($0, width: widths[k], wordWrap: true) } : []
            }
            let height = max(1, visible.map { pieces[$0].count }.max() ?? 1)
            for r in 0..<height {
                out.append(line((0..<n).map { k in r < pieces[k].count ? pieces[k][r] : "" }))
            }
        }
        return out
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
    public static func list(_ entries: [(label: String, value: String)], maxWidth: Int?, wordWrap: Bool) -> [String] {
        var labelWidth = entries.map { displayWidth($0.label) }.max() ?? 0
        if let w = maxWidth { labelWidth = max(1, min(labelWidth, w - 3 - 1)) }
        let indent = String(repeating: " ", count: labelWidth + 3)
        let valueWidth = maxWidth.map { max(1, $0 - (labelWidth + 3)) }
        var out: [String] = []
        for e in entries {
            let label = displayWidth(e.label) > labelWidth ? prefix(e.label, cells: labelWidth) : e.label
            let head = pad(label, labelWidth, .left) + " : "
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

    /// Format-Wide text: items left-aligned in `columns` equal columns across `maxWidth` (two when
    /// `columns` is nil); an item wider than its column ends in "…".
    public static func wide(_ items: [String], columns: Int?, maxWidth: Int) -> [String] {
        if items.isEmpty { return [] }
        let cols = max(1, columns ?? 2)
        // the screen width is shared out as PowerShell's ColumnWidthManager does: every column
        // gets the same width and the cells left over go one by one to the first columns
        let avail = max(cols, maxWidth - (cols - 1))
        let widths = (0..<cols).map { avail / cols + ($0 < avail % cols ? 1 : 0) }
        var out: [String] = []
        var k = 0
        while k < items.count {
            let rowItems = Array(items[k..<min(k + cols, items.count)])
            let parts = rowItems.enumerated().map { pad(truncate($1, width: widths[$0]), widths[$0], .left) }
            out.append(trimTrailingSpaces(parts.joined(separator: " ")))
            k += cols
        }
        return out
    }

    /// Format-Wide -AutoSize: as many columns as fit strictly inside `maxWidth` (PowerShell's
    /// ComputeWideViewBestItemsPerRowFit), each as wide as the widest item.
    public static func wideAutoSize(_ items: [String], maxWidth: Int) -> [String] {
        let w = items.map(displayWidth).max() ?? 0
        let cols = w >= maxWidth ? 1 : max(1, maxWidth / (w + 1))
        var out: [String] = []
        var k = 0
        while k < items.count {
            let parts = items[k..<min(k + cols, items.count)].map { pad($0, w, .left) }
            out.append(trimTrailingSpaces(parts.joined(separator: " ")))
            k += cols
        }
        return out
    }
}
