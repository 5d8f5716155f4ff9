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
            return .native(PowerShellObject(parent: call.session))
        },
    ], instanceMethods: [
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
        "Stop": on { _, _ in .automationNull },
        "Dispose": on { ps, _ in
            ps.statements = [[]]
            return .automationNull
        },
    ])

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
    private lazy var runspace: Session = {
        let s = Session(host: DiscardingHost())
        s.currentLocation = parent?.currentLocation ?? s.currentLocation
        s.environment = parent?.environment ?? s.environment
        s.nativeCommandsAllowed = parent?.nativeCommandsAllowed ?? true
        s.nativeCommandsRefusedBy = parent?.nativeCommandsRefusedBy ?? s.nativeCommandsRefusedBy
        for setup in parent?.runspaceSetup ?? [] { setup(s) }
        return s
    }()

    init(parent: Session) { self.parent = parent }

    var typeName: String { "System.Management.Automation.PowerShell" }
    var propertyNames: [String] { ["Commands", "Streams", "HadErrors", "IsNested", "InstanceId"] }
    func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "commands": return .native(PowerShellCommands(self))
        case "streams": return .native(streams)
        case "haderrors": return .bool(hadErrors)
        case "isnested": return .bool(false)
        default: return nil
        }
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
        let streams = self.streams
        var sinks = StreamSinks(
            error: { [weak self] rec in streams.error.items.append(.native(rec)); self?.hadErrors = true },
            warning: { m in streams.warning.items.append(.string(m)) },
            verbose: { m in streams.verbose.items.append(.string(m)) },
            debug: { m in streams.debug.items.append(.string(m)) },
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
            streams.error.items.append(.native(e.record))
            throw BuiltinMethods.methodError("Invoke", argc, e.record.message, e.record.exception.typeName)
        } catch is ReturnSignal {
        } catch is ExitSignal {
        }
        if rs.errorCounter != errorsBefore { hadErrors = true }
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
