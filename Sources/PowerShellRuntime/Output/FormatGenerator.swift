/// Turns objects into the formatting protocol's records (FormatRecords.swift), as PowerShell's
/// format-default and Format-Table/List/Wide do (FormatAndOutput/common/BaseFormattingCommand.cs,
/// FormatViewManager.cs, FormatViewGenerator*.cs, pwsh 7.4.6):
///
/// - Collections are formatted item by item (a hashtable as its Name/Value entries).
/// - Strings, numbers, booleans and objects without properties never start a document: they are
///   written out of band as their text, wherever they come, and close nothing. Error records too.
/// - The first other object picks the view for the rest of the document: its registered view
///   (a module's table for its type), else a table of at most four properties, else a list. Later objects
///   join that document; when the view is a registered one and does not apply to them, they are
///   written out of band, as a list of their properties — the classic pwsh behaviour of a script
///   whose second command's objects come out as lists.
/// - A grouped view (-GroupBy, or Get-Member's TypeName) starts a new group, with its header line,
///   at each change of the key, after an empty line.
final class FormatGenerator {
    /// What a Format-* cmdlet asks for; Out-Default's own formatting asks for `.automatic`.
    struct Request {
        enum Shape { case automatic, table, list, wide }
        var shape: Shape = .automatic
        var properties: [Value] = []
        /// -ExcludeProperty (pwsh 7.5): names (wildcards) left out; without -Property it means `*`.
        var excludeProperty: [WildcardPattern] = []
        var groupBy: Value?
        var autoSize = false
        var hideTableHeaders = false
        var wrap = false
        var repeatHeader = false
        var wideColumns: Int?
        /// -Expand: CoreOnly (a collection as one object), EnumOnly (its items; the default), Both.
        var expand: String?
        /// -Force: strings and errors are formatted in the view instead of out of band.
        var force = false
    }

    private enum Kind { case table, list, wide, complex }

    /// The document's view, picked from its first object.
    private struct ActiveView {
        var kind: Kind
        /// The registered view's name; objects it does not apply to are written out of band.
        var registeredView: String?
        var columns: [FormatColumn]
        /// A list without a view shows each object's own properties (or -Property resolved on it).
        var listPerObject: Bool
        /// Built from properties rather than a registered view: floating-point cells show two decimals.
        var fromProperties: Bool
        var grouping: Grouping?
    }

    /// How a document is grouped (FormatGroupManager.cs): the key's value on an object (nil when
    /// the object has no such property: the current group goes on) and the header for a value.
    private struct Grouping {
        let key: (Value) throws -> (value: Value, name: String)?
        let header: (_ value: Value, _ name: String) -> String
    }

    let session: Session
    let context: CommandContext?
    let request: Request
    private var view: ActiveView?
    /// The current group's key; nil until an object had one.
    private var groupKey: (value: Value, name: String)?
    private var inGroup = false

    init(session: Session, request: Request = Request(), context: CommandContext? = nil) {
        self.session = session
        self.request = request
        self.context = context
    }

    private var formatter: Formatter { session.formatter }

    // MARK: objects in

    func process(_ v: Value, emit: Emit) throws {
        switch v {
        case .automationNull: return
        case .native(let r as FormatRecord):
            // already formatted (`Format-Table | Format-List` passes the first one's records on)
            try emit(.native(r))
            return
        default: break
        }
        let expand = request.expand.map { CaseFold.fold($0) } ?? "enumonly"
        if expand != "coreonly", let items = FormatGenerator.items(of: v) {
            if expand == "both" {
                // the collection itself out of band, then its items (BaseFormattingCommand.ProcessCoreOutOfBand)
                try emit(.native(FormatEntryData(.rawText("The following object supports IEnumerable:"), outOfBand: true)))
                if let oob = outOfBand(v, listFallback: true) { try emit(.native(oob)) }
                let count = items.count
                let note = count == 0 ? "The IEnumerable contains no objects." : count == 1 ? "The IEnumerable contains the following object:"
                    : "The IEnumerable contains the following \(count) objects:"
                try emit(.native(FormatEntryData(.rawText(note), outOfBand: true)))
            }
            for item in items { try processObject(item, emit: emit, enumerated: true) }
            return
        }
        try processObject(v, emit: emit, enumerated: false)
    }

    /// Closes the open group and document.
    func end(emit: Emit) throws {
        guard view != nil else { return }
        if inGroup { try emit(.native(GroupEndData())) }
        try emit(.native(FormatEndData()))
        view = nil
        inGroup = false
        groupKey = nil
    }

    /// A collection's items as the formatter enumerates them; nil for a single object.
    static func items(of v: Value) -> [Value]? {
        switch v {
        case .array(let a): return a.items
        case .hashtable(let h): return Formatter.dictionaryEntries(h)
        case .native(let n) where !(n is ErrorRecord) && !(n is PSException): return n.enumerated()
        default: return nil
        }
    }

    private func processObject(_ v: Value, emit: Emit, enumerated: Bool) throws {
        if v.isNull { return }
        if case .native(let r as FormatRecord) = v { try emit(.native(r)); return }
        if !request.force, let oob = outOfBand(v, listFallback: false) { try emit(.native(oob)); return }
        if view == nil {
            let active = try makeView(for: v)
            view = active
            try emit(.native(startData(active, first: v)))
        }
        guard var active = view else { return }
        if let name = active.registeredView, !session.views.applies(name, to: v),
           !request.force, let oob = outOfBand(v, listFallback: true) {
            try emit(.native(oob))
            return
        }
        if let g = active.grouping {
            let key = try g.key(v)
            if !inGroup {
                // the first object's key, if it has one, heads the first group
                groupKey = key
                try emit(.native(GroupStartData(header: key.map { g.header($0.value, $0.name) })))
                inGroup = true
            } else if let key, groupKey.map({ !FormatGenerator.sameKey($0.value, key.value) }) ?? true {
                groupKey = key
                try emit(.native(FormatEntryData(.newLine, outOfBand: true)))
                try emit(.native(GroupEndData()))
                try emit(.native(GroupStartData(header: g.header(key.value, key.name))))
            }
        } else if !inGroup {
            try emit(.native(GroupStartData(header: nil)))
            inGroup = true
        }
        if active.listPerObject {
            active.columns = active.kind == .wide ? try wideColumns(for: v) : try listColumns(for: v)
        }
        try emit(.native(FormatEntryData(try entry(for: v, in: active))))
    }

    /// An out-of-band entry for values no view shows: errors, scalars, objects without properties
    /// and, with `listFallback`, any other object as a list of its properties.
    private func outOfBand(_ v: Value, listFallback: Bool) -> FormatEntryData? {
        switch v {
        case .native(let e as ErrorRecord):
            return FormatEntryData(.error(e, stream: .output), outOfBand: true)
        case .string, .int, .long, .double, .decimal, .bool, .char:
            return FormatEntryData(.rawText(LanguagePrimitives.toString(v)), outOfBand: true)
        // SecureString is one of PowerShell's default scalar types: it prints as its type name,
        // not as a table of its Length
        case .native(let n) where n is SecureStringObject:
            return FormatEntryData(.rawText(LanguagePrimitives.toString(v)), outOfBand: true)
        default: break
        }
        if case .object(let o) = v, o.properties.isEmpty, let base = o.baseObject, FormatGenerator.isScalar(base) {
            return FormatEntryData(.rawText(LanguagePrimitives.toString(v)), outOfBand: true)
        }
        // warning, verbose, debug and information records show their message
        if case .object(let o) = v, let t = o.typeNames.first, FormatGenerator.messageRecordTypes.contains(t) {
            return FormatEntryData(.rawText(LanguagePrimitives.toString(v)), outOfBand: true)
        }
        if case .native(let t as FormattedText) = v, listFallback {
            return FormatEntryData(.helpText(t.body), outOfBand: true)
        }
        if case .dateTime = v { return nil }
        if case .native(is FormattedText) = v { return nil }
        let names = formatter.displayProperties(v)
        if names.isEmpty {
            return FormatEntryData(.rawText(LanguagePrimitives.toString(v)), outOfBand: true)
        }
        guard listFallback else { return nil }
        let entries = ObjectAccess.propertyNames(of: v).map { (label: $0, value: formatter.cellText(formatter.property(v, $0))) }
        return FormatEntryData(.listEntry(entries), outOfBand: true)
    }

    /// Grouping keys compare as PowerShell compares them (case-insensitively), else as text.
    static func sameKey(_ a: Value, _ b: Value) -> Bool {
        ObjectComparer.equal(a, b, caseSensitive: false)
            || CaseFold.equal(LanguagePrimitives.toString(a), LanguagePrimitives.toString(b))
    }

    static let messageRecordTypes: Set<String> = ["System.Management.Automation.WarningRecord", "System.Management.Automation.VerboseRecord",
                                                   "System.Management.Automation.DebugRecord", "System.Management.Automation.InformationRecord"]

    static func isScalar(_ v: Value) -> Bool {
        switch v {
        case .string, .int, .long, .double, .decimal, .bool, .char: return true
        default: return false
        }
    }

    // MARK: the view

    private func makeView(for first: Value) throws -> ActiveView {
        if case .native(is FormattedText) = first {
            return ActiveView(kind: .complex, registeredView: "LicenseLab.HelpText", columns: [], listPerObject: false, fromProperties: false, grouping: nil)
        }
        let registered = session.views.view(for: first)
        var kind: Kind
        switch request.shape {
        case .automatic:
            if case .dateTime = first {
                return ActiveView(kind: .complex, registeredView: "System.DateTime", columns: [], listPerObject: false, fromProperties: false, grouping: nil)
            }
            if let r = registered { kind = r.shape == .table ? .table : .list } else { kind = formatter.displayProperties(first).count <= 4 ? .table : .list }
        case .table: kind = .table
        case .list: kind = .list
        case .wide: kind = .wide
        }
        var grouping: Grouping?
        if let g = request.groupBy, let context {
            let expr = try PropertyExpression.parse(g, keys: .formatGroup, context: context)
            let formatter = self.formatter
            grouping = Grouping(key: { object in
                guard let r = try expr.resolve(on: object, context: context).first, let value = r.value else { return nil }
                return (value, r.name)
            }, header: { value, name in "   \(name): \(formatter.cellText(value))" })
        }
        let hasProperties = !request.properties.isEmpty
        switch kind {
        case .table:
            if hasProperties, let context {
                let columns = excluded(try FormatColumn.from(request.properties, keys: .table, first: first, context: context))
                return ActiveView(kind: .table, registeredView: nil, columns: columns, listPerObject: false, fromProperties: true, grouping: grouping)
            }
            if let r = registered, r.shape == .table {
                let formatter = self.formatter
                let viewGrouping = grouping ?? r.groupBy.map { g in
                    Grouping(key: { object in ObjectAccess.property(object, g.property, session: formatter.session).map { ($0, g.label) } },
                             header: { value, _ in g.header(formatter.cellText(value)) })
                }
                return ActiveView(kind: .table, registeredView: r.isPropertySet ? nil : r.name, columns: r.columns.map(FormatColumn.init(viewColumn:)),
                                  listPerObject: false, fromProperties: r.isPropertySet, grouping: viewGrouping)
            }
            let columns = ObjectAccess.propertyNames(of: first).map { FormatColumn(viewColumn: ViewColumn($0)) }
            return ActiveView(kind: .table, registeredView: nil, columns: columns, listPerObject: false, fromProperties: true, grouping: grouping)
        case .list:
            if !hasProperties, let r = registered, r.shape == .list {
                return ActiveView(kind: .list, registeredView: r.isPropertySet ? nil : r.name, columns: r.columns.map(FormatColumn.init(viewColumn:)),
                                  listPerObject: false, fromProperties: r.isPropertySet, grouping: grouping)
            }
            return ActiveView(kind: .list, registeredView: nil, columns: [], listPerObject: true, fromProperties: true, grouping: grouping)
        case .wide:
            return ActiveView(kind: .wide, registeredView: nil, columns: try wideColumns(for: first), listPerObject: true, fromProperties: true, grouping: grouping)
        case .complex:
            return ActiveView(kind: .complex, registeredView: nil, columns: [], listPerObject: false, fromProperties: false, grouping: nil)
        }
    }

    /// Format-Wide's property for one object (FormatViewGenerator_Wide.SetUpActiveProperty):
    /// -Property, else the first property matching name, id, key, *key, *name, *id, else the
    /// first display property, else the first property.
    private func wideColumns(for object: Value) throws -> [FormatColumn] {
        if let p = request.properties.first, let context {
            return Array(try FormatColumn.from([p], keys: .wide, first: object, context: context).prefix(1))
        }
        let names = ObjectAccess.propertyNames(of: object)
        for pattern in ["name", "id", "key", "*key", "*name", "*id"] {
            let w = WildcardPattern(pattern)
            if let n = names.first(where: { w.matches($0) }) { return [FormatColumn(viewColumn: ViewColumn(n))] }
        }
        if let p = formatter.displayProperties(object).first?.property ?? names.first { return [FormatColumn(viewColumn: ViewColumn(p))] }
        return []
    }

    private func listColumns(for object: Value) throws -> [FormatColumn] {
        if !request.properties.isEmpty, let context {
            return excluded(try FormatColumn.from(request.properties, keys: .list, first: object, context: context))
        }
        return ObjectAccess.propertyNames(of: object).map { FormatColumn(viewColumn: ViewColumn($0)) }
    }

    /// The columns -ExcludeProperty leaves.
    private func excluded(_ columns: [FormatColumn]) -> [FormatColumn] {
        guard !request.excludeProperty.isEmpty else { return columns }
        return columns.filter { c in !request.excludeProperty.contains { $0.matches(c.property) || $0.matches(c.label) } }
    }

    private func startData(_ view: ActiveView, first: Value) throws -> FormatStartData {
        switch view.kind {
        case .table:
            let columns = try view.columns.map { c -> TableColumnInfo in
                let alignment: Alignment
                switch c.alignment.map(CaseFold.fold) {
                case "right": alignment = .right
                case "left": alignment = .left
                case "center": alignment = .center
                default:
                    // a view's column without an alignment is left-aligned; a table built from
                    // properties takes it from the first object (ComputeDefaultAlignment):
                    // numbers and booleans to the right, everything else to the left
                    if !view.fromProperties { alignment = .left; break }
                    alignment = FormatGenerator.isRightAligned(try c.value(first, session: session, context: context)) ? .right : .left
                }
                return TableColumnInfo(label: c.label, width: max(0, c.width ?? 0), alignment: alignment)
            }
            return FormatStartData(shape: .table(columns: columns, hideHeader: request.hideTableHeaders, repeatHeader: request.repeatHeader),
                                   autoSize: request.autoSize)
        case .list: return FormatStartData(shape: .list, autoSize: false)
        case .wide: return FormatStartData(shape: .wide(columns: request.wideColumns), autoSize: request.autoSize)
        case .complex: return FormatStartData(shape: .complex, autoSize: false)
        }
    }

    private func entry(for v: Value, in view: ActiveView) throws -> FormatEntry {
        switch view.kind {
        case .table:
            let cells = try view.columns.map { try $0.text(v, session: session, context: context, table: view.fromProperties) }
            return .tableRow(cells: cells, alignments: [], multiLine: request.wrap)
        case .list:
            // a -Property name the object does not have is left out of its list (a string's `foo`)
            let shown = view.columns.filter { c in
                guard view.fromProperties, let e = c.expression, case .name = e.source else { return true }
                return ObjectAccess.property(v, c.property, session: session) != nil
            }
            return .listEntry(try shown.map { (label: $0.label, value: try $0.text(v, session: session, context: context, table: false)) })
        case .wide:
            guard let c = view.columns.first else { return .wideItem(LanguagePrimitives.toString(v)) }
            return .wideItem(try c.text(v, session: session, context: context, table: false))
        case .complex:
            if case .native(let t as FormattedText) = v { return .helpText(t.body) }
            if case .dateTime(let d) = v { return .complex([d.longDisplayString]) }
            return .complex([LanguagePrimitives.toString(v)])
        }
    }

    /// Numbers and booleans are right-aligned in tables; strings and everything else left.
    static func isRightAligned(_ v: Value) -> Bool {
        switch ObjectAccess.base(v) {
        case .int, .long, .double, .decimal, .sized, .bool, .char: return true
        default: return false
        }
    }
}

/// One column or list entry, resolved from a view column or a PropertyExpression.
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
        switch c.alignment {
        case .right?: alignment = "right"
        case .left?: alignment = "left"
        case .center?: alignment = "center"
        case nil: alignment = nil
        }
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

    func value(_ object: Value, session: Session, context: CommandContext?) throws -> Value {
        if let e = expression, case .script(let sb) = e.source {
            guard let context else { return .null }
            return try PropertyExpression.run(sb, on: object, context: context)
        }
        return session.formatter.property(object, property)
    }

    /// The cell text: the FormatString when given; in a table built from properties a floating
    /// point number shows two decimals (`F`, pwsh 7.4's FieldFormattingDirective.isTable);
    /// otherwise the value as the formatter shows it.
    func text(_ object: Value, session: Session, context: CommandContext?, table: Bool) throws -> String {
        let v = try value(object, session: session, context: context)
        if let fs = formatString, !v.isNull {
            if let s = try? Operators.format("{0:" + fs + "}", [v]) { return s }
        } else if table {
            switch ObjectAccess.base(v) {
            case .double, .decimal, .sized(.single):
                if let s = try? Operators.format("{0:F}", [ObjectAccess.base(v)]) { return s }
            default: break
            }
        }
        return session.formatter.cellText(v)
    }

    /// Columns for -Property (wildcards resolved against the first object).
    static func from(_ items: [Value], keys: PropertyExpression.KeySet, first: Value, context: CommandContext) throws -> [FormatColumn] {
        var out: [FormatColumn] = []
        for e in try PropertyExpression.parse(items, keys: keys, context: context) {
            if let w = e.entries["Width"], let n = try? LanguagePrimitives.toInt(w), n <= 0 {
                throw context.terminatingError("The value \"\(n)\" for key \"Width\" should be greater than 0.", errorId: "WidthOutOfRange",
                                               category: .InvalidArgument, exceptionType: "System.Management.Automation.ParameterBindingException")
            }
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

/// How values look in cells and list entries.
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
            var text = items.prefix(limit < 0 ? items.count : limit).map { LanguagePrimitives.elementString($0) }.joined(separator: ", ")
            if limit >= 0 && items.count > limit { text += "…" }
            return "{" + text + "}"
        case .dateTime(let d): return d.toString("M/d/yyyy h:mm:ss tt")
        default: return LanguagePrimitives.toString(v)
        }
    }

    /// Property names shown for an object: its registered view, else all properties.
    public func displayProperties(_ v: Value) -> [ViewColumn] {
        if let view = session.views.view(for: v) { return view.columns }
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

    /// A hashtable's entries as the formatter sees them: DictionaryEntry objects (Name, Value).
    static func dictionaryEntries(_ h: PSHashtable) -> [Value] {
        h.entries.map { .object(PSObject(properties: [("Name", $0.key), ("Value", $0.value)], typeName: "System.Collections.DictionaryEntry")) }
    }
}

extension Session {
    public var formatter: Formatter { Formatter(session: self) }
}

/// Text a command has laid out itself (help topics), written as a block of its own.
public final class FormattedText: NativeObject {
    public let lines: [String]
    public init(lines: [String]) { self.lines = lines }
    public var typeName: String { "LicenseLab.HelpText" }
    public func toString() -> String { lines.joined(separator: "\n") }
    /// The lines without the empty ones around them: the document's own empty lines frame it.
    var body: [String] {
        guard let first = lines.firstIndex(where: { !$0.isEmpty }), let last = lines.lastIndex(where: { !$0.isEmpty }) else { return [] }
        return Array(lines[first...last])
    }
}
