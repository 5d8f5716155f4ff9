import Foundation

/// Text already laid out by Format-Table / Format-List / Format-Wide (what Out-Default prints verbatim).
public final class FormattedText: NativeObject {
    public let lines: [String]
    public init(lines: [String]) { self.lines = lines }
    public var typeName: String { "Microsoft.PowerShell.Commands.Internal.Format.FormatEntryData" }
    public func toString() -> String { lines.joined(separator: "\n") }
}

/// Shared formatting: cell text, property selection, table and list blocks.
public struct Formatter {
    unowned let session: Session

    /// A value as it appears in a table cell or list value: collections as `{a, b, c…}`.
    public func cellText(_ v: Value) -> String {
        let limit = (try? LanguagePrimitives.toInt(session.variable("FormatEnumerationLimit") ?? .int(4))) ?? 4
        switch v {
        case .null, .automationNull: return ""
        case .array, .native:
            if case .native(let n) = v, n is PSException || n is ErrorRecord { return LanguagePrimitives.toString(v) }
            guard let items = v.enumerated() else { return LanguagePrimitives.toString(v) }
            var parts = items.prefix(limit < 0 ? items.count : limit).map { LanguagePrimitives.elementString($0) }
            var text = parts.joined(separator: ", ")
            if limit >= 0 && items.count > limit { text += "…"; parts = [] }
            return "{" + text + "}"
        case .dateTime(let d): return d.toString("M/d/yyyy h:mm:ss tt")
        default: return LanguagePrimitives.toString(v)
        }
    }

    /// Property names shown for an object: its registered view, else all properties.
    public func displayProperties(_ v: Value) -> [ViewColumn] {
        if let view = session.views.view(for: v.typeNames) { return view.columns }
        switch v {
        case .object(let o): return o.properties.map { ViewColumn($0.name) }
        case .native(let n): return n.propertyNames.map { ViewColumn($0) }
        case .hashtable: return [ViewColumn("Name"), ViewColumn("Value")]
        default: return []
        }
    }

    /// A cell's value. The intrinsic Count and Length every object answers in scripts are not
    /// properties to the formatter: a directory's Size cell stays empty, as in pwsh.
    public func property(_ v: Value, _ name: String) -> Value {
        if case .object(let o) = v, o.baseObject == nil, o.member(name) == nil { return .null }
        return (try? session.getMember(v, name)) ?? .null
    }

    /// The built-in DictionaryEntry view: Name padded to 30 cells, Value left-aligned.
    public static let dictionaryColumns = [ViewColumn("Name", alignment: .left, width: 30), ViewColumn("Value", alignment: .left)]

    static func isRightAligned(_ v: Value) -> Bool {
        switch v {
        case .int, .long, .double, .decimal, .bool: return true
        default: return false
        }
    }

    /// Table lines (header, dashes, rows) for objects under the given columns.
    public func tableLines(_ objects: [Value], columns: [ViewColumn]) -> [String] {
        let rows = objects.map { o in columns.map { c -> String in
            let t = cellText(property(o, c.property))
            if let w = c.width { return t + String(repeating: " ", count: max(0, w - TextLayout.displayWidth(t))) }
            return t
        } }
        let aligns: [Alignment] = columns.map { c in
            if let a = c.alignment { return a }
            let firstNonNull = objects.lazy.map { self.property($0, c.property) }.first { !$0.isNull } ?? .null
            return Formatter.isRightAligned(firstNonNull) ? .right : .left
        }
        return TextLayout.table(headers: columns.map(\.label), alignments: aligns, rows: rows, maxWidth: session.host.windowWidth)
    }

    public func listLines(_ object: Value, columns: [ViewColumn]) -> [String] {
        let entries = columns.map { (label: $0.label, value: cellText(property(object, $0.property))) }
        return TextLayout.list(entries, maxWidth: session.host.windowWidth)
    }

    /// Runs of consecutive objects with the same value of a view's group property, each with its
    /// header line (`   TypeName: System.String`); one run without a header when `group` is nil.
    public func groupRuns(_ objects: [Value], by group: ViewGroup?) -> [(header: String?, items: ArraySlice<Value>)] {
        guard let g = group else { return [(nil, objects[...])] }
        var runs: [(header: String?, items: ArraySlice<Value>)] = []
        var start = 0
        while start < objects.count {
            let key = cellText(property(objects[start], g.property))
            var end = start + 1
            while end < objects.count, cellText(property(objects[end], g.property)) == key { end += 1 }
            runs.append((g.header(key), objects[start..<end]))
            start = end
        }
        return runs
    }

    /// Hashtable shown as a Name/Value table.
    public func hashtableRows(_ h: PSHashtable) -> [Value] {
        h.entries.map { .object(PSObject(properties: [("Name", $0.key), ("Value", $0.value)], typeName: "System.Collections.DictionaryEntry")) }
    }
}

extension Session {
    public var formatter: Formatter { Formatter(session: self) }

}

/// Out-Default: strings and scalars print their string form. The first object of a run decides
/// the view (a registered view for its type, else ≤4 properties → table, more → list) and later
/// objects join that view while they have no other registered view — as PowerShell does, a
/// later object's extra properties are not shown in a table started by another shape. A scalar,
/// an error or the end of the statement list closes the group.
///
/// Blank lines: a block (table, list, formatted text) is separated from the block that follows
/// it by one blank line, but plain lines (strings, scalars, Write-Host text) follow a block
/// directly. That is the layout the acceptance scripts pin (shared/acceptance: formatting.ps1
/// has blank lines between consecutive tables and lists; duplicate-proxy-address.ps1 has none
/// between a list and the scalars around it). At the end of an interactive entry the owed blank
/// line is written, so the prompt stands apart from a table as in pwsh.
final class OutDefaultWriter {
    unowned let session: Session
    private enum Shape { case table, list }
    private var shape: Shape?
    private var columns: [ViewColumn] = []
    private var viewType: String?
    private var groupBy: ViewGroup?
    private var pending: [Value] = []
    /// Where text goes: the host, or a file for `>` redirection (no colours there).
    private let sink: ((String) -> Void)?
    /// A block was written last; the next block starts with a blank line.
    private var blankOwed = false

    init(session: Session, sink: ((String) -> Void)? = nil) {
        self.session = session
        self.sink = sink
    }

    private var useColor: Bool { sink == nil && session.host.useColor }

    func write(_ v: Value) throws {
        let f = session.formatter
        // Out-Default enumerates collections it receives as one object (`,$list`, -NoEnumerate).
        if case .array(let a) = v {
            for item in a.items { try write(item) }
            return
        }
        if case .native(let n) = v, !(n is PSException), !(n is ErrorRecord), let items = n.enumerated() {
            for item in items { try write(item) }
            return
        }
        switch v {
        case .automationNull, .null: return
        case .native(let n as FormattedText):
            flush()
            var lines = n.lines
            let endsWithBlank = lines.last == ""
            while lines.last == "" { lines.removeLast() }
            if lines.isEmpty { return }
            if endsWithBlank { emitBlock(lines) } else { emitLines(lines) }
        case .native(let n as ErrorRecord):
            flush()
            let view = LanguagePrimitives.toString(session.variable("ErrorView") ?? .string("ConciseView"))
            emitLines([ErrorView.render(n, view: view, useColor: useColor, width: session.host.windowWidth)])
        case .hashtable(let h):
            flush()
            let rows = f.hashtableRows(h)
            if rows.isEmpty { return }
            emitBlock(colourTable(f.tableLines(rows, columns: Formatter.dictionaryColumns)))
        case .object, .native:
            try writeObject(v)
        case .guid, .timeSpan:
            try writeObject(v)
        case .dateTime(let d):
            // A DateTime on its own prints in the en-US long form (`Sunday, November 29, 2026 6:55:39 AM`).
            flush()
            emitLines([d.longDisplayString])
        default:
            flush()
            emitLines([LanguagePrimitives.toString(v)])
        }
    }

    /// An object with properties: joins the current view or starts a new group.
    private func writeObject(_ v: Value) throws {
        let f = session.formatter
        let view = session.views.view(for: v.typeNames)
        if shape != nil && view?.typeName == viewType {
            append(v)
            return
        }
        let cols = f.displayProperties(v)
        flush()
        if cols.isEmpty {
            emitLines([LanguagePrimitives.toString(v)])
            return
        }
        shape = (view.map { $0.shape == .table } ?? (cols.count <= 4)) ? .table : .list
        columns = cols
        viewType = view?.typeName
        groupBy = view?.groupBy
        append(v)
    }

    private func append(_ v: Value) {
        switch shape {
        case .table: pending.append(v)
        case .list:
            let f = session.formatter
            let cols = viewType == nil ? f.displayProperties(v) : columns
            emitBlock(colourList(f.listLines(v, columns: cols), cols))
        case nil: break
        }
    }

    /// Prints a pending table and closes the current group.
    func flush() {
        if shape == .table, !pending.isEmpty {
            let f = session.formatter
            // one table per run of equal group values (Get-Member's types), under its header line
            for run in f.groupRuns(pending, by: groupBy) {
                emitBlock((run.header.map { [$0, ""] } ?? []) + colourTable(f.tableLines(Array(run.items), columns: columns)))
            }
        }
        pending = []
        shape = nil
        columns = []
        viewType = nil
        groupBy = nil
    }

    private func colourTable(_ lines: [String]) -> [String] {
        guard useColor, lines.count >= 2 else { return lines }
        var l = lines
        l[0] = "\u{1b}[32;1m" + l[0] + "\u{1b}[0m"
        l[1] = "\u{1b}[32;1m" + l[1] + "\u{1b}[0m"
        return l
    }

    private func colourList(_ lines: [String], _ cols: [ViewColumn]) -> [String] {
        guard useColor else { return lines }
        let w = cols.map { TextLayout.displayWidth($0.label) }.max() ?? 0
        return lines.map { l in
            let head = String(l.prefix(w))
            if head.allSatisfy({ $0 == " " }) { return l }
            return "\u{1b}[32;1m" + head + "\u{1b}[0m" + String(l.dropFirst(w))
        }
    }

    /// A table or list: separated from a previous block by one blank line.
    private func emitBlock(_ lines: [String]) {
        emit((blankOwed ? "\n" : "") + lines.joined(separator: "\n") + "\n")
        blankOwed = true
    }

    /// Plain lines follow whatever came before directly.
    private func emitLines(_ lines: [String]) {
        blankOwed = false
        emit(lines.joined(separator: "\n") + "\n")
    }

    /// The end of an interactive entry: closes the group and writes the blank line a block owes.
    func finishEntry() {
        flush()
        if blankOwed { emit("\n") }
        blankOwed = false
    }

    private func emit(_ text: String) {
        if let sink { sink(text) } else { session.writeToHost(text, to: .output) }
    }
}
