/// Format-Table, Format-List and Format-Wide: lay objects out as text (a FormattedText that
/// Out-Default, Out-String and Out-File print verbatim). Columns come from -Property (names,
/// wildcards, script blocks, calculated properties with Label/Width/Alignment/FormatString), a
/// registered view, or the first object's properties.

/// One column or list entry, resolved from a PropertyExpression.
struct FormatColumn {
    let expression: PropertyExpression?
    let property: String
    let label: String
    let width: Int?
    let alignment: String?
    let formatString: String?

    init(viewColumn c: ViewColumn) {
        expression = nil
        property = c.property
        label = c.label
        width = c.width
        alignment = c.alignment.map { $0 == .right ? "right" : "left" }
        formatString = nil
    }

    init(_ e: PropertyExpression, name: String) {
        expression = e
        property = name
        label = e.label ?? name
        width = e.entries["Width"].flatMap { try? LanguagePrimitives.toInt($0) }
        alignment = e.entries["Alignment"].map { CaseFold.fold(LanguagePrimitives.toString($0)) }
        formatString = e.entries["FormatString"].map { LanguagePrimitives.toString($0) }
    }

    func value(_ object: Value, _ context: CommandContext) throws -> Value {
        if let e = expression, case .script(let sb) = e.source { return try PropertyExpression.run(sb, on: object, context: context) }
        return context.session.formatter.property(object, property)
    }

    func text(_ object: Value, _ context: CommandContext) throws -> String {
        let v = try value(object, context)
        if let fs = formatString, !v.isNull {
            if let s = try? Operators.format("{0:" + fs + "}", [v]) { return s }
        }
        return context.session.formatter.cellText(v)
    }

    /// Columns for -Property (wildcards resolved against the first object).
    static func from(_ items: [Value], keys: PropertyExpression.KeySet, first: Value, context: CommandContext) throws -> [FormatColumn] {
        var out: [FormatColumn] = []
        for e in try PropertyExpression.parse(items, keys: keys, context: context) {
            switch e.source {
            case .name(let n) where WildcardPattern.containsWildcard(n):
                let p = WildcardPattern(n)
                for name in ObjectAccess.propertyNames(of: first) where p.matches(name) { out.append(FormatColumn(e, name: name)) }
            case .name(let n):
                // A plain name is shown with the member's own spelling (`fl emailaddresses` → `EmailAddresses`).
                out.append(FormatColumn(e, name: ObjectAccess.ownName(of: n, on: first) ?? n))
            case .script:
                out.append(FormatColumn(e, name: e.displayName))
            }
        }
        return out
    }
}

enum FormatSupport {
    /// Values with no displayable properties print as their string form in any Format-* cmdlet.
    static func isScalar(_ v: Value, _ context: CommandContext) -> Bool {
        switch v {
        case .object, .native, .hashtable: return context.session.formatter.displayProperties(v).isEmpty
        default: return true
        }
    }

    /// Hashtables show as their entries (Name/Value).
    static func expandHashtables(_ items: [Value], _ context: CommandContext) -> [Value] {
        items.flatMap { v -> [Value] in
            if case .hashtable(let h) = v { return context.session.formatter.hashtableRows(h) }
            return [v]
        }
    }

    static let groupParameter = ParameterMetadata(name: "GroupBy", type: "object")
}

final class FormatTableCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Format-Table",
        parameters: [
            ParameterMetadata(name: "Property", type: "object[]", position: 0),
            ParameterMetadata(name: "AutoSize", type: "switch"),
            ParameterMetadata(name: "RepeatHeader", type: "switch"),
            ParameterMetadata(name: "HideTableHeaders", type: "switch"),
            ParameterMetadata(name: "Wrap", type: "switch"),
            FormatSupport.groupParameter,
            ParameterMetadata(name: "View", type: "string"),
            ParameterMetadata(name: "ShowError", type: "switch"),
            ParameterMetadata(name: "DisplayError", type: "switch"),
            ParameterMetadata(name: "Force", type: "switch"),
            ParameterMetadata(name: "Expand", type: "string", validateSet: ["CoreOnly", "EnumOnly", "Both"]),
            ParameterMetadata(name: "InputObject", type: "psobject", valueFromPipeline: true),
        ],
        outputTypes: ["Microsoft.PowerShell.Commands.Internal.Format.FormatEntryData"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Formats the output as a table.",
        examples: [CommandExample(code: "[pscustomobject]@{Name='E3'; Seats=25} | Format-Table", remarks: "Numbers are right-aligned.", expectedOutput: "Name Seats\n---- -----\nE3      25\n")])
    init() {}
    private var items: [Value] = []

    func process(_ context: CommandContext) throws {
        if let v = context.inputObject ?? context.value("InputObject"), v != .automationNull { items.append(v) }
    }

    func end(_ context: CommandContext) throws {
        let all = FormatSupport.expandHashtables(items, context)
        guard let first = all.first else { return }
        var lines: [String] = []
        if context.has("Property") {
            let columns = try FormatColumn.from(context.values("Property"), keys: .table, first: first, context: context)
            lines = try grouped(all, context) { try self.table($0, columns: columns, context) }
        } else if FormatSupport.isScalar(first, context) {
            lines = all.map { LanguagePrimitives.toString($0) } + [""]
        } else {
            var viewColumns = context.session.formatter.displayProperties(first)
            if case .hashtable? = items.first { viewColumns = Formatter.dictionaryColumns }
            let columns = viewColumns.map(FormatColumn.init(viewColumn:))
            let viewGroup = context.has("GroupBy") ? nil : context.session.views.view(for: first.typeNames)?.groupBy
            lines = try grouped(all, context, viewGroup: viewGroup) { try self.table($0, columns: columns, context) }
        }
        try context.writeObject(.native(FormattedText(lines: lines)))
    }

    /// Splits into -GroupBy groups (consecutive equal values), each with a `   Label: value` header.
    /// A view's own grouping (Get-Member's TypeName) applies when -GroupBy is not given.
    private func grouped(_ all: [Value], _ context: CommandContext, viewGroup: ViewGroup? = nil,
                         _ body: ([Value]) throws -> [String]) throws -> [String] {
        let formatter = context.session.formatter
        let key: (Value) throws -> Value
        let header: (Value) -> String
        if let g = context.value("GroupBy") {
            let expr = try PropertyExpression.parse(g, keys: .formatGroup, context: context)
            key = { try expr.key(on: $0, context: context) ?? .null }
            header = { "   \(expr.displayName): \(formatter.cellText($0))" }
        } else if let g = viewGroup {
            key = { formatter.property($0, g.property) }
            header = { g.header(formatter.cellText($0)) }
        } else {
            return try body(all) + [""]
        }
        var out: [String] = []
        var current: [Value] = []
        var currentKey: Value?
        func emitGroup() throws {
            guard !current.isEmpty else { return }
            out += [header(currentKey ?? .null), ""]
            out += try body(current) + [""]
            current = []
        }
        for v in all {
            let k = try key(v)
            if let ck = currentKey, ObjectComparer.equal(ck, k, caseSensitive: false) {
                current.append(v)
            } else {
                try emitGroup()
                currentKey = k
                current = [v]
            }
        }
        try emitGroup()
        return out
    }

    private func table(_ objects: [Value], columns: [FormatColumn], _ context: CommandContext) throws -> [String] {
        var rows: [[String]] = []
        var firstValues: [Value?] = Array(repeating: nil, count: columns.count)
        for o in objects {
            var row: [String] = []
            for (i, c) in columns.enumerated() {
                row.append(try c.text(o, context))
                if firstValues[i] == nil, let v = try? c.value(o, context), !v.isNull { firstValues[i] = v }
            }
            rows.append(row)
        }
        let aligns: [Alignment] = columns.enumerated().map { i, c in
            switch c.alignment {
            case "right": return .right
            case "left", "center": return .left
            default: return TextRenderer.isRightAligned(firstValues[i] ?? .null) ? .right : .left
            }
        }
        for (i, c) in columns.enumerated() {
            guard let w = c.width, w > 0 else { continue }
            for r in rows.indices { rows[r][i] = TextRenderer.fit(rows[r][i], width: w, aligns[i]) }
        }
        if context.switchPresent("Wrap") {
            // -Wrap shows every line of a multi-line value: the row continues on extra lines
            // whose other cells are empty.
            var wrapped: [[String]] = []
            for row in rows {
                let parts = row.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).replacingOccurrences(of: "\r", with: "") } }
                let height = parts.map(\.count).max() ?? 1
                for k in 0..<height { wrapped.append(parts.map { k < $0.count ? $0[k] : "" }) }
            }
            rows = wrapped
        }
        var lines = TextLayout.table(headers: columns.map(\.label), alignments: aligns, rows: rows, maxWidth: context.session.host.windowWidth)
        if context.switchPresent("HideTableHeaders") { lines = Array(lines.dropFirst(2)) }
        return lines
    }
}

final class FormatListCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Format-List",
        parameters: [
            ParameterMetadata(name: "Property", type: "object[]", position: 0),
            FormatSupport.groupParameter,
            ParameterMetadata(name: "View", type: "string"),
            ParameterMetadata(name: "ShowError", type: "switch"),
            ParameterMetadata(name: "DisplayError", type: "switch"),
            ParameterMetadata(name: "Force", type: "switch"),
            ParameterMetadata(name: "Expand", type: "string", validateSet: ["CoreOnly", "EnumOnly", "Both"]),
            ParameterMetadata(name: "InputObject", type: "psobject", valueFromPipeline: true),
        ],
        outputTypes: ["Microsoft.PowerShell.Commands.Internal.Format.FormatEntryData"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Formats the output as a list of properties in which each property appears on a new line.",
        examples: [CommandExample(code: "[pscustomobject]@{Name='E3'; Seats=25} | Format-List", remarks: "Labels padded to the longest.", expectedOutput: "Name  : E3\nSeats : 25\n")])
    init() {}
    private var items: [Value] = []

    func process(_ context: CommandContext) throws {
        if let v = context.inputObject ?? context.value("InputObject"), v != .automationNull { items.append(v) }
    }

    func end(_ context: CommandContext) throws {
        let all = FormatSupport.expandHashtables(items, context)
        var lines: [String] = []
        let f = context.session.formatter
        let width = context.session.host.windowWidth
        for (i, o) in all.enumerated() {
            if i > 0 && !lines.isEmpty && lines.last != "" { lines.append("") }
            if FormatSupport.isScalar(o, context) && !context.has("Property") {
                lines.append(LanguagePrimitives.toString(o))
                continue
            }
            let columns: [FormatColumn]
            if context.has("Property") {
                columns = try FormatColumn.from(context.values("Property"), keys: .list, first: o, context: context)
            } else if let view = context.session.views.view(for: o.typeNames), view.shape == .list {
                columns = view.columns.map(FormatColumn.init(viewColumn:))
            } else {
                columns = ObjectAccess.propertyNames(of: o).map { FormatColumn(viewColumn: ViewColumn($0)) }
            }
            var entries: [(label: String, value: String)] = []
            for c in columns {
                let v = try c.value(o, context)
                var text = f.cellText(v)
                if let fs = c.formatString, !v.isNull, let s = try? Operators.format("{0:" + fs + "}", [v]) { text = s }
                entries.append((label: c.label, value: text))
            }
            lines += TextLayout.list(entries, maxWidth: width)
        }
        if lines.isEmpty { return }
        try context.writeObject(.native(FormattedText(lines: lines + [""])))
    }
}

final class FormatWideCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Format-Wide",
        parameters: [
            ParameterMetadata(name: "Property", type: "object", position: 0),
            ParameterMetadata(name: "AutoSize", type: "switch"),
            ParameterMetadata(name: "Column", type: "int", validateRange: 1...Double(Int32.max)),
            FormatSupport.groupParameter,
            ParameterMetadata(name: "View", type: "string"),
            ParameterMetadata(name: "ShowError", type: "switch"),
            ParameterMetadata(name: "DisplayError", type: "switch"),
            ParameterMetadata(name: "Force", type: "switch"),
            ParameterMetadata(name: "Expand", type: "string", validateSet: ["CoreOnly", "EnumOnly", "Both"]),
            ParameterMetadata(name: "InputObject", type: "psobject", valueFromPipeline: true),
        ],
        outputTypes: ["Microsoft.PowerShell.Commands.Internal.Format.FormatEntryData"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Formats objects as a wide table that displays only one property of each object.")
    init() {}
    private var items: [Value] = []

    func process(_ context: CommandContext) throws {
        if let v = context.inputObject ?? context.value("InputObject"), v != .automationNull { items.append(v) }
    }

    func end(_ context: CommandContext) throws {
        guard let first = items.first else { return }
        let f = context.session.formatter
        var column: FormatColumn?
        if let p = context.value("Property") {
            column = try FormatColumn.from([p], keys: .wide, first: first, context: context).first
        } else if !FormatSupport.isScalar(first, context) {
            let names = ObjectAccess.propertyNames(of: first)
            let name = names.first { CaseFold.equal($0, "Name") } ?? f.displayProperties(first).first?.property ?? names.first
            column = name.map { FormatColumn(viewColumn: ViewColumn($0)) }
        }
        let texts = try items.map { o -> String in
            guard let column else { return LanguagePrimitives.toString(o) }
            return try column.text(o, context)
        }
        let width = context.session.host.windowWidth
        let lines = context.switchPresent("AutoSize") ? TextLayout.wideAutoSize(texts, maxWidth: width)
            : TextLayout.wide(texts, columns: context.int("Column"), maxWidth: width)
        try context.writeObject(.native(FormattedText(lines: lines + [""])))
    }
}
