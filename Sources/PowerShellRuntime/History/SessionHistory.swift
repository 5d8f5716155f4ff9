import Foundation

/// The commands entered in this session, as `Get-History` shows them (every entry, including the
/// ones the history file leaves out because they look like they hold a secret). The REPL records
/// each entry after running it.
public final class SessionHistory {
    public struct Entry: Sendable {
        public let id: Int
        public let commandLine: String
        /// `Completed`, `Failed` or `Stopped` (PipelineState names).
        public let executionStatus: String
        public let start: Date
        public let end: Date
    }

    /// `$MaximumHistoryCount`'s default.
    public static let maximumCount = 4096

    public private(set) var entries: [Entry] = []
    private var nextId = 1

    /// The session's history (a session slot), made on first use.
    public static func of(_ session: Session) -> SessionHistory {
        session.slot(orMake: SessionHistory.init)
    }

    public func record(_ commandLine: String, status: String = "Completed", start: Date, end: Date) {
        entries.append(Entry(id: nextId, commandLine: commandLine, executionStatus: status, start: start, end: end))
        nextId += 1
        if entries.count > SessionHistory.maximumCount { entries.removeFirst(entries.count - SessionHistory.maximumCount) }
    }

    func entry(id: Int) -> Entry? { entries.first { $0.id == id } }

    static func object(_ e: Entry) -> Value {
        let duration = max(0, e.end.timeIntervalSince(e.start))
        let o = PSObject(properties: [
            ("Id", .long(Int64(e.id))),
            ("CommandLine", .string(e.commandLine)),
            ("ExecutionStatus", .string(e.executionStatus)),
            ("StartExecutionTime", .string(SessionHistory.timeText(e.start))),
            ("EndExecutionTime", .string(SessionHistory.timeText(e.end))),
            ("Duration", .string(String(format: "%.3f", duration))),
        ], typeName: "Microsoft.PowerShell.Commands.HistoryInfo")
        return .object(o.withToString(e.commandLine))
    }

    static func timeText(_ d: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "M/d/yyyy h:mm:ss a"
        return f.string(from: d)
    }
}

/// Get-History (`h`, `history`, `ghy`): the session's entries, oldest first; `-Count N` the last N.
final class GetHistoryCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-History",
        parameters: [
            ParameterMetadata(name: "Id", type: "long[]", position: 0, valueFromPipeline: true, validateRange: 1...Double(Int64.max)),
            ParameterMetadata(name: "Count", type: "int", position: 1, validateRange: 0...32767),
        ],
        outputTypes: ["Microsoft.PowerShell.Commands.HistoryInfo"],
        moduleName: "Microsoft.PowerShell.Core",
        synopsis: "Gets a list of the commands entered during the current session.",
        examples: [CommandExample(title: "Get the last three commands", code: "Get-History -Count 3", remarks: "Shows the three most recent entries, oldest first.")])
    init() {}

    func process(_ context: CommandContext) throws {
        let history = SessionHistory.of(context.session)
        if context.has("Id") {
            for v in context.value("Id")?.enumerated() ?? [] {
                let id = Int((try? LanguagePrimitives.toDouble(v)) ?? 0)
                guard let e = history.entry(id: id) else {
                    try context.writeError(context.errorRecord("Cannot locate history for Id \(id).", errorId: "GetHistoryCommand", category: .ObjectNotFound, exceptionType: "System.ArgumentException", targetObject: .long(Int64(id))))
                    continue
                }
                try context.writeObject(SessionHistory.object(e))
            }
            return
        }
        let count = context.int("Count") ?? SessionHistory.maximumCount
        for e in history.entries.suffix(max(0, count)) { try context.writeObject(SessionHistory.object(e)) }
    }
}

/// Invoke-History (`r`, `ihy`): runs an entry again (the newest, or `-Id`: a number or the start
/// of a command line), showing its command line first as PowerShell does.
final class InvokeHistoryCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Invoke-History",
        parameters: [ParameterMetadata(name: "Id", type: "string", position: 0, valueFromPipelineByPropertyName: true)],
        supportsShouldProcess: true,
        moduleName: "Microsoft.PowerShell.Core",
        synopsis: "Runs commands from the session history.",
        examples: [CommandExample(title: "Run the first command of the session again", code: "Invoke-History -Id 1", remarks: "`r 1` does the same; after typing `'hello'` first, it prints the line and then hello.", setup: "'hello'")])
    init() {}

    func process(_ context: CommandContext) throws {
        let history = SessionHistory.of(context.session)
        let target: SessionHistory.Entry?
        if let id = context.string("Id"), !id.isEmpty {
            if let n = Int(id) {
                target = history.entry(id: n)
                if target == nil { throw context.terminatingError("Cannot locate history for Id \(n).", errorId: "InvokeHistoryNoHistoryForId", category: .ObjectNotFound, exceptionType: "System.ArgumentException", targetObject: .long(Int64(n))) }
            } else {
                let p = NameKey.fold(id)
                target = history.entries.last { NameKey.fold($0.commandLine).hasPrefix(p) }
                if target == nil { throw context.terminatingError("Cannot locate history for commandline \(id).", errorId: "InvokeHistoryNoHistoryForCommandline", category: .ObjectNotFound, exceptionType: "System.ArgumentException", targetObject: .string(id)) }
            }
        } else {
            target = history.entries.last
            if target == nil { throw context.terminatingError("Cannot locate the most recent history.", errorId: "InvokeHistoryNoLastHistoryEntryFound", category: .ObjectNotFound, exceptionType: "System.InvalidOperationException") }
        }
        guard let entry = target else { return }
        guard try context.shouldProcess(target: entry.commandLine, action: "Invoke-History") else { return }
        context.writeHost(entry.commandLine)
        for v in try context.session.invokeExpression(entry.commandLine) { try context.writeObject(v) }
    }
}
