// Table layout as PowerShell's TableWriter and ColumnWidthManager do it (System.Management.Automation
// FormatAndOutput/common/TableWriter.cs, ColumnWidthManager.cs, pwsh 7.4.6): columns separated by
// one space, fitted to the screen width, cells cut with "…", header labels wrapped within their
// column, rows optionally wrapped (Format-Table -Wrap).

/// Column widths fitted to a table width (ColumnWidthManager). A width of 0 means "not declared":
/// such columns start at the minimum of one cell and share the room left one cell at a time from
/// the left; when the table is still too wide, the last visible column shrinks by the excess, or
/// is hidden (width -1) when it would drop below one cell, until the table fits.
enum ColumnWidths {
    static let separator = 1
    static let minimum = 1

    static func fit(_ widths: [Int], tableWidth: Int) -> [Int] {
        var w = widths
        if assign(&w, tableWidth: tableWidth) { return w }
        trim(&w, tableWidth: tableWidth)
        return w
    }

    private static func totalWidth(_ w: [Int]) -> Int {
        var sum = 0, visible = 0
        for x in w where x > 0 { sum += x; visible += 1 }
        return sum + separator * (visible - 1)
    }

    /// Gives undeclared columns their widths; false when the table does not fit. The cells left
    /// over go round the undeclared columns one at a time from the left, as pwsh's loop hands
    /// them out (worked out here without the loop, so a 2,147,483,647-cell line costs nothing).
    private static func assign(_ w: inout [Int], tableWidth: Int) -> Bool {
        if w.allSatisfy({ $0 > 0 }) {
            return w.reduce(0, +) + separator * (w.count - 1) <= tableWidth
        }
        let free = w.indices.filter { w[$0] == 0 }
        for k in free { w[k] = minimum }
        let available = tableWidth - totalWidth(w)
        if available < 0 { return false }
        if free.isEmpty { return true }
        let each = available / free.count, extra = available % free.count
        for (n, k) in free.enumerated() { w[k] += each + (n < extra ? 1 : 0) }
        return true
    }

    /// Shrinks the last visible column by the excess, or hides it when it would keep less than
    /// one cell, until the table fits (one pass from the right).
    private static func trim(_ w: inout [Int], tableWidth: Int) {
        var total = totalWidth(w)
        var visible = w.filter { $0 > 0 }.count
        var last = (w.firstIndex { $0 < 0 } ?? w.count) - 1
        while total > tableWidth && last >= 0 {
            let shrunk = w[last] - (total - tableWidth)
            if shrunk < minimum {
                if w[last] > 0 {
                    total -= w[last] + (visible > 1 ? separator : 0)
                    visible -= 1
                }
                w[last] = -1
                last -= 1
            } else {
                w[last] = shrunk
                total = tableWidth
            }
        }
    }
}

/// One table's columns, fitted once, and the text of its header and rows.
struct TableWriter {
    /// Narrower than this and PowerShell writes no table at all.
    static let minimumScreenColumns = 5

    private(set) var widths: [Int] = []
    private var alignments: [Alignment] = []
    private(set) var disabled = false
    private let hideHeader: Bool
    private let hiddenAfter: Bool

    /// `hiddenAfter`: the row has more columns, all hidden (a wide list with more items a row than
    /// the line can show); the last column written is then padded like any other.
    init(widths declared: [Int], alignments: [Alignment], screenColumns: Int, hideHeader: Bool, hiddenAfter: Bool = false) {
        self.hideHeader = hideHeader
        self.hiddenAfter = hiddenAfter
        guard screenColumns >= TableWriter.minimumScreenColumns, !declared.isEmpty else { disabled = true; return }
        let fitted = ColumnWidths.fit(declared, tableWidth: screenColumns)
        guard fitted.contains(where: { $0 >= ColumnWidths.minimum }) else { disabled = true; return }
        widths = fitted
        self.alignments = (0..<fitted.count).map { $0 < alignments.count ? alignments[$0] : .left }
    }

    /// The header: the labels (wrapped within their columns) and a line of dashes as long as each
    /// label, at most the column's width; none when headers are hidden.
    func header(_ labels: [String]) -> [String] {
        if disabled || hideHeader { return [] }
        let values = (0..<widths.count).map { $0 < labels.count ? labels[$0] : "" }
        var lines = multiLineRow(values, alignments: alignments)
        let dashes = values.indices.map { k -> String in
            if widths[k] <= 0 { return "" }
            var count = widths[k]
            if !values[k].isEmpty { count = min(count, TextLayout.displayWidth(values[k])) }
            return String(repeating: "-", count: count)
        }
        lines.append(singleLineRow(dashes, alignments: alignments))
        return lines
    }

    /// One row: a cell's first line only (cut with "…" when it has more), unless `multiLine`
    /// (-Wrap), where every line shows and long lines wrap within the column.
    func row(_ values: [String], alignments cellAlignments: [Alignment?] = [], multiLine: Bool = false) -> [String] {
        if disabled { return [] }
        let n = widths.count
        let vals = (0..<n).map { $0 < values.count ? values[$0] : "" }
        let aligns = (0..<n).map { k in (k < cellAlignments.count ? cellAlignments[k] : nil) ?? alignments[k] }
        return multiLine ? multiLineRow(vals, alignments: aligns) : [singleLineRow(vals, alignments: aligns)]
    }

    private func singleLineRow(_ values: [String], alignments aligns: [Alignment]) -> String {
        var out = ""
        for k in widths.indices where widths[k] > 0 {
            if k > 0 { out += " " }
            let cell = TableWriter.field(values[k], width: widths[k], aligns[k], addPadding: hiddenAfter || k != widths.count - 1)
            out += cell
            // a cell that carries colour ends it (TableWriter.GenerateRow)
            if cell.utf8.contains(0x1B) && !TextLayout.trimTrailingSpaces(cell).hasSuffix(TextLayout.vtReset) { out += TextLayout.vtReset }
        }
        return out
    }

    private func multiLineRow(_ values: [String], alignments aligns: [Alignment]) -> [String] {
        let valid = widths.indices.filter { widths[$0] > 0 }
        if valid.isEmpty { return [] }
        var cells: [[String]] = []
        for (p, k) in valid.enumerated() {
            let addPadding = p != valid.count - 1
            var lines = TextLayout.splitLines(values[k]).flatMap { TextLayout.wrapLines($0, width: widths[k], wordWrap: true) }
            if lines.isEmpty { lines = [""] }
            if addPadding || aligns[k] != .left {
                lines = lines.map { TextLayout.displayWidth($0) < widths[k] ? TableWriter.field($0, width: widths[k], aligns[k], addPadding: addPadding) : $0 }
            }
            if p > 0 { lines = lines.map { " " + $0 } }
            cells.append(lines)
        }
        let height = cells.map(\.count).max() ?? 1
        // the last column with content on each screen row: nothing is written after it
        let lastWithContent = (0..<height).map { r in cells.indices.last { cells[$0].count > r } ?? 0 }
        for (p, k) in valid.enumerated() where cells[p].count < height {
            let blank = p < valid.count - 1 ? String(repeating: " ", count: widths[k] + (p > 0 ? 1 : 0)) : ""
            for r in cells[p].count..<height { cells[p].append(p > lastWithContent[r] ? "" : blank) }
        }
        return (0..<height).map { r in
            var line = ""
            for p in cells.indices {
                var v = cells[p][r]
                if p == lastWithContent[r] && height > 1 { v = TextLayout.trimTrailingSpaces(v) }
                line += v
            }
            return line
        }
    }

    /// A cell fitted to its column (TableWriter.GenerateRowField): cut to the first line (ending in
    /// "…" when there were more); when too long, cut with "…" at the end, or at the start when
    /// right-aligned; when short, padded away from its alignment — except after the last column.
    static func field(_ value: String, width: Int, _ alignment: Alignment, addPadding: Bool) -> String {
        var s = TextLayout.cellText(value)
        let length = TextLayout.displayWidth(s)
        if length < width {
            let pad = width - length
            switch alignment {
            case .right: s = String(repeating: " ", count: pad) + s
            case .center:
                s = String(repeating: " ", count: pad / 2) + s
                if addPadding { s += String(repeating: " ", count: pad - pad / 2) }
            case .left:
                if addPadding { s += String(repeating: " ", count: pad) }
            }
        } else if length > width {
            let keep = width - 1
            if keep > 0 {
                s = alignment == .right ? TextLayout.ellipsis + TextLayout.suffix(s, cells: keep) : TextLayout.prefix(s, cells: keep) + TextLayout.ellipsis
            } else {
                s = alignment == .right ? TextLayout.suffix(s, cells: width) : TextLayout.prefix(s, cells: width)
            }
        }
        // a double-width character cut in half leaves the cell one short
        if TextLayout.displayWidth(s) == width { return s }
        switch alignment {
        case .right: return " " + s
        default: return addPadding ? s + " " : s
        }
    }

    /// Cells a value needs when a cached group sizes its columns: every character counts, line
    /// breaks included, as PowerShell's DisplayCells counts them.
    static func hintCells(_ s: String) -> Int { TextLayout.displayWidth(s) }

    /// Format-Wide -AutoSize: the most items per row that fit strictly inside the screen
    /// (TableWriter.ComputeWideViewBestItemsPerRowFit).
    static func wideItemsPerRow(itemWidth: Int, screenColumns: Int) -> Int {
        if itemWidth <= 0 || screenColumns < 1 || itemWidth >= screenColumns { return 1 }
        var n = 1
        while itemWidth * (n + 1) + n * ColumnWidths.separator < screenColumns { n += 1 }
        return n
    }
}
