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
        case .dateTime(let d): return d.toString("G")
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

    public func property(_ v: Value, _ name: String) -> Value {
        (try? session.getMember(v, name)) ?? .null
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

    /// Hashtable shown as a Name/Value table.
    public func hashtableRows(_ h: PSHashtable) -> [Value] {
        h.entries.map { .object(PSObject(properties: [("Name", $0.key), ("Value", $0.value)], typeName: "System.Collections.DictionaryEntry")) }
    }
}

extension Session {
    public var formatter: Formatter { Formatter(session: self) }

    /// One object as Out-File / `>` writes it.
    func formatForFile(_ v: Value) -> String {
        let f = formatter
        switch v {
        case .object, .hashtable:
            var objs = [v]
            if case .hashtable(let h) = v { objs = f.hashtableRows(h) }
            guard let first = objs.first else { return "" }
            let cols = f.displayProperties(first)
            if cols.isEmpty { return LanguagePrimitives.toString(v) }
            let lines = cols.count <= 4 ? f.tableLines(objs, columns: cols) : f.listLines(first, columns: cols)
            return "\n" + lines.joined(separator: "\n") + "\n"
        case .native(let n as FormattedText): return n.lines.joined(separator: "\n")
        default: return LanguagePrimitives.toString(v)
        }
    }
}

/// Out-Default: strings and scalars print their string form; objects with ≤4 properties (or a
/// registered table view) are gathered into one table while consecutive objects share the shape;
/// others print as lists. Output blocks end with a blank line; no leading blank line.
final class OutDefaultWriter {
    unowned let session: Session
    private var pending: [Value] = []
    private var pendingColumns: [ViewColumn] = []
    private var pendingKey = ""
    /// Whether the last thing written ended a formatted block (so a scalar needs no separator).
    init(session: Session) { self.session = session }

    func write(_ v: Value) throws {
        let f = session.formatter
        switch v {
        case .automationNull, .null: return
        case .native(let n as FormattedText):
            flush()
            if !n.lines.isEmpty { emit(n.lines.joined(separator: "\n") + "\n") }
        case .native(let n as ErrorRecord):
            flush()
            let view = LanguagePrimitives.toString(session.variable("ErrorView") ?? .string("ConciseView"))
            emit(ErrorView.render(n, view: view, useColor: session.host.useColor, width: session.host.windowWidth) + "\n")
        case .hashtable(let h):
            flush()
            let rows = f.hashtableRows(h)
            if rows.isEmpty { return }
            emit(f.tableLines(rows, columns: Formatter.dictionaryColumns).joined(separator: "\n") + "\n\n")
        case .object, .native:
            let cols = f.displayProperties(v)
            if cols.isEmpty {
                flush()
                emit(LanguagePrimitives.toString(v) + "\n")
                return
            }
            let view = session.views.view(for: v.typeNames)
            let asTable = view.map { $0.shape == .table } ?? (cols.count <= 4)
            if asTable {
                let key = (v.typeNames.first ?? "") + "|" + cols.map { NameKey.fold($0.property) }.joined(separator: ",")
                if key != pendingKey { flush() }
                pendingKey = key
                pendingColumns = cols
                pending.append(v)
            } else {
                flush()
                var lines = f.listLines(v, columns: cols)
                if session.host.useColor {
                    let w = cols.map { TextLayout.displayWidth($0.label) }.max() ?? 0
                    lines = lines.map { l in
                        let head = String(l.prefix(w))
                        if head.allSatisfy({ $0 == " " }) { return l }
                        return "\u{1b}[32;1m" + head + "\u{1b}[0m" + String(l.dropFirst(w))
                    }
                }
                emit(lines.joined(separator: "\n") + "\n\n")
            }
        default:
            flush()
            emit(LanguagePrimitives.toString(v) + "\n")
        }
    }

    /// Prints a pending table.
    func flush() {
        guard !pending.isEmpty else { return }
        var lines = session.formatter.tableLines(pending, columns: pendingColumns)
        if session.host.useColor, lines.count >= 2 {
            lines[0] = "\u{1b}[32;1m" + lines[0] + "\u{1b}[0m"
            lines[1] = "\u{1b}[32;1m" + lines[1] + "\u{1b}[0m"
        }
        pending = []
        pendingKey = ""
        emit(lines.joined(separator: "\n") + "\n\n")
    }

    private func emit(_ text: String) {
        session.host.write(text, to: .output)
    }
}
