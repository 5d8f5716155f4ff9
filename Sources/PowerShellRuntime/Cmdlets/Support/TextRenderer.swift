/// Objects to text lines the way Out-Default shows them (for Out-String, Out-File, Tee-Object):
/// scalars by their string form, objects with a registered table view or at most four properties
/// gathered into one table while the shape stays the same, others as lists, hashtables as
/// Name/Value tables, and text already laid out by Format-* verbatim.
///
/// With `leadingBlankLines` each table or list block starts with an empty line, as
/// PowerShell's own Out-String output does (`"\nName Seats\n---- -----\n..."`).
struct TextRenderer {
    let session: Session
    let width: Int

    func render(_ values: [Value], leadingBlankLines: Bool) -> [String] {
        var out: [String] = []
        var pending: [Value] = []
        var pendingColumns: [ViewColumn] = []
        var pendingGroup: ViewGroup?
        var pendingKey = ""
        let f = session.formatter

        func flush() {
            guard !pending.isEmpty else { return }
            for run in f.groupRuns(pending, by: pendingGroup) {
                if leadingBlankLines { out.append("") }
                if let header = run.header { out += [header, ""] }
                out += table(Array(run.items), columns: pendingColumns)
                out.append("")
            }
            pending = []
            pendingKey = ""
        }

        for v in values {
            switch v {
            case .automationNull:
                continue
            case .native(let n as FormattedText):
                flush()
                out += n.lines
            case .native(let n as ErrorRecord):
                flush()
                let view = LanguagePrimitives.toString(session.variable("ErrorView") ?? .string("ConciseView"))
                out += ErrorView.render(n, view: view, useColor: false, width: width).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            case .hashtable(let h):
                flush()
                let rows = f.hashtableRows(h)
                if rows.isEmpty { continue }
                if leadingBlankLines { out.append("") }
                out += table(rows, columns: Formatter.dictionaryColumns)
                out.append("")
            case .object, .native:
                let cols = f.displayProperties(v)
                if cols.isEmpty {
                    flush()
                    out += lines(of: LanguagePrimitives.toString(v))
                    continue
                }
                let view = session.views.view(for: v.typeNames)
                if view.map({ $0.shape == .table }) ?? (cols.count <= 4) {
                    let key = (view?.typeName ?? v.typeNames.first ?? "") + "|" + cols.map { CaseFold.fold($0.property) }.joined(separator: ",")
                    if key != pendingKey { flush() }
                    pendingKey = key
                    pendingColumns = cols
                    pendingGroup = view?.groupBy
                    pending.append(v)
                } else {
                    flush()
                    if leadingBlankLines { out.append("") }
                    out += list(v, columns: cols)
                    out.append("")
                }
            default:
                flush()
                out += lines(of: LanguagePrimitives.toString(v))
            }
        }
        flush()
        return out
    }

    func lines(of text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
    }

    /// A table of objects under the given columns (alignment from the first non-null value).
    func table(_ objects: [Value], columns: [ViewColumn]) -> [String] {
        let f = session.formatter
        let aligns: [Alignment] = columns.map { c in
            if let a = c.alignment { return a }
            let first = objects.lazy.map { f.property($0, c.property) }.first { !$0.isNull } ?? .null
            return TextRenderer.isRightAligned(first) ? .right : .left
        }
        let rows = objects.map { o in columns.enumerated().map { i, c -> String in
            let t = f.cellText(f.property(o, c.property))
            guard let w = c.width else { return t }
            return TextRenderer.fit(t, width: w, aligns[i])
        } }
        return TextLayout.table(headers: columns.map(\.label), alignments: aligns, rows: rows, maxWidth: width)
    }

    func list(_ object: Value, columns: [ViewColumn]) -> [String] {
        let f = session.formatter
        return TextLayout.list(columns.map { (label: $0.label, value: f.cellText(f.property(object, $0.property))) }, maxWidth: width)
    }

    /// A cell in a fixed-width column: cut with an ellipsis when longer, padded on the side
    /// away from its alignment when shorter.
    static func fit(_ t: String, width w: Int, _ alignment: Alignment) -> String {
        let cw = TextLayout.displayWidth(t)
        if cw > w { return TextLayout.truncate(t, width: w) }
        let pad = String(repeating: " ", count: w - cw)
        return alignment == .right ? pad + t : t + pad
    }

    /// Numbers and booleans are right-aligned in tables (FormatViewGenerator_Table.ComputeDefaultAlignment).
    static func isRightAligned(_ v: Value) -> Bool {
        switch ObjectAccess.base(v) {
        case .int, .long, .double, .decimal, .bool: return true
        default: return false
        }
    }
}
