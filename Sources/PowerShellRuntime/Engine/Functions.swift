import Foundation
import PowerShellSyntax

extension Session {

    // MARK: metadata from param()

    /// Turns a function's parameters and attributes into the same metadata cmdlets declare.
    func functionMetadata(name: String, body: ScriptBlockAst, parameters: [ParameterAst], help: CommentHelp?) -> CommandMetadata {
        var isAdvanced = false
        var supportsShouldProcess = false
        var confirmImpact = ConfirmImpact.medium
        var defaultSet: String?
        for a in body.paramBlock?.attributes ?? [] where NameKey.fold(a.typeName.fullName) == "cmdletbinding" {
            isAdvanced = true
            if let s = a.namedArgument("SupportsShouldProcess") { supportsShouldProcess = LanguagePrimitives.isTrue((try? evaluate(s.argument)) ?? .bool(true)) }
            if let c = a.namedArgument("ConfirmImpact"), let impact = ConfirmImpact(name: LanguagePrimitives.toString((try? evaluate(c.argument)) ?? .null)) {
                confirmImpact = impact
            }
            if let d = a.namedArgument("DefaultParameterSetName") { defaultSet = LanguagePrimitives.toString((try? evaluate(d.argument)) ?? .null) }
        }
        var params: [ParameterMetadata] = []
        var anyExplicitPosition = false
        for p in parameters {
            var md = ParameterMetadata(name: p.name.name)
            if let tc = p.typeConstraint { md.type = tc.typeName.fullName }
            for attr in p.attributes {
                guard case .attribute(let a) = attr else { continue }
                let an = NameKey.fold(a.typeName.fullName)
                let positional = a.positionalArguments.map { (try? evaluate($0)) ?? .null }
                switch an {
                case "parameter":
                    isAdvanced = true
                    for na in a.namedArguments {
                        let v = na.expressionOmitted ? Value.bool(true) : ((try? evaluate(na.argument)) ?? .null)
                        switch NameKey.fold(na.argumentName) {
                        case "mandatory": md.mandatory = LanguagePrimitives.isTrue(v)
                        case "position":
                            md.position = try? LanguagePrimitives.toInt(v)
                            anyExplicitPosition = true
                        case "valuefrompipeline": md.valueFromPipeline = LanguagePrimitives.isTrue(v)
                        case "valuefrompipelinebypropertyname": md.valueFromPipelineByPropertyName = LanguagePrimitives.isTrue(v)
                        case "valuefromremainingarguments": md.valueFromRemainingArguments = LanguagePrimitives.isTrue(v)
                        case "parametersetname": md.parameterSets.append(LanguagePrimitives.toString(v))
                        case "helpmessage": md.helpMessage = LanguagePrimitives.toString(v)
                        default: break
                        }
                    }
                case "alias": md.aliases += positional.flatMap { ($0.enumerated() ?? [$0]).map { LanguagePrimitives.toString($0) } }
                case "validateset": md.validateSet = positional.flatMap { ($0.enumerated() ?? [$0]).map { LanguagePrimitives.toString($0) } }
                case "validaterange":
                    if positional.count >= 2, let lo = try? LanguagePrimitives.toDouble(positional[0]), let hi = try? LanguagePrimitives.toDouble(positional[1]), lo <= hi { md.validateRange = lo...hi }
                    else if positional.count == 1 {
                        switch NameKey.fold(LanguagePrimitives.toString(positional[0])) {
                        case "positive": md.validateRange = Double.leastNonzeroMagnitude...Double.greatestFiniteMagnitude
                        case "nonnegative": md.validateRange = 0...Double.greatestFiniteMagnitude
                        case "negative": md.validateRange = -Double.greatestFiniteMagnitude...(-Double.leastNonzeroMagnitude)
                        case "nonpositive": md.validateRange = -Double.greatestFiniteMagnitude...0
                        default: break
                        }
                    }
                case "validatenotnullorempty": md.validateNotNullOrEmpty = true
                case "validatenotnull": md.validateNotNull = true
                case "validatepattern": md.validatePattern = positional.first.map { LanguagePrimitives.toString($0) }
                case "validatecount":
                    if positional.count >= 2, let lo = try? LanguagePrimitives.toInt(positional[0]), let hi = try? LanguagePrimitives.toInt(positional[1]), lo <= hi { md.validateCount = lo...hi }
                case "validatelength":
                    if positional.count >= 2, let lo = try? LanguagePrimitives.toInt(positional[0]), let hi = try? LanguagePrimitives.toInt(positional[1]), lo <= hi { md.validateLength = lo...hi }
                case "allownull": md.allowNull = true
                case "allowemptystring": md.allowEmptyString = true
                case "allowemptycollection": md.allowEmptyCollection = true
                default: break
                }
            }
            if let d = p.defaultValue { md.defaultValueText = d.extent.text }
            if md.helpMessage == nil, let h = help?.parameterPairs.first(where: { NameKey.fold($0.name) == NameKey.fold(md.name) }) { md.helpMessage = h.text }
            params.append(md)
        }
        if !anyExplicitPosition {
            var pos = 0
            for i in params.indices where !params[i].isSwitch {
                params[i].position = pos
                pos += 1
            }
        }
        return CommandMetadata(name: name, parameters: params, defaultParameterSet: defaultSet, supportsShouldProcess: supportsShouldProcess, confirmImpact: confirmImpact, isAdvanced: isAdvanced, moduleName: "", synopsis: help?.synopsis ?? "", description: help?.description ?? "", examples: (help?.examples ?? []).map { CommandExample(code: $0) })
    }

    /// Value of an unbound parameter: its default expression, else `$null` converted to its type.
    func defaultValue(_ ast: ParameterAst, _ md: ParameterMetadata) throws -> Value {
        if let d = ast.defaultValue {
            let v = try evaluate(d)
            if let tc = ast.typeConstraint, let t = types.resolve(tc.typeName.fullName) { return try LanguagePrimitives.convert(v, to: t, types: types) }
            return v
        }
        if md.isSwitch { return .native(SwitchParameter(false)) }
        guard let tc = ast.typeConstraint, let t = types.resolve(tc.typeName.fullName) else { return .null }
        switch t.foldedName {
        case "system.string": return .string("")
        case "system.int32", "system.int64", "system.double", "system.decimal", "system.boolean":
            return try LanguagePrimitives.convert(.null, to: t, types: types)
        default: return .null
        }
    }

    /// `licenselab script.ps1 -Name x y`: binds command-line strings to the script's param().
    func bindScriptParameters(_ ast: ScriptBlockAst, arguments: [Value]) throws {
        let params = ast.paramBlock?.parameters ?? []
        let md = functionMetadata(name: currentScriptPath.map { ($0 as NSString).lastPathComponent } ?? "", body: ast, parameters: params, help: ast.help)
        var args: [CommandArgument] = []
        for a in arguments {
            let s = LanguagePrimitives.toString(a)
            if s.hasPrefix("-"), s.count > 1, Double(s) == nil {
                let name = String(s.dropFirst())
                if let colon = name.firstIndex(of: ":") {
                    // `-Name:value` in one argument (`-Force:false`, `-Count:3`).
                    let value = String(name[name.index(after: colon)...])
                    let n = String(name[..<colon])
                    if value.isEmpty {
                        args.append(CommandArgument(kind: .named(n, nil), extent: nil))
                    } else {
                        let v: Value = NameKey.fold(value) == "false" || NameKey.fold(value) == "$false" ? .bool(false) : (NameKey.fold(value) == "true" || NameKey.fold(value) == "$true" ? .bool(true) : .string(value))
                        args.append(CommandArgument(kind: .named(n, v), extent: nil, hasColonValue: true))
                    }
                } else {
                    args.append(CommandArgument(kind: .named(name, nil), extent: nil))
                }
            } else {
                args.append(CommandArgument(kind: .positional(a), extent: nil))
            }
        }
        let binder = ParameterBinder(session: self, metadata: md, fqName: md.name, allowUnbound: !md.isAdvanced, invocation: nil)
        let r = try binder.bind(args)
        try binder.checkMandatory(r, expectingInput: false)
        try setParameterVariables(params, md, r)
        // an advanced script (`[CmdletBinding()]`) honours -Verbose, -ErrorAction, ... as a function does
        if md.isAdvanced { applyCommonPreferences(r.bound) }
    }

    /// The preference variables an advanced function or script's common parameters set in its
    /// scope: -ErrorAction, -WarningAction, -InformationAction, -Verbose, -Debug, -WhatIf.
    func applyCommonPreferences(_ bound: BoundParameters) {
        if let ea = bound[key: .errorAction] { setLocal("ErrorActionPreference", ea) }
        if let wa = bound[key: .warningAction] { setLocal("WarningPreference", wa) }
        if let ia = bound[key: .informationAction] { setLocal("InformationPreference", ia) }
        if let v = bound[key: .verbose] { setLocal("VerbosePreference", .string(LanguagePrimitives.isTrue(v) ? "Continue" : "SilentlyContinue")) }
        if let v = bound[key: .debug] { setLocal("DebugPreference", .string(LanguagePrimitives.isTrue(v) ? "Continue" : "SilentlyContinue")) }
        if let v = bound[key: .whatIf] { setLocal("WhatIfPreference", .bool(LanguagePrimitives.isTrue(v))) }
    }

    /// Returns `$PSBoundParameters`, which is also `$MyInvocation.BoundParameters` (one
    /// dictionary, as in PowerShell).
    @discardableResult
    func setParameterVariables(_ asts: [ParameterAst], _ md: CommandMetadata, _ r: BindResult) throws -> PSHashtable {
        for (ast, p) in zip(asts, md.parameters) {
            let key = NameKey(p.name)
            let tc = ast.typeConstraint.flatMap { types.resolve($0.typeName.fullName) }
            let v: Value
            if let b = r.bound[p.name] {
                v = b
            } else {
                v = try defaultValue(ast, p)
            }
            currentScope.variables[key] = PSVariable(name: p.name, value: v, typeConstraint: p.isSwitch ? nil : tc)
        }
        setLocal(key: .args, "args", .array(PSArray(r.unbound)))
        let psbp = PSHashtable()
        for (n, v) in r.bound.entries where md.parameters.contains(where: { NameKey.fold($0.name) == NameKey.fold(n) }) || CommandMetadata.commonParameters.contains(where: { NameKey.fold($0.name) == NameKey.fold(n) }) {
            psbp[.string(n)] = v
        }
        setLocal(key: .psBoundParameters, "PSBoundParameters", .hashtable(psbp))
        return psbp
    }

    // MARK: script blocks

    /// ScriptCallDepthException: it ends the whole script (only try/catch or trap stops it), so a
    /// runaway recursion reports once instead of once per call that overflowed.
    static func callDepthOverflow() -> RuntimeError {
        RuntimeError(RuntimeError(message: "The script failed due to call depth overflow.", errorId: "CallDepthOverflow", category: .InvalidOperation,
                                  exceptionType: "System.Management.Automation.ScriptCallDepthException").record, scriptTerminating: true)
    }

    /// Runs a script block: new scope (unless dot-sourced), `$_`, `$this`, `$args`/param binding;
    /// all blocks run in order; `return` ends the block.
    func invokeScriptBlock(_ sb: ScriptBlock, dollarUnder: Value?, arguments: [Value], this: Value?, newScope: Bool, emit: @escaping Emit) throws {
        callDepth += 1
        defer { callDepth -= 1 }
        if callDepth > maximumCallDepth {
            throw Session.callDepthOverflow()
        }
        let saved = currentScope
        if newScope {
            let parent = sb.closure ?? currentScope
            currentScope = Scope(parent: parent)
        }
        defer { currentScope = saved }
        if let d = dollarUnder { setLocal(key: .dollarUnder, "_", d); setLocal(key: .psItem, "PSItem", d) }
        if let t = this { setLocal(key: .this, "this", t) }
        let params = sb.ast.paramBlock?.parameters ?? []
        if !params.isEmpty {
            let md = cachedMetadata(sb.ast, name: "", parameters: params)
            let binder = ParameterBinder(session: self, metadata: md, fqName: "", allowUnbound: true, invocation: nil)
            let r = try binder.bind(arguments.map { CommandArgument(kind: .positional($0), extent: nil) })
            try setParameterVariables(params, md, r)
        } else {
            setLocal(key: .args, "args", .array(PSArray(arguments)))
        }
        for block in [sb.ast.beginBlock, sb.ast.processBlock, sb.ast.endBlock] {
            guard let block else { continue }
            do {
                try executeStatementList(block.statements, traps: block.traps, emit: emit)
            } catch is ReturnSignal {
                continue
            }
        }
    }

    /// Snapshot of the visible variables for `GetNewClosure()`.
    func captureClosure() -> Scope {
        let s = Scope(parent: globalScope)
        var chain: [Scope] = []
        var c: Scope? = currentScope
        while let sc = c { chain.append(sc); c = sc.parent }
        for sc in chain.reversed() {
            for (k, v) in sc.variables where !v.isReadOnly { s.variables[k] = PSVariable(name: v.name, value: v.value) }
            for (k, f) in sc.functions { s.functions[k] = f }
        }
        return s
    }

    /// `Invoke-Expression`: parses and runs text in the current scope.
    public func invokeExpression(_ text: String) throws -> [Value] {
        let result = parse(text, path: nil)
        if let e = result.errors.first {
            let rec = ErrorRecord(message: e.message, errorId: e.errorId + ",Microsoft.PowerShell.Commands.InvokeExpressionCommand", category: .ParserError, exceptionType: "System.Management.Automation.ParseException")
            throw RuntimeError(rec)
        }
        var out: [Value] = []
        let ast = result.scriptBlock
        for block in [ast.beginBlock, ast.processBlock, ast.endBlock] {
            guard let block else { continue }
            try executeStatementList(block.statements, traps: block.traps, emit: { out.append($0) })
        }
        return out
    }

    // MARK: files

    /// The current location (Set-Location changes it; starts at the process directory).
    public var currentLocation: String {
        get { location ?? FileManager.default.currentDirectoryPath }
        set { location = newValue }
    }

    /// Resolves a user path against the current location (`~` is the home directory).
    public func resolvePath(_ p: String) -> String {
        var path = mappingTestDrive(p)
        if path == "~" || path.hasPrefix("~/") { path = (environment["HOME"] ?? NSHomeDirectory()) + path.dropFirst() }
        path = path.replacingOccurrences(of: "\\", with: "/")
        if !path.hasPrefix("/") { path = (currentLocation as NSString).appendingPathComponent(path) }
        return (path as NSString).standardizingPath
    }

    public func readTextFile(_ path: String) throws -> String {
        guard fileSystem.status(path)?.kind != .directory, let data = try? fileSystem.read(path) else {
            throw RuntimeError(ErrorRecord(exception: types.exception("System.Management.Automation.ItemNotFoundException", message: "Cannot find path '\(path)' because it does not exist."), errorId: "PathNotFound", category: .ObjectNotFound, targetObject: .string(path)))
        }
        return Session.decodeScript(data)
    }

    /// A script file's text: UTF-8, or UTF-16/UTF-32 when a byte order mark says so, as pwsh
    /// reads `.ps1` files.
    public static func decodeScript(_ data: Data) -> String {
        FileSystemSupport.decode(data)
    }

    public func writeTextFile(_ path: String, _ text: String) throws {
        do { try fileSystem.write(Data(text.utf8), to: path, append: false) } catch {
            throw RuntimeError(message: "Could not find a part of the path '\(path)'.", errorId: "FileOpenFailure", category: .OpenError, exceptionType: "System.IO.DirectoryNotFoundException", targetObject: .string(path))
        }
    }
}

/// A script function (or script block / script file) running as a pipeline stage.
final class FunctionStage: PipelineStage {
    unowned let session: Session
    let function: FunctionInfo
    let arguments: [CommandArgument]
    let invocationName: String
    let invocation: InvocationInfo
    let expectingInput: Bool
    let dotSource: Bool
    let redirections: [RedirectionAst]
    var scriptPath: String?
    var downstream: Emit = { _ in }
    var scope: Scope!
    var binder: ParameterBinder!
    var base: BindResult!
    var inputs: [Value] = []
    /// Where this command's -ErrorVariable collector sits on the session's stack while it runs.
    private var collectorDepth: Int?
    /// The parameters the previous pipeline object bound (indexes into the metadata): each is
    /// restored to its default before the next object binds, as PowerShell does, so a value
    /// never leaks from one object to the next that lacks the property.
    private var pipelineBound: [Int] = []
    var out: Emit = { _ in }
    var context: CommandContext?
    var sinks: StreamSinks?
    var outVariable: [Value]?

    init(session: Session, function: FunctionInfo, arguments: [CommandArgument], invocationName: String, invocation: InvocationInfo, expectingInput: Bool, dotSource: Bool, redirections: [RedirectionAst]) {
        self.session = session
        self.function = function
        self.arguments = arguments
        self.invocationName = invocationName
        self.invocation = invocation
        self.expectingInput = expectingInput
        self.dotSource = dotSource
        self.redirections = redirections
    }

    var ast: ScriptBlockAst { function.scriptBlock.ast }
    var hasNamedBlocks: Bool { ast.beginBlock != nil || ast.processBlock != nil || !(ast.endBlock?.unnamed ?? true) }

    /// Whether the function was given -ErrorVariable / -WarningVariable: looked up once, on the
    /// first call of `inScope` (begin has set `context` by then), not for every pipeline object.
    private lazy var collectsErrors = context.map { $0.parameters.contains("ErrorVariable") } ?? false
    private lazy var collectsWarnings = context.map { $0.parameters.contains("WarningVariable") } ?? false

    func inScope<T>(_ body: () throws -> T) throws -> T {
        let saved = session.currentScope
        let savedScript = session.scriptScope
        session.currentScope = scope
        if scriptPath != nil && !dotSource { session.scriptScope = scope } else if let ms = function.moduleScope { session.scriptScope = ms }
        session.callDepth += 1
        if let sk = sinks { session.sinkStack.append(sk) }
        let collects = collectsErrors
        if collects, let ctx = context {
            collectorDepth = session.errorCollectors.count
            session.errorCollectors.append(ctx)
        }
        if collectsWarnings, let ctx = context { session.warningCollectors.append(ctx) }
        defer {
            if collects { session.errorCollectors.removeLast() }
            if collectsWarnings { session.warningCollectors.removeLast() }
            if sinks != nil { session.sinkStack.removeLast() }
            session.currentScope = saved
            session.scriptScope = savedScript
            session.callDepth -= 1
        }
        if session.callDepth > session.maximumCallDepth {
            throw Session.callDepthOverflow()
        }
        return try body()
    }

    /// Set when a script file ran `exit`: the rest of that script is skipped.
    var exited = false

    /// Whether one of the begin/process/end blocks ran: only then does `clean { }` run.
    var ranBlock = false
    private var cleaned = false

    func runBlock(_ block: NamedBlockAst?) throws {
        guard let block, !exited else { return }
        ranBlock = true
        do {
            try session.executeStatementList(block.statements, traps: block.traps, emit: out)
        } catch is ReturnSignal {
        } catch let e as ExitSignal where scriptPath != nil {
            // `exit` in a script file called from another script ends only that script.
            exited = true
            session.setGlobalVariable("LASTEXITCODE", .int(Int(e.code)))
            // as pwsh: a script that exits with a code other than 0 leaves `$?` false
            if e.code != 0 { session.errorCounter += 1 }
        }
    }

    func begin() throws {
        scope = dotSource ? session.currentScope : Scope(parent: function.scriptBlock.closure ?? (function.runsInCallerScope ? nil : function.moduleScope) ?? session.currentScope, isScriptScope: scriptPath != nil)
        let md = function.metadata
        binder = ParameterBinder(session: session, metadata: md, fqName: md.name.isEmpty ? invocationName : md.name, allowUnbound: !md.isAdvanced, invocation: invocation, plan: function.plan)
        base = try binder.bind(arguments)
        try binder.checkMandatory(base, expectingInput: expectingInput)
        var (sinks, o) = try session.makeSinks(redirections, output: downstream)
        if md.isAdvanced, base.bound.contains("OutVariable") {
            outVariable = []
            let inner = o
            o = { [unowned self] v in self.outVariable?.append(v); try inner(v) }
        }
        if md.isAdvanced, base.bound.contains("ErrorVariable") {
            // -ErrorVariable collects this command's errors, not those of the commands after it
            // in the pipeline, which run while it writes its output
            let inner = o
            o = { [unowned self] v in
                guard let depth = self.collectorDepth, depth < self.session.errorCollectors.count else { return try inner(v) }
                let saved = self.session.errorCollectors
                self.session.errorCollectors.removeSubrange(depth...)
                defer { self.session.errorCollectors = saved }
                try inner(v)
            }
        }
        if md.isAdvanced, let pv = base.bound[key: .pipelineVariable].map({ LanguagePrimitives.toString($0) }) {
            let inner = o
            let callerScope = session.currentScope
            o = { v in
                callerScope.variables[NameKey(pv)] = PSVariable(name: pv, value: v)
                try inner(v)
            }
        }
        out = o
        self.sinks = sinks
        _ = sinks
        if md.isAdvanced {
            let ctx = CommandContext(session: session, metadata: md, invocationName: invocationName, parameters: base.bound, expectingInput: expectingInput, invocationInfo: invocation, output: o, streams: sinks)
            ctx.parameterSetName = base.parameterSet
            applyCommonParameters(ctx, base.bound, session: session)
            context = ctx
        }
        try inScope {
            let psBoundParameters = try session.setParameterVariables(function.parameterAsts, md, base)
            if let ctx = context {
                session.setLocal(key: .psCmdlet, "PSCmdlet", .native(PSCmdletObject(context: ctx)))
                session.applyCommonPreferences(base.bound)
            }
            let inv = InvocationInfoObject(info: InvocationInfo(myCommand: function.name, invocationName: invocationName, scriptName: invocation.scriptName, scriptLineNumber: invocation.scriptLineNumber, offsetInLine: invocation.offsetInLine, line: invocation.line))
            inv.boundParameters = psBoundParameters
            inv.unboundArguments = base.unbound
            inv.isFunctionInvocation = !function.name.isEmpty && scriptPath == nil
            if let p = scriptPath { inv.command = .script(path: p, scriptBlock: function.scriptBlock) } else if !function.name.isEmpty { inv.command = .function(function) }
            session.setLocal(key: .myInvocation, "MyInvocation", .native(inv))
            if let p = scriptPath {
                session.setLocal("PSScriptRoot", .string((p as NSString).deletingLastPathComponent))
                session.setLocal("PSCommandPath", .string(p))
                // a called script's `using` statements, as a script run from the command line
                for u in ast.usingStatements where u.kind == .namespace && !session.usingNamespaces.contains(u.name) {
                    session.usingNamespaces.append(u.name)
                }
                try session.importUsingModules(ast.usingStatements, scriptFolder: (p as NSString).deletingLastPathComponent)
            }
            if function.isFilter { return }
            try runBlock(ast.beginBlock)
        }
    }

    func process(_ input: Value?) throws {
        if input == nil && expectingInput { return }
        // a function whose begin never ran (a steppable pipeline driven out of order) has no scope
        guard scope != nil else { return }
        try inScope {
            if let input {
                inputs.append(input)
                session.setLocal(key: .dollarUnder, "_", input)
                session.setLocal(key: .psItem, "PSItem", input)
                let md = function.metadata
                // $PSBoundParameters is looked up only when an object binds or unbinds something
                lazy var psbp: PSHashtable? = {
                    if case .hashtable(let h)? = session.currentScope.variables[.psBoundParameters]?.value { return h }
                    return nil
                }()
                for p in pipelineBound {
                    try setParameterVariable(p, try session.defaultValue(function.parameterAsts[p], md.parameters[p]))
                    psbp?[.string(md.parameters[p].name)] = nil
                }
                pipelineBound.removeAll(keepingCapacity: true)
                if let bound = try binder.bindPipeline(input, base: base) {
                    for (n, v) in bound.entries where !base.bound.contains(n) || base.delayBind.contains(where: { $0.0 == n }) {
                        if let p = md.parameters.firstIndex(where: { NameKey.fold($0.name) == NameKey.fold(n) }) {
                            try setParameterVariable(p, v)
                            if !base.bound.contains(n) { pipelineBound.append(p) }
                            psbp?[.string(md.parameters[p].name)] = v
                        }
                    }
                    var r = base!
                    r.bound = bound
                    try binder.checkMandatory(r, expectingInput: false)
                } else if function.metadata.isAdvanced && function.metadata.parameters.contains(where: { $0.valueFromPipeline || $0.valueFromPipelineByPropertyName }) {
                    if let ctx = context { try ctx.writeError(binder.inputNotBound(input)) }
                    return
                }
            }
            if function.isFilter {
                try runBlock(ast.endBlock)
            } else if let pb = ast.processBlock {
                try runBlock(pb)
            }
        }
    }

    /// Parameter `p`'s variable in the function's scope, keeping its type constraint.
    private func setParameterVariable(_ p: Int, _ value: Value) throws {
        let ast = function.parameterAsts[p], pm = function.metadata.parameters[p]
        let tc = pm.isSwitch ? nil : ast.typeConstraint.flatMap { session.types.resolve($0.typeName.fullName) }
        session.currentScope.variables[NameKey(pm.name)] = PSVariable(name: pm.name, value: value, typeConstraint: tc)
    }

    func end() throws {
        guard scope != nil else { return }
        try inScope {
            session.setLocal(key: .input, "input", .array(PSArray(inputs)))
            if !function.isFilter { try runBlock(ast.endBlock) }
        }
    }

    /// PowerShell 7.3's `clean { }`: after the pipeline, however it ended (a terminating error,
    /// `exit`, Select-Object -First stopping it), when one of the other blocks ran. Its output is
    /// dropped; its other streams go out as usual (-WarningVariable gets its warnings); `exit` or
    /// an error in it goes no further. Then -OutVariable, -WarningVariable... are set.
    func clean() {
        guard !cleaned else { return }
        cleaned = true
        if ranBlock, let cb = ast.cleanBlock, scope != nil {
            do {
                try inScope {
                    do {
                        try session.executeStatementList(cb.statements, traps: cb.traps, emit: { _ in })
                    } catch is ReturnSignal {
                    } catch is ExitSignal {
                    }
                }
            } catch let e as RuntimeError {
                session.recordError(e.record)
                (sinks ?? session.defaultSinks()).error(e.record)
            } catch {}
        }
        if let ctx = context { finishCommonVariables(ctx, outVariable: outVariable, session: session) }
    }
}

/// `$PSCmdlet` inside an advanced function.
final class PSCmdletObject: NativeObject {
    let context: CommandContext
    init(context: CommandContext) { self.context = context }
    var typeName: String { "System.Management.Automation.PSScriptCmdlet" }
    func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "parametersetname": return .string(context.parameterSetName)
        case "myinvocation": return session.variable("MyInvocation")
        case "sessionstate": return .null
        default: return nil
        }
    }
    func invokeMethod(_ name: NameKey, _ args: [Value], session: Session) throws -> Value? {
        func str(_ i: Int) -> String { i < args.count ? LanguagePrimitives.toString(args[i]) : "" }
        switch name.folded {
        case "shouldprocess":
            return .bool(try context.shouldProcess(target: str(0), action: args.count > 1 ? str(1) : nil))
        case "shouldcontinue": return .bool(try context.shouldContinue(query: str(0), caption: str(1)))
        case "writeerror":
            if case .native(let n) = args.first ?? .null, let rec = n as? ErrorRecord { try context.writeError(rec) }
            return .automationNull
        case "throwterminatingerror":
            if case .native(let n) = args.first ?? .null, let rec = n as? ErrorRecord {
                // the error belongs to this command (an anonymous script block's has no name)
                if rec.invocationInfo == nil {
                    rec.invocationInfo = context.invocationInfo
                    rec.invocationInfo?.myCommand = context.metadata.name
                }
                throw RuntimeError(rec)
            }
            return .automationNull
        case "writeobject":
            try context.writeObject(args.first ?? .null, enumerateCollection: args.count > 1 && LanguagePrimitives.isTrue(args[1]))
            return .automationNull
        case "writeverbose": try context.writeVerbose(str(0)); return .automationNull
        case "writewarning": try context.writeWarning(str(0)); return .automationNull
        case "writedebug": try context.writeDebug(str(0)); return .automationNull
        default: return nil
        }
    }
}
