import Foundation
import PowerShellSyntax

/// `[powershell]::Create()`: a PowerShell object with a runspace of its own — a fresh session (the
/// same modules over the same tenant, its own variables, functions and connections) kept across
/// its `Invoke()` calls. Commands are added with AddScript/AddCommand/AddParameter/AddArgument/
/// AddStatement; `Invoke()` returns the output, and the error, warning, verbose, debug and
/// information records land in `Streams`, with `HadErrors`.
enum SystemManagementAutomationPowerShell {
    static let powerShell = TypeMembers(staticMethods: [
        "Create": { call in
            guard call.count <= 1 else { return nil }
            let ps = PowerShellObject(parent: call.session)
            if call.count == 1, case .native(let r as RunspaceObject) = call.args[0] { ps.runspaceObject = r }
            return .native(ps)
        },
    ], instanceMethods: [
        // runs at once (LicenseLab's runspaces run in the caller's thread); EndInvoke returns the output
        "BeginInvoke": on { ps, call in
            guard call.count <= 2 else { return nil }
            let result = AsyncResultObject()
            do { result.output = try ps.invoke(input: call.count >= 1 ? call.args[0] : nil, argc: call.count) } catch let e as RuntimeError { result.error = e }
            return .native(result)
        },
        "EndInvoke": on { ps, call in
            guard call.count == 1, case .native(let r as AsyncResultObject) = call.args[0] else { return nil }
            if let e = r.error { throw e }
            return .native(PSList(r.output, elementType: nil, isArrayList: true))
        },
        "AddScript": on { ps, call in
            guard call.count == 1 || call.count == 2 else { return nil }
            // a script block's text is the script (`AddScript({ param($a) $a })`)
            let text: String
            if case .scriptBlock(let sb) = call.args[0] { text = sb.text } else { text = call.string(0) }
            ps.add(.script(text, localScope: call.count == 2 && LanguagePrimitives.isTrue(call.args[1]), []), newStatement: false)
            return .native(ps)
        },
        "AddCommand": on { ps, call in
            guard call.count == 1 || call.count == 2 else { return nil }
            ps.add(.command(call.string(0), []), newStatement: false)
            return .native(ps)
        },
        "AddParameter": on { ps, call in
            guard call.count == 1 || call.count == 2 else { return nil }
            try ps.addArgument(.named(call.string(0), call.count == 2 ? call.args[1] : nil))
            return .native(ps)
        },
        "AddParameters": on { ps, call in
            guard call.count == 1 else { return nil }
            switch call.args[0] {
            case .hashtable(let h): for (k, v) in h.entries { try ps.addArgument(.named(LanguagePrimitives.toString(k), v)) }
            default: for v in call.args[0].enumerated() ?? [call.args[0]] { try ps.addArgument(.positional(v)) }
            }
            return .native(ps)
        },
        "AddArgument": on { ps, call in
            guard call.count == 1 else { return nil }
            try ps.addArgument(.positional(call.args[0]))
            return .native(ps)
        },
        "AddStatement": on { ps, call in
            guard call.count == 0 else { return nil }
            ps.statements.append([])
            return .native(ps)
        },
        "Invoke": on { ps, call in
            guard call.count <= 1 else { return nil }
            return .array(PSArray(try ps.invoke(input: call.count == 1 ? call.args[0] : nil, argc: call.count)))
        },
        "Stop": on { ps, _ in
            if ps.state != "Completed" && ps.state != "Failed" { ps.state = "Stopped" }
            return .automationNull
        },
        "Dispose": on { ps, _ in
            ps.statements = [[]]
            return .automationNull
        },
    ])

    /// `[runspacefactory]::CreateRunspace()`: a runspace a PowerShell object can be given
    /// (`$ps.Runspace = $rs`); each is a session of its own, made when the runspace opens.
    static let runspaceFactory = TypeMembers(staticMethods: [
        "CreateRunspace": { call in
            .native(RunspaceObject(parent: call.session))
        },
    ])

    static let runspace = TypeMembers(instanceMethods: [
        "Open": onRunspace { r, _ in r.state = "Opened"; return .automationNull },
        "OpenAsync": onRunspace { r, _ in r.state = "Opened"; return .automationNull },
        "Close": onRunspace { r, _ in r.state = "Closed"; return .automationNull },
        "Dispose": onRunspace { r, _ in r.state = "Closed"; return .automationNull },
    ])

    private static func onRunspace(_ body: @escaping @Sendable (RunspaceObject, MethodCall) throws -> Value?) -> TypeMembers.Method {
        { call in
            guard case .native(let n as RunspaceObject) = call.target else { return nil }
            return try body(n, call)
        }
    }

    static let commands = TypeMembers(instanceMethods: [
        "Clear": { call in
            guard case .native(let n as PowerShellCommands) = call.target else { return nil }
            n.owner?.statements = [[]]
            return .automationNull
        },
    ])

    static let streams = TypeMembers(instanceMethods: [
        "ClearStreams": { call in
            guard case .native(let n as PowerShellStreams) = call.target else { return nil }
            for list in n.all { list.items = [] }
            return .automationNull
        },
    ])

    private static func on(_ body: @escaping @Sendable (PowerShellObject, MethodCall) throws -> Value?) -> TypeMembers.Method {
        { call in
            guard case .native(let n as PowerShellObject) = call.target else { return nil }
            return try body(n, call)
        }
    }
}

/// One System.Management.Automation.PowerShell.
final class PowerShellObject: NativeObject {
    enum Element {
        case script(String, localScope: Bool, [CommandArgument.Kind])
        case command(String, [CommandArgument.Kind])
    }
    /// Statements (AddStatement starts the next), each a pipeline of elements.
    var statements: [[Element]] = [[]]
    let streams = PowerShellStreams()
    private(set) var hadErrors = false
    private weak var parent: Session?
    /// The runspace given with `$ps.Runspace = $rs` or `Create($rs)`; else one of its own.
    var runspaceObject: RunspaceObject?
    private lazy var ownRunspace: RunspaceObject = RunspaceObject(parent: parent)
    private var runspace: Session { (runspaceObject ?? ownRunspace).session }
    /// InvocationStateInfo.State: NotStarted, Running, Completed, Failed, Stopped.
    var state = "NotStarted"
    var failure: ErrorRecord?

    init(parent: Session) { self.parent = parent }

    var typeName: String { "System.Management.Automation.PowerShell" }
    var propertyNames: [String] { ["Commands", "Streams", "HadErrors", "IsNested", "InstanceId", "InvocationStateInfo", "Runspace"] }
    func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "commands": return .native(PowerShellCommands(self))
        case "streams": return .native(streams)
        case "haderrors": return .bool(hadErrors)
        case "isnested": return .bool(false)
        case "runspace": return .native(runspaceObject ?? ownRunspace)
        case "invocationstateinfo":
            let o = PSObject(typeNames: ["System.Management.Automation.PSInvocationStateInfo", "System.Object"])
            o.setNote("State", .string(state))
            o.setNote("Reason", failure.map { .native($0.exception) } ?? .null)
            return .object(o)
        default: return nil
        }
    }
    func setProperty(_ name: NameKey, _ value: Value, session: Session) throws -> Bool {
        guard name.folded == "runspace" else { return false }
        guard case .native(let r as RunspaceObject) = ObjectAccess.base(value) else { return false }
        runspaceObject = r
        return true
    }
    var instanceMembers: TypeMembers? { SystemManagementAutomationPowerShell.powerShell }
    func toString() -> String { typeName }

    func add(_ e: Element, newStatement: Bool) {
        if newStatement || statements.isEmpty { statements.append([]) }
        statements[statements.count - 1].append(e)
    }

    /// A parameter or argument for the last command or script added.
    func addArgument(_ a: CommandArgument.Kind) throws {
        let last = statements.count - 1
        switch statements.last?.last {
        case .command(let name, var args)?:
            args.append(a)
            statements[last][statements[last].count - 1] = .command(name, args)
        case .script(let text, let local, var args)?:
            args.append(a)
            statements[last][statements[last].count - 1] = .script(text, localScope: local, args)
        case nil:
            throw BuiltinMethods.methodError("AddParameter", 1, "A command is required to add a parameter. A command must be added to the PowerShell instance before adding a parameter.", "System.InvalidOperationException")
        }
    }

    /// The statements as script text; the values of parameters and arguments are passed through
    /// variables of the runspace, so they arrive as the objects they are.
    private func scriptText(input: Bool) -> String {
        var values: [Value] = []
        func variable(_ v: Value) -> String {
            values.append(v)
            return "$global:__LicenseLabRunspaceArgument\(values.count - 1)"
        }
        func arguments(_ args: [CommandArgument.Kind]) -> String {
            var p = ""
            for a in args {
                switch a {
                case .positional(let v): p += " " + variable(v)
                case .named(let n, let v?): p += " -\(n):" + variable(v)
                case .named(let n, nil): p += " -\(n)"
                }
            }
            return p
        }
        var lines: [String] = []
        for (i, statement) in statements.enumerated() where !statement.isEmpty {
            if statement.count == 1, case .script(let text, let local, let args) = statement[0], args.isEmpty, !(input && i == 0) {
                lines.append(local ? "& {\n\(text)\n}" : text)
                continue
            }
            var parts: [String] = []
            for e in statement {
                switch e {
                case .script(let text, let local, let args): parts.append((local ? "& {\n" : ". {\n") + text + "\n}" + arguments(args))
                case .command(let name, let args):
                    parts.append("& '" + name.replacingOccurrences(of: "'", with: "''") + "'" + arguments(args))
                }
            }
            lines.append((input && i == 0 ? "$global:__LicenseLabRunspaceInput | " : "") + parts.joined(separator: " | "))
        }
        for (i, v) in values.enumerated() { runspace.setGlobalVariable("__LicenseLabRunspaceArgument\(i)", v) }
        return lines.joined(separator: "\n")
    }

    /// Runs the statements in the runspace's global scope. A parse error or a terminating error
    /// is thrown as PowerShell's MethodInvocationException; non-terminating errors go to
    /// Streams.Error and set HadErrors.
    func invoke(input: Value?, argc: Int) throws -> [Value] {
        let rs = runspace
        if let input { rs.setGlobalVariable("__LicenseLabRunspaceInput", input) }
        let text = scriptText(input: input != nil)
        let parsed = rs.parse(text, path: nil)
        if let e = parsed.errors.first {
            let error = BuiltinMethods.methodError("Invoke", argc, e.message,
                                                   e.incompleteInput ? "System.Management.Automation.IncompleteParseException" : "System.Management.Automation.ParseException")
            // the parse exception's record is the first error's (`.InnerException.ErrorRecord`)
            error.record.exception.innerException?.recordOnDemand = (e.errorId, .ParserError)
            throw error
        }
        hadErrors = false
        state = "Running"
        failure = nil
        let streams = self.streams
        var sinks = StreamSinks(
            error: { [weak self] rec in streams.error.items.append(.native(rec)); self?.hadErrors = true },
            warning: { m in streams.warning.items.append(StreamRecord.make("Warning", m)) },
            verbose: { m in streams.verbose.items.append(StreamRecord.make("Verbose", m)) },
            debug: { m in streams.debug.items.append(StreamRecord.make("Debug", m)) },
            information: { v, _ in streams.information.items.append(v) },
            host: { text, _, _, _ in streams.information.items.append(.string(text)) },
            progress: { _, _, _, _ in })
        // the streams keep every record (the preferences decide what a console would show)
        sinks.informationRedirected = true
        sinks.errorRedirected = true
        rs.sinkStack.append(sinks)
        defer { rs.sinkStack.removeLast() }
        var out: [Value] = []
        let errorsBefore = rs.errorCounter
        do {
            let ast = parsed.scriptBlock
            for block in [ast.beginBlock, ast.processBlock, ast.endBlock] {
                guard let block else { continue }
                try rs.executeStatementList(block.statements, traps: block.traps, emit: { out.append($0) })
            }
        } catch let e as RuntimeError {
            hadErrors = true
            state = "Failed"
            failure = e.record
            streams.error.items.append(.native(e.record))
            // an error that stopped because of -ErrorAction Stop surfaces as ActionPreferenceStopException
            throw BuiltinMethods.methodError("Invoke", argc, e.record.message, e.fromStopPreference ? "System.Management.Automation.ActionPreferenceStopException" : e.record.exception.typeName)
        } catch is ReturnSignal {
        } catch is ExitSignal {
        }
        if rs.errorCounter != errorsBefore { hadErrors = true }
        state = "Completed"
        return out
    }
}

/// `$ps.Commands`: `Clear()` empties the PowerShell object's commands.
final class PowerShellCommands: NativeObject {
    weak var owner: PowerShellObject?
    init(_ owner: PowerShellObject) { self.owner = owner }
    var typeName: String { "System.Management.Automation.PSCommand" }
    var propertyNames: [String] { ["Commands"] }
    func getProperty(_ name: NameKey, session: Session) -> Value? {
        guard name.folded == "commands" else { return nil }
        return .array(PSArray((owner?.statements.flatMap { $0 } ?? []).map { e in
            switch e {
            case .script(let t, _, _): return .string(t)
            case .command(let n, _): return .string(n)
            }
        }))
    }
    var instanceMembers: TypeMembers? { SystemManagementAutomationPowerShell.commands }
    func toString() -> String { typeName }
}

/// `$ps.Streams`: the records each stream received (lists with Clear, Count, indexing).
final class PowerShellStreams: NativeObject {
    let error = PSList([], elementType: nil, isArrayList: true)
    let warning = PSList([], elementType: nil, isArrayList: true)
    let verbose = PSList([], elementType: nil, isArrayList: true)
    let debug = PSList([], elementType: nil, isArrayList: true)
    let information = PSList([], elementType: nil, isArrayList: true)
    let progress = PSList([], elementType: nil, isArrayList: true)
    var all: [PSList] { [error, warning, verbose, debug, information, progress] }
    var typeName: String { "System.Management.Automation.PSDataStreams" }
    var propertyNames: [String] { ["Error", "Progress", "Verbose", "Debug", "Warning", "Information"] }
    func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "error": return .native(error)
        case "warning": return .native(warning)
        case "verbose": return .native(verbose)
        case "debug": return .native(debug)
        case "information": return .native(information)
        case "progress": return .native(progress)
        default: return nil
        }
    }
    var instanceMembers: TypeMembers? { SystemManagementAutomationPowerShell.streams }
    func toString() -> String { typeName }
}

/// A runspace (`[runspacefactory]::CreateRunspace()`): a fresh session — the same modules over
/// the same tenant, its own variables, functions and connections — made on first use.
final class RunspaceObject: NativeObject {
    private weak var parent: Session?
    var state = "BeforeOpen"
    let id = UUID()
    init(parent: Session?) { self.parent = parent }
    lazy var session: Session = {
        let s = Session(host: DiscardingHost())
        s.currentLocation = parent?.currentLocation ?? s.currentLocation
        s.environment = parent?.environment ?? s.environment
        s.nativeCommandsAllowed = parent?.nativeCommandsAllowed ?? true
        s.nativeCommandsRefusedBy = parent?.nativeCommandsRefusedBy ?? s.nativeCommandsRefusedBy
        for setup in parent?.runspaceSetup ?? [] { setup(s) }
        return s
    }()
    var typeName: String { "System.Management.Automation.Runspaces.LocalRunspace" }
    var propertyNames: [String] { ["RunspaceStateInfo", "InstanceId", "Name", "Id"] }
    func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "runspacestateinfo":
            let o = PSObject(typeNames: ["System.Management.Automation.Runspaces.RunspaceStateInfo", "System.Object"])
            o.setNote("State", .string(state))
            o.setNote("Reason", .null)
            let text = state
            o.add(PSMember(name: "ToString", kind: .codeMethod({ _, _ in .string(text) })))
            return .object(o)
        case "instanceid": return .guid(id)
        default: return nil
        }
    }
    var instanceMembers: TypeMembers? { SystemManagementAutomationPowerShell.runspace }
    func toString() -> String { "System.Management.Automation.Runspaces.LocalRunspace" }
}

/// What BeginInvoke returns: the invocation has run; EndInvoke hands over its output or error.
final class AsyncResultObject: NativeObject {
    var output: [Value] = []
    var error: RuntimeError?
    var typeName: String { "System.Management.Automation.PowerShellAsyncResult" }
    var propertyNames: [String] { ["IsCompleted", "CompletedSynchronously"] }
    func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "iscompleted", "completedsynchronously": return .bool(true)
        default: return nil
        }
    }
    func toString() -> String { typeName }
}

/// A warning, verbose or debug record as the Streams collections hold them: `Message`, and the
/// message as its text.
enum StreamRecord {
    static func make(_ kind: String, _ message: String) -> Value {
        let o = PSObject(typeNames: ["System.Management.Automation.\(kind)Record", "System.Management.Automation.InformationalRecord", "System.Object"])
        o.setNote("Message", .string(message))
        o.setNote("InvocationInfo", .null)
        o.add(PSMember(name: "ToString", kind: .codeMethod({ _, _ in .string(message) })))
        return .object(o)
    }
}
