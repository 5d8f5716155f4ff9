import Foundation
import PowerShellSyntax

/// One stage of a running pipeline.
protocol PipelineStage: AnyObject {
    var downstream: Emit { get set }
    func begin() throws
    /// Called once per input object; with nil once when the stage is first in the pipeline.
    func process(_ input: Value?) throws
    func end() throws
    /// After the whole pipeline ran, stopped early or failed: a function's `clean { }` block
    /// (when one of its other blocks ran) and its -WarningVariable/-OutVariable... Never throws.
    func clean()
}

extension PipelineStage {
    func clean() {}
}

extension Session {

    func emitUnrolled(_ v: Value, _ emit: @escaping Emit) throws {
        switch v {
        case .automationNull: return
        // AutomationNull elements are never written (`1, (& {}), 2` writes two objects)
        case .array(let a): for i in a.items where i != .automationNull { try emit(i) }
        case .native(let n):
            if let items = n.enumerated(), !(n is PSException) { for i in items where i != .automationNull { try emit(i) } } else { try emit(v) }
        default: try emit(v)
        }
    }

    func executePipeline(_ p: PipelineAst, emit: @escaping Emit) throws {
        if let e = p.pureExpression {
            if case .unary(let u) = e, [.preIncrement, .preDecrement, .postIncrement, .postDecrement].contains(u.operator) {
                _ = try evaluate(e)
                return
            }
            // `(Write-Error x)`, `$(...)`, `@(...)`: an expression fails when an error was written
            // while it ran
            let errorsBefore = errorCounter
            let v = try evaluate(e)
            lastSuccess = errorCounter == errorsBefore
            try emitUnrolled(v, emit)
            return
        }
        let errorsBefore = errorCounter
        var stages: [PipelineStage] = []
        for (i, element) in p.pipelineElements.enumerated() {
            stages.append(try makeStage(element, position: i, count: p.pipelineElements.count))
        }
        guard !stages.isEmpty else { return }
        // clean blocks run in pipeline order once every stage is done, however it ended
        defer { for s in stages { s.clean() } }
        // Stages begin in order; what a stage writes in its begin block waits in the next stage's
        // queue until that stage has begun (pwsh's pipes do the same: `function f { begin { 'x' } }`
        // piped into a cmdlet).
        let run = PipelineRun(stageCount: stages.count)
        for i in 0..<stages.count {
            if i + 1 < stages.count {
                let next = stages[i + 1]
                let downstreamIndex = i + 1
                stages[i].downstream = { v in
                    try self.checkStop()
                    if downstreamIndex >= run.begun {
                        run.queued[downstreamIndex].append(v)
                        return
                    }
                    do {
                        try next.process(v)
                    } catch let stop as StopUpstreamSignal {
                        // the innermost stage that received it is the one that asked
                        if stop.stage == nil { stop.stage = downstreamIndex }
                        throw stop
                    }
                }
            } else {
                stages[i].downstream = emit
            }
        }
        let redirectsBefore = openRedirects.count
        defer {
            // Files written by `>` get their last formatted block when the pipeline ends.
            while openRedirects.count > redirectsBefore { openRedirects.removeLast().close() }
        }
        // A stage that needs no more input (Select-Object -First) throws StopUpstreamSignal: the
        // stages before it stop where they are (their end blocks do not run, as in pwsh), it and
        // the stages after it finish normally. `first` is the first stage still running.
        var first = 0
        for k in stages.indices {
            try stages[k].begin()
            run.begun = k + 1
            do {
                while !run.queued[k].isEmpty, k >= first {
                    try stages[k].process(run.queued[k].removeFirst())
                }
            } catch let stop as StopUpstreamSignal {
                first = max(first, stop.stage ?? k)
            }
            run.queued[k] = []
        }
        if first == 0 {
            do {
                try stages[0].process(nil)
            } catch let stop as StopUpstreamSignal {
                first = max(first, stop.stage ?? 0)
            }
        }
        var next = first
        while next < stages.count {
            do {
                try stages[next].end()
                next += 1
            } catch let stop as StopUpstreamSignal {
                next = max(next + 1, stop.stage ?? 0)
            }
        }
        lastSuccess = errorCounter == errorsBefore
    }

    /// Which stages of a running pipeline have begun, and what waits for the others.
    final class PipelineRun {
        var begun = 0
        var queued: [[Value]]
        init(stageCount: Int) { queued = Array(repeating: [], count: stageCount) }
    }

    func makeStage(_ element: CommandBaseAst, position: Int, count: Int) throws -> PipelineStage {
        switch element {
        case .expression(let ce):
            if position > 0 {
                throw RuntimeError(message: "Expressions are only allowed as the first element of a pipeline.", errorId: "ExpressionsMustBeFirstInPipeline", category: .ParserError, exceptionType: "System.Management.Automation.ParseException")
            }
            return ExpressionStage(session: self, expression: ce.expression, redirections: ce.redirections)
        case .command(let c):
            return try commandStage(c, expectingInput: position > 0)
        }
    }

    // MARK: command resolution

    enum ResolvedCommand {
        case cmdlet(any Cmdlet.Type)
        case function(FunctionInfo)
        case script(String)
        case scriptBlock(ScriptBlock)
    }

    func commandNotFound(_ name: String, extent: Extent) -> RuntimeError {
        let rec: ErrorRecord
        if let program = nativeProgram(name) {
            // --no-native (and --what-if): nothing outside the shell (or, under --what-if, outside
            // its file overlay) can be changed behind the script's back
            rec = ErrorRecord(exception: types.exception("System.Management.Automation.CommandNotFoundException", message: "'\(name)' is a native program\(program == name ? "" : " (\(program))"). This shell was started with \(nativeCommandsRefusedBy) and does not start native programs."), errorId: "NativeCommandNotSupported", category: .ResourceUnavailable, targetObject: .string(name))
        } else {
            rec = ErrorRecord(exception: types.exception("System.Management.Automation.CommandNotFoundException", message: "The term '\(name)' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again."), errorId: "CommandNotFoundException", category: .ObjectNotFound, targetObject: .string(name))
        }
        rec.invocationInfo = invocationInfo(for: extent, command: nil)
        rec.invocationInfo?.invocationName = name
        rec.categoryInfo.activity = ""
        return RuntimeError(rec)
    }

    /// The program file `name` would start in pwsh: a path to an existing file that is not a
    /// script, or an executable file of that name in a `$env:PATH` folder.
    func nativeProgram(_ name: String) -> String? {
        if name.contains("/") || name.contains("\\") {
            let path = resolvePath(name)
            guard let status = fileSystem.status(path), status.kind != .directory, !NameKey.fold(path).hasSuffix(".ps1") else { return nil }
            return path
        }
        guard !name.isEmpty, !name.contains("\u{0}") else { return nil }
        for dir in (environment["PATH"] ?? "").split(separator: ":") where dir.hasPrefix("/") {
            let candidate = dir + "/" + name
            if fileSystem.status(candidate)?.kind == .file, access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// Evaluates a command's arguments (expanding `@splat`).
    func commandArguments(_ elements: ArraySlice<CommandElementAst>) throws -> [CommandArgument] {
        var out: [CommandArgument] = []
        var endOfParameters = false
        for el in elements {
            // A bare `--` ends the parameters: the parser already reads what follows as plain
            // arguments, and the binder never sees the `--` itself (about_Parsing).
            if !endOfParameters, case .expression(.stringConstant(let sc)) = el, sc.stringConstantType == .bareWord, sc.value == "--" {
                endOfParameters = true
                continue
            }
            switch el {
            case .parameter(let p):
                if let a = p.argument {
                    var v = try evaluate(a)
                    if v == .automationNull { v = .null }
                    out.append(CommandArgument(kind: .named(p.parameterName, v), extent: p.extent, hasColonValue: true))
                } else {
                    out.append(CommandArgument(kind: .named(p.parameterName, nil), extent: p.extent))
                }
            case .expression(let e):
                if case .variable(let v) = e, v.splatted {
                    let val = try readVariable(v.variablePath, extent: v.extent)
                    switch val {
                    case .hashtable(let h):
                        for (k, value) in h.entries {
                            out.append(CommandArgument(kind: .named(LanguagePrimitives.toString(k), value), extent: v.extent, hasColonValue: true, fromSplat: true))
                        }
                    case .array(let a):
                        for item in a.items { out.append(CommandArgument(kind: .positional(item), extent: v.extent)) }
                    case .null, .automationNull: break
                    default: out.append(CommandArgument(kind: .positional(val), extent: v.extent))
                    }
                    continue
                }
                var v = try evaluate(e)
                if v == .automationNull { v = .null }
                out.append(CommandArgument(kind: .positional(v), extent: e.extent))
            }
        }
        return out
    }

    func commandStage(_ c: CommandAst, expectingInput: Bool) throws -> PipelineStage {
        guard let first = c.commandElements.first else {
            throw RuntimeError(message: "Empty command.", errorId: "EmptyCommand", category: .ParserError)
        }
        let dot = c.invocationOperator == .dot
        let args = try commandArguments(c.commandElements.dropFirst())
        var resolved: ResolvedCommand?
        var invocationName = ""
        if case .expression(let e) = first {
            switch e {
            case .stringConstant(let s) where s.stringConstantType == .bareWord || c.invocationOperator != .none:
                invocationName = s.value
                resolved = resolveCommand(s.value)
            default:
                let v = try evaluate(e)
                switch v {
                case .scriptBlock(let sb):
                    resolved = .scriptBlock(sb)
                    invocationName = ""
                case .object(let o) where o.member("Name") != nil && (o.typeNames.first?.hasSuffix("Info") ?? false):
                    invocationName = LanguagePrimitives.toString(try getMember(v, "Name"))
                    resolved = resolveCommand(invocationName)
                default:
                    invocationName = LanguagePrimitives.toString(v)
                    resolved = resolveCommand(invocationName)
                }
            }
        }
        guard let r = resolved else {
            if nativeCommandsAllowed, let program = nativeProgram(invocationName) {
                var inv = invocationInfo(for: c.extent, command: invocationName)
                inv.myCommand = (program as NSString).lastPathComponent
                return NativeStage(session: self, path: program, name: invocationName, arguments: nativeArguments(args), redirections: c.redirections,
                                   invocation: inv, expectingInput: expectingInput)
            }
            throw commandNotFound(invocationName, extent: first.extent)
        }
        var inv = invocationInfo(for: c.extent, command: invocationName)
        switch r {
        case .cmdlet(let type): inv.myCommand = type.metadata.name
        case .function(let f): inv.myCommand = f.name
        case .script(let path): inv.myCommand = (path as NSString).lastPathComponent
        case .scriptBlock: inv.myCommand = nil
        }
        let stage: PipelineStage
        switch r {
        case .cmdlet(let type):
            modules.noteUse(of: type)   // a module's first command imports it (module autoloading)
            // called by an alias a module exports: that module is imported too
            if invocationName != inv.myCommand, let module = commands.module(ofAlias: invocationName) { modules.importModule(named: module) }
            stage = CmdletStage(session: self, type: type, arguments: args, invocationName: invocationName, invocation: inv, expectingInput: expectingInput, redirections: c.redirections)
        case .function(let f):
            stage = FunctionStage(session: self, function: f, arguments: args, invocationName: invocationName, invocation: inv, expectingInput: expectingInput, dotSource: dot, redirections: c.redirections)
        case .scriptBlock(let sb):
            let f = anonymousFunction(sb, name: "")
            stage = FunctionStage(session: self, function: f, arguments: args, invocationName: "", invocation: inv, expectingInput: expectingInput, dotSource: dot, redirections: c.redirections)
        case .script(let path):
            let text = try readTextFile(path)
            let result = parse(text, path: path)
            if let e = result.errors.first {
                // the error points into the script file, where the parser found it
                let rec = ErrorRecord(message: e.message, errorId: e.errorId, category: .ParserError, exceptionType: "System.Management.Automation.ParseException")
                rec.invocationInfo = InvocationInfo(scriptName: e.extent.fileName ?? path, scriptLineNumber: e.extent.startLine, offsetInLine: e.extent.startColumn, line: e.extent.startLineText,
                                                    extentLength: max(1, e.extent.endOffset - e.extent.startOffset), extentText: e.extent.text)
                rec.isParseError = true
                throw RuntimeError(rec)
            }
            let sb = ScriptBlock(ast: result.scriptBlock)
            let f = anonymousFunction(sb, name: (path as NSString).lastPathComponent)
            let fs = FunctionStage(session: self, function: f, arguments: args, invocationName: invocationName, invocation: inv, expectingInput: expectingInput, dotSource: dot, redirections: c.redirections)
            fs.scriptPath = path
            stage = fs
        }
        return stage
    }

    func anonymousFunction(_ sb: ScriptBlock, name: String) -> FunctionInfo {
        let params = sb.ast.paramBlock?.parameters ?? []
        return FunctionInfo(name: name, scriptBlock: sb, isFilter: false, parameterAsts: params, metadata: cachedMetadata(sb.ast, name: name, parameters: params), help: nil)
    }

    /// Metadata of a script block's param() computed once per AST node (the cache keeps the node
    /// alive so its identity cannot be reused).
    func cachedMetadata(_ ast: ScriptBlockAst, name: String, parameters: [ParameterAst]) -> CommandMetadata {
        let id = ObjectIdentifier(ast)
        if let hit = metadataCache[id], hit.ast === ast, hit.metadata.name == name { return hit.metadata }
        let md = functionMetadata(name: name, body: ast, parameters: parameters, help: nil)
        metadataCache[id] = (ast, md)
        return md
    }

    // MARK: streams

    /// Where streams go when nothing is redirected: errors to the error view, messages to the host.
    func defaultSinks() -> StreamSinks {
        StreamSinks(
            error: { [unowned self] rec in self.displayError(rec) },
            warning: { [unowned self] m in self.writeStream("WARNING: " + m, color: "\u{1b}[33;1m") },
            verbose: { [unowned self] m in self.writeStream("VERBOSE: " + m, color: "\u{1b}[33;1m") },
            debug: { [unowned self] m in self.writeStream("DEBUG: " + m, color: "\u{1b}[33;1m") },
            information: { [unowned self] v, _ in self.writeStream(LanguagePrimitives.toString(v), color: nil) },
            host: { [unowned self] text, fg, bg, noNewline in self.writeHostText(text, foreground: fg, background: bg, noNewline: noNewline) },
            progress: { _, _, _, _ in })
    }

    /// The default stream sinks, rewired by redirections (`2>&1`, `2>$null`, `3>&1`, `*>&1`, `> file`).
    func makeSinks(_ redirections: [RedirectionAst], output: @escaping Emit) throws -> (StreamSinks, Emit) {
        // Commands inside a redirected function/script block inherit its redirections.
        var sinks = sinkStack.last ?? defaultSinks()
        var out = output
        for r in redirections {
            switch r {

            case .merging(let m):
                guard m.toStream == .output else { continue }
                let merge = { (s: RedirectionStream) -> Bool in m.fromStream == .all || m.fromStream == s }
                if merge(.error) { sinks.error = { rec in try? output(.native(rec)) }; sinks.errorRedirected = true }
                if merge(.warning) { sinks.warning = { msg in try? output(.string(msg)) } }
                if merge(.verbose) { sinks.verbose = { msg in try? output(.string(msg)) } }
                if merge(.debug) { sinks.debug = { msg in try? output(.string(msg)) } }
                if merge(.information) {
                    sinks.informationRedirected = true
                    sinks.information = { v, _ in try? output(v) }
                    sinks.host = { text, _, _, _ in try? output(.string(text)) }
                }
            case .file(let f):
                let target = try evaluate(f.location)
                let isNull = target.isNull
                let path = isNull ? "" : resolvePath(LanguagePrimitives.toString(target))
                let writer = isNull ? nil : FileRedirect(session: self, path: path, append: f.append)
                let take = { (s: RedirectionStream) -> Bool in f.fromStream == .all || f.fromStream == s }
                if take(.output) {
                    if let w = writer { out = { v in try w.write(v) } } else { out = { _ in } }
                }
                if take(.error) { sinks.error = { rec in writer?.writeText(LanguagePrimitives.toString(.native(rec))) }; sinks.errorRedirected = true }
                if take(.warning) { sinks.warning = { m in writer?.writeText(m) } }
                if take(.verbose) { sinks.verbose = { m in writer?.writeText(m) } }
                if take(.debug) { sinks.debug = { m in writer?.writeText(m) } }
                if take(.information) {
                    sinks.informationRedirected = true
                    sinks.information = { v, _ in writer?.writeText(LanguagePrimitives.toString(v)) }
                    sinks.host = { text, _, _, _ in writer?.writeText(text) }
                }
                if let w = writer {
                    try w.open()
                    openRedirects.append(w)
                }
            }
        }
        return (sinks, out)
    }

    /// Warning, verbose, debug and information text goes straight to the host, as pwsh's console
    /// host writes it: before the rows of a table Out-Default is still holding back.
    func writeStream(_ text: String, color: String?) {
        if host.useColor, let color { writeToHost(color + text + "\u{1b}[0m\n", to: .output) } else { writeToHost(text + "\n", to: .output) }
    }

    func writeHostText(_ text: String, foreground: String?, background: String?, noNewline: Bool) {
        var t = text
        if host.useColor, let code = ConsoleColors.code(foreground: foreground, background: background) {
            t = code + t + "\u{1b}[0m"
        }
        writeToHost(t + (noNewline ? "" : "\n"), to: .output)
    }
}

/// Console colour names → ANSI codes for Write-Host.
enum ConsoleColors {
    static let fg: [String: String] = [
        "black": "30", "darkblue": "34", "darkgreen": "32", "darkcyan": "36", "darkred": "31", "darkmagenta": "35",
        "darkyellow": "33", "gray": "37", "darkgray": "90", "blue": "94", "green": "92", "cyan": "96", "red": "91",
        "magenta": "95", "yellow": "93", "white": "97",
    ]
    static func code(foreground: String?, background: String?) -> String? {
        var parts: [String] = []
        if let f = foreground, let c = fg[NameKey.fold(f)] { parts.append(c) }
        if let b = background, let c = fg[NameKey.fold(b)], let n = Int(c) { parts.append(String(n + 10)) }
        return parts.isEmpty ? nil : "\u{1b}[" + parts.joined(separator: ";") + "m"
    }
}

/// `> file` / `>> file`: objects are formatted as Out-File formats them and written as UTF-8;
/// the outputter finishes when the pipeline ends.
final class FileRedirect {
    unowned let session: Session
    let path: String
    let append: Bool
    var file: FileWriter?
    lazy var formatter = OutputWriter(session: session, output: .text(session, width: nil) { [unowned self] text, _ in self.appendRaw(text) })
    init(session: Session, path: String, append: Bool) {
        self.session = session
        self.path = path
        self.append = append
    }
    func appendRaw(_ text: String) {
        try? file?.write(Data(text.utf8))
    }
    func close() {
        formatter.finish()
        file?.close()
        file = nil
    }
    func open() throws {
        do { file = try session.fileSystem.openWriter(path, append: append) } catch {
            throw RuntimeError(message: "Could not find a part of the path '\(path)'.", errorId: "FileOpenFailure", category: .OpenError, exceptionType: "System.IO.DirectoryNotFoundException")
        }
    }
    func write(_ v: Value) throws {
        do { try formatter.write(v) } catch let e as OutOfSequenceRecord { throw e.error(nil, session: session) }
    }
    func writeText(_ text: String) {
        appendRaw(text + "\n")
    }
}

// MARK: - stages

final class ExpressionStage: PipelineStage {
    unowned let session: Session
    let expression: ExpressionAst
    let redirections: [RedirectionAst]
    var downstream: Emit = { _ in }
    init(session: Session, expression: ExpressionAst, redirections: [RedirectionAst]) {
        self.session = session
        self.expression = expression
        self.redirections = redirections
    }
    func begin() throws {}
    func process(_ input: Value?) throws {
        let (_, out) = try session.makeSinks(redirections, output: downstream)
        // `1..$n | ...`: an integer range that starts a pipeline is enumerated as it is consumed,
        // as pwsh does (a range enumerator, not an array), so it has no size limit and
        // `Select-Object -First` or Ctrl-C stops it early
        if case .binary(let b) = expression, b.operator == .range {
            let left = try session.evaluate(b.left), right = try session.evaluate(b.right)
            if let x = left.plainInteger, let y = right.plainInteger, Value.inInt32(Int64(x)), Value.inInt32(Int64(y)) {
                let step = x <= y ? 1 : -1
                var i = x
                while true {
                    try out(.int(i))
                    if i == y { break }
                    i += step
                }
                return
            }
            for item in try Operators.range(left, right) { try out(item) }
            return
        }
        let v = try session.evaluate(expression)
        try session.emitUnrolled(v, out)
    }
    func end() throws {}
}

final class CmdletStage: PipelineStage {
    unowned let session: Session
    let type: any Cmdlet.Type
    let instance: any Cmdlet
    let arguments: [CommandArgument]
    let invocationName: String
    let invocation: InvocationInfo
    let expectingInput: Bool
    let redirections: [RedirectionAst]
    var downstream: Emit = { _ in }
    var context: CommandContext!
    var binder: ParameterBinder!
    var base: BindResult!
    var outVariable: [Value]?

    init(session: Session, type: any Cmdlet.Type, arguments: [CommandArgument], invocationName: String, invocation: InvocationInfo, expectingInput: Bool, redirections: [RedirectionAst]) {
        self.session = session
        self.type = type
        self.instance = type.init()
        self.arguments = arguments
        self.invocationName = invocationName
        self.invocation = invocation
        self.expectingInput = expectingInput
        self.redirections = redirections
    }

    func begin() throws {
        let md = type.metadata
        let plan = session.cmdletPlans[NodeKey(type)] ?? BinderPlan(md)
        session.cmdletPlans[NodeKey(type)] = plan
        binder = ParameterBinder(session: session, metadata: md, fqName: session.commands.fullyQualifiedName(for: md), allowUnbound: false, invocation: invocation, plan: plan)
        binder.isCmdlet = true
        base = try binder.bind(arguments)
        try binder.checkMandatory(base, expectingInput: expectingInput)
        let (sinks, out) = try session.makeSinks(redirections, output: downstream)
        var emit = out
        if let ov = base.bound[key: .outVariable].map({ LanguagePrimitives.toString($0) }) {
            outVariable = []
            let inner = emit
            emit = { [unowned self] v in self.outVariable?.append(v); try inner(v) }
            _ = ov
        }
        if let pv = base.bound[key: .pipelineVariable].map({ LanguagePrimitives.toString($0) }) {
            let inner = emit
            let scope = session.currentScope
            emit = { v in
                scope.variables[NameKey(pv)] = PSVariable(name: pv, value: v)
                try inner(v)
            }
        }
        context = CommandContext(session: session, metadata: md, invocationName: invocationName, parameters: base.bound, expectingInput: expectingInput, invocationInfo: invocation, output: emit, streams: sinks)
        context.parameterSetName = base.parameterSet
        applyCommonParameters(context, base.bound, session: session)
        try run { try instance.begin(context) }
    }

    func process(_ input: Value?) throws {
        if let input {
            guard let bound = try binder.bindPipeline(input, base: base) else {
                try context.writeError(binder.inputNotBound(input))
                return
            }
            var r = base!
            r.bound = bound
            try binder.checkMandatory(r, expectingInput: false)
            context.parameters = bound
            context.inputObject = input
        } else {
            if expectingInput { return }
            if !base.delayBind.isEmpty {
                throw binder.bindingError("Cannot bind parameter '\(base.delayBind[0].0)'. The script block argument can only be used with pipeline input.", "ScriptBlockArgumentNoInput")
            }
            context.inputObject = nil
        }
        try run { try instance.process(context) }
    }

    func end() throws {
        try run { try instance.end(context) }
        finishCommonVariables(context, outVariable: outVariable, session: session)
    }

    /// Terminating errors from the cmdlet get its invocation info and activity; a failure reported
    /// while it ran (`Session.failCurrentCommand`) fails it.
    func run(_ body: () throws -> Void) throws {
        do {
            try body()
            try session.raiseDeferredFailure()
        } catch let e as RuntimeError {
            if e.record.invocationInfo == nil { e.record.invocationInfo = invocation }
            if e.record.categoryInfo.activity.isEmpty { e.record.categoryInfo.activity = type.metadata.name }
            throw e
        }
    }
}

/// Reads -ErrorAction/-WarningAction/-Verbose/-Debug/-WhatIf into the context.
func applyCommonParameters(_ context: CommandContext, _ bound: BoundParameters, session: Session) {
    if let v = bound[key: .errorAction], let a = ActionPreference(value: v) { context.errorAction = a }
    if let v = bound[key: .warningAction], let a = ActionPreference(value: v) { context.warningAction = a }
    if let v = bound[key: .verbose] { context.verbose = LanguagePrimitives.isTrue(v) }
    if let v = bound[key: .debug] { context.debug = LanguagePrimitives.isTrue(v) }
    if let v = bound[key: .whatIf] { context.whatIf = LanguagePrimitives.isTrue(v) }
    if let v = bound[key: .confirm] {
        // a command of ConfirmImpact None never asks, not even with -Confirm
        context.confirm = LanguagePrimitives.isTrue(v) && context.metadata.confirmImpact != .none
        context.confirmParameter = LanguagePrimitives.isTrue(v)
    }
}

/// -ErrorVariable / -WarningVariable / -OutVariable after the command ran (`+name` appends).
func finishCommonVariables(_ context: CommandContext, outVariable: [Value]?, session: Session) {
    func store(_ name: String, _ values: [Value]) {
        var n = name
        var append = false
        if n.hasPrefix("+") { n.removeFirst(); append = true }
        let list = PSList([], elementType: nil, isArrayList: true)
        if append, let existing = session.variable(n) { list.items = existing.isNull ? [] : (existing.enumerated() ?? [existing]) }
        list.items += values
        try? session.assignVariable(VariablePath(parsing: n), .native(list))
    }
    if let ev = context.parameters[key: .errorVariable] { store(LanguagePrimitives.toString(ev), context.errorVariable) }
    if let wv = context.parameters[key: .warningVariable] { store(LanguagePrimitives.toString(wv), context.warningVariable) }
    if let iv = context.parameters[key: .informationVariable] { store(LanguagePrimitives.toString(iv), context.informationVariable) }
    if let ov = context.parameters[key: .outVariable], let values = outVariable { store(LanguagePrimitives.toString(ov), values) }
}
