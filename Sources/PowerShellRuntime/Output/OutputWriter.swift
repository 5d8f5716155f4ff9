import Foundation

/// Where an outputter's lines go and how wide they may be.
struct LineOutput {
    /// Columns for lists and laid-out text; `Int.max` for no limit (Out-String, Out-File).
    let columns: Int
    /// Columns for tables and wide lists: `columns`, or the host's width when `columns` has no limit.
    let tableColumns: Int
    let useColor: Bool
    let write: (String, HostStream) -> Void

    /// Out-Default and Out-Host on the host: one column less than the window, as pwsh's console
    /// output keeps its last column free (ConsoleLineOutput.ColumnNumber).
    static func host(_ session: Session) -> LineOutput {
        let w = max(1, session.host.windowWidth - 1)
        let rendering = CaseFold.fold(PSStyle.rendering(session))
        let color = rendering == "ansi" || (rendering != "plaintext" && session.host.useColor)
        return LineOutput(columns: w, tableColumns: w, useColor: color) { [unowned session] text, stream in
            session.writeToHost(text, to: stream)
        }
    }

    /// Out-String, Out-File, `>` and Tee-Object: `width` when given; otherwise tables and wide
    /// lists take the host's width and lists and text are not wrapped. A width of 2147483647 is
    /// pwsh's "no width given" (BaseOutputtingCommand.GetConsoleWindowWidth). Tables never get
    /// more than `maximumTableColumns`: pwsh pads the shared columns out to any width until it
    /// runs out of memory; LicenseLab stops at a million cells.
    static func text(_ session: Session, width: Int?, write: @escaping (String, HostStream) -> Void) -> LineOutput {
        let given = width == Int(Int32.max) ? nil : width
        // text carries escape sequences only when $PSStyle.OutputRendering is Ansi
        let color = CaseFold.equal(PSStyle.rendering(session), "Ansi")
        return LineOutput(columns: given ?? Int.max, tableColumns: min(given ?? session.host.windowWidth, maximumTableColumns), useColor: color, write: write)
    }

    static let maximumTableColumns = 1_000_000

    /// Lines as wide as the output allows (nil: no limit).
    var wrapWidth: Int? { columns == Int.max ? nil : columns }
}

/// An outputter (PowerShell's OutCommandInner, FormatAndOutput/common/BaseOutputtingCommand.cs):
/// formats raw objects with its own FormatGenerator, then writes the formatting records as lines.
///
/// Empty lines (pwsh 7.4.6): a document starts with one; a table, wide or laid-out document ends
/// with one; each list entry is followed by one, and a list document adds nothing at its end. So
/// `"a"; $o | Format-List; "b"` is `a`, ``, `x : 1`, ``, `b`, and two documents in a row have
/// two empty lines between them. Out-of-band text (strings, numbers, errors) closes nothing: a
/// string that follows objects shown as a table comes straight after the last row, and the table's
/// empty line comes when the document ends (at the end of the script or entry, or when a Format-*
/// command's document begins).
///
/// A table whose first column has no declared width is held back until its group ends or 300 ms
/// have passed since it began (OutputQueue.cs), and its columns are sized to the widest label or
/// cell held; text written straight to the host meanwhile (Write-Host, Write-Warning) comes first,
/// as it does in pwsh. Format-Table/Format-Wide -AutoSize hold the whole group.
final class OutputWriter {
    unowned let session: Session
    private let output: LineOutput
    private var generator: FormatGenerator?

    private enum State { case reset, formatting, insideGroup }
    private var state = State.reset
    private let cache: GroupCache
    /// Column widths worked out from a held-back table group, used by the group that starts next.
    private var tableHint: [Int]?
    private var wideHint: Int?
    private var stack: [Context] = []

    init(session: Session, output: LineOutput) {
        self.session = session
        self.output = output
        cache = GroupCache(clock: { [unowned session] in session.formatClock() })
    }

    /// The text Out-String or Out-File makes of `items`.
    static func text(of items: [Value], session: Session, width: Int?, noNewline: Bool) throws -> String {
        var text = ""
        let w = OutputWriter(session: session, output: .text(session, width: width) { chunk, _ in
            text += noNewline && chunk.hasSuffix("\n") ? String(chunk.dropLast()) : chunk
        })
        for v in items { try w.write(v) }
        w.finish()
        return text
    }

    /// An object, or a formatting record from a Format-* command.
    func write(_ v: Value) throws {
        if case .native(let r as FormatRecord) = v {
            try receive(r)
            return
        }
        if generator == nil { generator = FormatGenerator(session: session) }
        try generator?.process(v) { rec in
            if case .native(let r as FormatRecord) = rec { try self.receive(r) }
        }
    }

    /// Something written out of band from outside the pipeline (the session's error display): it
    /// waits behind a held-back table like any other out-of-band entry.
    func writeOutOfBand(_ entry: FormatEntry) {
        try? receive(FormatEntryData(entry, outOfBand: true))
    }

    /// The end of the outputter's input: closes the open document and writes everything held
    /// back. The writer then starts afresh, as each interactive entry gets a new Out-Default.
    func finish() {
        endProcessing()
        cache.reset()
        state = .reset
        stack.removeAll()
        tableHint = nil
        wideHint = nil
    }

    /// EndProcessing: Out-Default's own formatter closes its document and the queue is emptied.
    /// The protocol state is left as it is (BaseOutputtingCommand.EndProcessing).
    private func endProcessing() {
        if let g = generator {
            generator = nil
            try? g.end { rec in
                if case .native(let r as FormatRecord) = rec { try self.receive(r) }
            }
        }
        for r in cache.drain() { render(r) }
    }

    // MARK: the protocol's order

    private func receive(_ r: FormatRecord) throws {
        switch r {
        case let e as FormatEntryData:
            if !e.outOfBand { try expect(.insideGroup, r) }
        case let fs as FormatStartData:
            // a new document while another is open closes the open one first
            if state == .insideGroup { endProcessing() }
            try expect(.reset, r)
            state = .formatting
            if fs.autoSize {
                cache.enable(limit: .wholeGroup) { [unowned self] in self.sizeColumns($0, $1) }
            } else if case .table(let columns, _, _) = fs.shape, let first = columns.first, first.width == 0 {
                cache.enable(limit: .duration(session.formatGroupingWindow)) { [unowned self] in self.sizeColumns($0, $1) }
            }
        case is FormatEndData:
            try expect(.formatting, r)
            state = .reset
        case is GroupStartData:
            try expect(.formatting, r)
            state = .insideGroup
        case is GroupEndData:
            try expect(.insideGroup, r)
            state = .formatting
        default: break
        }
        for item in cache.add(r) { render(item) }
    }

    private func expect(_ wanted: State, _ r: FormatRecord) throws {
        guard state != wanted else { return }
        var command = "format-*"
        if let fs = r as? FormatStartData {
            switch fs.shape {
            case .table: command = "format-table"
            case .list: command = "format-list"
            case .wide: command = "format-wide"
            case .complex: command = "format-complex"
            }
        }
        throw OutOfSequenceRecord(typeName: r.typeName, command: command)
    }

    /// A held-back group's column widths: each column as wide as its label or its widest cell
    /// (BaseOutputtingCommand.ProcessCachedGroupOnTable); a wide list's widest item.
    private func sizeColumns(_ start: FormatStartData?, _ records: [FormatRecord]) {
        tableHint = nil
        wideHint = nil
        guard let start else { return }
        switch start.shape {
        case .table(let columns, _, _):
            guard !columns.isEmpty else { return }
            var widths = columns.map { TextLayout.displayWidth($0.label) }
            for case let e as FormatEntryData in records {
                guard case .tableRow(let cells, _, _) = e.entry else { continue }
                for (k, c) in cells.enumerated() where k < widths.count { widths[k] = max(widths[k], TableWriter.hintCells(c)) }
            }
            tableHint = widths
        case .wide(let columns):
            guard columns == nil else { return }
            var widest = 0
            for case let e as FormatEntryData in records {
                if case .wideItem(let s) = e.entry, !s.isEmpty { widest = max(widest, TableWriter.hintCells(s)) }
            }
            wideHint = widest
        default: break
        }
    }

    // MARK: writing

    private enum Context {
        case document(FormatStartData)
        case group(GroupWriter)
    }

    private var document: FormatStartData? {
        for c in stack.reversed() { if case .document(let d) = c { return d } }
        return nil
    }

    private func render(_ r: FormatRecord) {
        switch r {
        case let fs as FormatStartData:
            stack.append(.document(fs))
            line("")
        case let gs as GroupStartData:
            let g = makeGroup()
            stack.append(.group(g))
            if let h = gs.header {
                wrapped([h]).forEach(line)
                line("")
            }
            g.start()
        case let e as FormatEntryData:
            if e.outOfBand {
                outOfBand(e.entry)
            } else if case .group(let g)? = stack.last {
                g.payload(e.entry)
            }
        case is GroupEndData:
            if case .group(let g)? = stack.last {
                g.end()
                stack.removeLast()
            }
        case is FormatEndData:
            if case .document(let d)? = stack.last {
                // a list already wrote an empty line after its last entry
                if case .list = d.shape {} else { line("") }
                stack.removeLast()
            }
        default: break
        }
    }

    private func makeGroup() -> GroupWriter {
        let tableHint = self.tableHint, wideHint = self.wideHint
        self.tableHint = nil
        self.wideHint = nil
        switch document?.shape {
        case .table(let columns, let hideHeader, let repeatHeader)?:
            let widths = tableHint ?? columns.map(\.width)
            let writer = TableWriter(widths: widths, alignments: columns.map(\.alignment), screenColumns: output.tableColumns, hideHeader: hideHeader)
            return TableGroup(self, writer: writer, labels: columns.map(\.label), repeatHeader: repeatHeader ? session.host.windowHeight : nil)
        case .wide(let columns)?:
            var perRow = max(1, columns ?? 2)
            if let w = wideHint, w > 0 { perRow = TableWriter.wideItemsPerRow(itemWidth: w, screenColumns: output.tableColumns) }
            // more items a row than one-cell columns fit: those that fit get one cell each and
            // the rest are hidden, as ColumnWidthManager's trimming would leave them
            let screen = output.tableColumns
            let writer: TableWriter
            if perRow > 1 && 2 * perRow - 1 > screen {
                let shown = max(1, (screen + 1) / 2)
                writer = TableWriter(widths: Array(repeating: 1, count: shown), alignments: [], screenColumns: screen, hideHeader: true, hiddenAfter: true)
            } else {
                writer = TableWriter(widths: Array(repeating: 0, count: perRow), alignments: [], screenColumns: screen, hideHeader: true)
            }
            return WideGroup(self, writer: writer, perRow: perRow)
        case .list?: return ListGroup(self)
        default: return ComplexGroup(self)
        }
    }

    private func outOfBand(_ entry: FormatEntry) {
        switch entry {
        case .rawText(let s): output.write(s + "\n", .output)
        case .newLine: line("")
        case .listEntry(let entries):
            line("")
            listLines(entries).forEach(line)
            line("")
        case .complex(let lines): wrapped(lines).forEach(line)
        case .helpText(let lines): lines.forEach(line)
        case .error(let record, let stream):
            // the error view lays itself out at the window's width whatever the output's width
            // (PowerShellCore_format_ps1xml's ErrorInstance view reads $Host's window size)
            let view = LanguagePrimitives.toString(session.variable("ErrorView") ?? .string("ConciseView"))
            let text = ErrorView.render(record, view: view, useColor: output.useColor, width: session.host.windowWidth)
            for l in TextLayout.splitLines(text) { output.write(l + "\n", stream) }
        case .tableRow(let cells, _, _): output.write(cells.joined(separator: " ") + "\n", .output)
        case .wideItem(let s): line(s)
        }
    }

    fileprivate func line(_ s: String) { output.write(s + "\n", .output) }

    /// Text a view lays out itself (group headers, DateTime, help), wrapped at the output's width
    /// as ComplexWriter wraps it.
    fileprivate func wrapped(_ lines: [String]) -> [String] {
        guard let w = output.wrapWidth else { return lines }
        return lines.flatMap { TextLayout.wrapLines($0, width: max(1, w), wordWrap: true) }
    }

    fileprivate func headerLine(_ s: String) {
        line(output.useColor ? "\u{1b}[32;1m" + s + "\u{1b}[0m" : s)
    }

    fileprivate func listLines(_ entries: [(label: String, value: String)]) -> [String] {
        // ListWriter writes nothing when not even one label cell and one value cell fit
        if let w = output.wrapWidth, w - 3 - 1 - 1 < 0 { return [] }
        let width = output.wrapWidth
        let style: ((String) -> String)? = output.useColor ? { "\u{1b}[32;1m" + $0 + "\u{1b}[0m" } : nil
        // a value that carries its own escape sequences is closed with a reset, so its colour
        // does not run into the next line
        let closed = !output.useColor ? entries : entries.map { e in
            e.value.contains("\u{1b}[") && !e.value.hasSuffix("\u{1b}[0m") ? (e.label, e.value + "\u{1b}[0m") : e
        }
        return TextLayout.list(closed, maxWidth: width, wordWrap: true, labelStyle: style)
    }

    // MARK: groups

    private class GroupWriter {
        unowned let out: OutputWriter
        init(_ out: OutputWriter) { self.out = out }
        func start() {}
        func payload(_ entry: FormatEntry) {}
        func end() {}
    }

    private final class TableGroup: GroupWriter {
        let writer: TableWriter
        let labels: [String]
        let repeatHeader: Int?
        var rows = 0
        init(_ out: OutputWriter, writer: TableWriter, labels: [String], repeatHeader: Int?) {
            self.writer = writer
            self.labels = labels
            self.repeatHeader = repeatHeader
            super.init(out)
        }
        override func start() {
            let header = writer.header(labels)
            header.forEach(out.headerLine)
            rows += header.count
        }
        override func payload(_ entry: FormatEntry) {
            guard case .tableRow(let cells, let alignments, let multiLine) = entry else { return }
            if let height = repeatHeader, rows >= height - 2 {
                out.line("")
                rows = 0
                start()
            }
            writer.row(cells, alignments: alignments, multiLine: multiLine).forEach(out.line)
            rows += 1
        }
    }

    private final class ListGroup: GroupWriter {
        override func payload(_ entry: FormatEntry) {
            guard case .listEntry(let entries) = entry else { return }
            out.listLines(entries).forEach(out.line)
            out.line("")
        }
    }

    private final class WideGroup: GroupWriter {
        let writer: TableWriter
        let perRow: Int
        var buffer: [String] = []
        init(_ out: OutputWriter, writer: TableWriter, perRow: Int) {
            self.writer = writer
            self.perRow = perRow
            super.init(out)
        }
        var count = 0
        override func payload(_ entry: FormatEntry) {
            guard case .wideItem(let s) = entry else { return }
            if buffer.count < writer.widths.count { buffer.append(s) }
            count += 1
            if count == perRow { flush() }
        }
        override func end() { flush() }
        private func flush() {
            guard count > 0 else { return }
            writer.row(buffer).forEach(out.line)
            buffer.removeAll()
            count = 0
        }
    }

    private final class ComplexGroup: GroupWriter {
        override func payload(_ entry: FormatEntry) {
            if case .complex(let lines) = entry { out.wrapped(lines).forEach(out.line) }
            if case .helpText(let lines) = entry { lines.forEach(out.line) }
        }
    }
}

/// A formatting record that does not fit the protocol's order (`Format-Table | Sort-Object`): the
/// outputter refuses it as pwsh does, the text in ErrorDetails (BaseOutputtingCommand.cs).
struct OutOfSequenceRecord: Error {
    let typeName: String
    let command: String

    var details: String {
        "The object of type \"\(typeName)\" is not valid or not in the correct sequence. This is likely caused by a user-specified \"\(command)\" command which is conflicting with the default formatting."
    }

    /// The terminating error, from the outputter `context` runs (Out-String, Out-File, ...) or, with
    /// no context, from the host's Out-Default.
    func error(_ context: CommandContext?, session: Session) -> RuntimeError {
        let message = "Operation is not valid due to the current state of the object."
        let record: ErrorRecord
        if let context {
            record = context.errorRecord(message, errorId: "ConsoleLineOutputOutOfSequencePacket", category: .InvalidData, exceptionType: "System.InvalidOperationException")
        } else {
            record = ErrorRecord(exception: session.types.exception("System.InvalidOperationException", message: message),
                                 errorId: "ConsoleLineOutputOutOfSequencePacket,Microsoft.PowerShell.Commands.OutDefaultCommand", category: .InvalidData, targetObject: .null)
        }
        record.errorDetailsMessage = details
        return RuntimeError(record)
    }

    /// Runs `body`, turning an out-of-sequence record into the command's terminating error.
    static func attributing<T>(_ context: CommandContext, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as OutOfSequenceRecord { throw e.error(context, session: context.session) }
    }
}

/// The outputter's hold-back queue (FormatAndOutput/common/OutputQueue.cs): from a group's start
/// it keeps records until the group ends, or until a record arrives after the time limit, then
/// reports the held group (to size its columns) and releases everything in order.
final class GroupCache {
    enum Limit {
        case wholeGroup
        case duration(Double)
    }

    private var limit: Limit?
    private var notify: ((FormatStartData?, [FormatRecord]) -> Void)?
    private var queue: [FormatRecord] = []
    private var holding = false
    private var startedAt: Double?
    private var formatStart: FormatStartData?
    private let clock: () -> Double

    init(clock: @escaping () -> Double) { self.clock = clock }

    /// Holds back the groups that start from now on (replacing any earlier limit).
    func enable(limit: Limit, notify: @escaping (FormatStartData?, [FormatRecord]) -> Void) {
        self.limit = limit
        self.notify = notify
    }

    /// The records to write now, in order.
    func add(_ r: FormatRecord) -> [FormatRecord] {
        guard let limit else { return [r] }
        if let fs = r as? FormatStartData { formatStart = fs }
        if !holding && r is GroupStartData {
            holding = true
            if case .duration = limit { startedAt = clock() }
            queue.append(r)
            return []
        }
        var expired = false
        if let t = startedAt, case .duration(let d) = limit, clock() - t > d { expired = true }
        if holding && (r is GroupEndData || expired) {
            startedAt = nil
            queue.append(r)
            notify?(formatStart, queue.filter { !(($0 as? FormatEntryData)?.outOfBand ?? false) })
            holding = false
            defer { queue.removeAll() }
            return queue
        }
        if holding {
            queue.append(r)
            return []
        }
        return [r]
    }

    /// Back to holding nothing back (a new outputter).
    func reset() {
        limit = nil
        notify = nil
        queue.removeAll()
        holding = false
        startedAt = nil
        formatStart = nil
    }

    /// Everything still held, without sizing (the outputter is shutting down).
    func drain() -> [FormatRecord] {
        defer {
            queue.removeAll()
            holding = false
            startedAt = nil
        }
        return queue
    }
}
