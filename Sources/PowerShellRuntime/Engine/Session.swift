import Foundation
import PowerShellSyntax

public enum HostStream: Sendable { case output, error }

/// What the shell talks to; tests use an in-memory one.
public protocol HostIO: AnyObject {
    /// `.output` (stdout) or `.error` (stderr); text is already formatted and includes newlines.
    func write(_ text: String, to stream: HostStream)
    /// Read-Host; nil on EOF.
    func readLine(prompt: String?) -> String?
    var isInteractive: Bool { get }
    /// Terminal and no NO_COLOR.
    var useColor: Bool { get }
    /// 120 when not a terminal.
    var windowWidth: Int { get }
    /// Rows of the window (Format-Table -RepeatHeader repeats the header each screenful).
    var windowHeight: Int { get }
    /// Whether the last `readLine` that gave nil was stopped by Ctrl-C (not the end of input).
    var lastReadWasInterrupted: Bool { get }
    /// A line that must not be shown as it is typed (Read-Host -AsSecureString/-MaskInput, a
    /// password); nil as for `readLine`.
    func readSecretLine(prompt: String?) -> String?
    /// Writes out what is buffered (before a native program writes to the same terminal).
    func flush()
    /// Whether a native program writes its standard error straight to the process's own (the
    /// console host); otherwise the shell reads it and writes it to the host's error stream.
    var nativeProgramsShareStandardError: Bool { get }
}

extension HostIO {
    public var windowHeight: Int { 50 }
    public var lastReadWasInterrupted: Bool { false }
    public func readSecretLine(prompt: String?) -> String? { readLine(prompt: prompt) }
    public func flush() {}
    public var nativeProgramsShareStandardError: Bool { false }
}

/// A host for programs that run scripts for their effect (benchmarks, the fuzzers): output is
/// dropped, error text is kept, nothing can be read, 120 columns.
public final class DiscardingHost: HostIO {
    /// Everything written to the error stream.
    public private(set) var errorText = ""
    /// How many writes went to the error stream.
    public private(set) var errorWrites = 0
    public init() {}
    public func write(_ text: String, to stream: HostStream) {
        guard stream == .error else { return }
        errorWrites += 1
        errorText += text
    }
    public func readLine(prompt: String?) -> String? { nil }
    public var isInteractive: Bool { false }
    public var useColor: Bool { false }
    public var windowWidth: Int { 120 }
}

public enum InteractiveResult: Equatable, Sendable {
    /// The line ran (successfully or with errors already shown).
    case completed
    /// The parser needs more input (`>> ` continuation).
    case incomplete
    /// `exit N` was run.
    case exit(Int32)
}

/// The runspace: variables, functions, commands, types, streams. No global state: tests may run
/// many sessions in one process.
public final class Session {
    public let host: HostIO
    public let commands: CommandTable
    public let types: TypeRegistry
    /// Default views for Out-Default / Format-Table by type name (modules add theirs).
    public let views: ViewRegistry
    /// The installed modules, which are imported, and their help topics (Modules/ModuleTable.swift).
    public let modules: ModuleTable
    /// Where every file the shell reads or writes lives: the machine's file system, or under
    /// `licenselab --what-if` a copy-on-write overlay of it (OverlayFileSystem).
    public var fileSystem: FileSystem = MachineFileSystem()
    /// Typed per-session state of subsystems and modules (SessionSlots.swift).
    var slots: [ObjectIdentifier: AnyObject] = [:]
    /// Hooks run after each top-level statement of a script / each REPL line.
    public var afterTopLevelStatement: [() -> Void] = []
    /// Hooks run before each top-level statement (a module's shared store catches up with other shells' commits).
    public var beforeTopLevelStatement: [() -> Void] = []
    /// A failure reported from outside the pipeline while a command ran (a module's data file that could
    /// not be saved): raised as a script-terminating error when that command returns, or after the
    /// statement's hooks, so the call that caused it fails and `try`/`catch` sees it.
    public func failCurrentCommand(_ error: RuntimeError) {
        if deferredFailure == nil { deferredFailure = RuntimeError(error.record, scriptTerminating: true) }
    }
    var deferredFailure: RuntimeError?
    /// The last source line an InvocationInfo took (Statements.lineText(of:)).
    var lineCache: (source: ObjectIdentifier, line: Int, text: String)?

    /// Throws the failure `failCurrentCommand` reported, once.
    func raiseDeferredFailure() throws {
        guard let e = deferredFailure else { return }
        deferredFailure = nil
        throw e
    }
    /// Called with every text the session writes to the host (Start-Transcript uses this).
    public var hostWriteObservers: [(String, HostStream) -> Void] = []
    /// Maximum nesting of function / script block calls before CallDepthOverflow.
    public var maximumCallDepth = 200
    /// The statement profiler, when `LICENSELAB_PROFILE` names a report file (StatementProfiler.swift).
    let profiler: StatementProfiler? = ProcessInfo.processInfo.environment["LICENSELAB_PROFILE"].flatMap { $0.isEmpty ? nil : StatementProfiler(outputPath: $0) }
    /// Set from a Ctrl-C handler to stop the running pipeline (the session keeps running).
    public let stopRequest = StopRequest()

    let globalScope: Scope
    /// The script modules being loaded, innermost last (Export-ModuleMember records into it).
    var moduleLoads: [ScriptModuleLoad] = []
    // Hot interpreter state is marked `@exclusivity(unchecked)`: these properties are never held
    // across a call that could reach them again, and the dynamic exclusivity check on every
    // access cost about a fifth of a tight loop's instructions.
    @exclusivity(unchecked) var currentScope: Scope
    @exclusivity(unchecked) var scriptScope: Scope
    /// `$Error`: newest first.
    public let errorList = PSList([], elementType: nil, isArrayList: true)
    @exclusivity(unchecked) var lastSuccess = true
    @exclusivity(unchecked) var callDepth = 0
    /// Active try blocks (errors then propagate to catch instead of being reported).
    @exclusivity(unchecked) var tryDepth = 0
    /// Statement lists with traps currently running.
    @exclusivity(unchecked) var trapDepth = 0
    /// Errors being handled by catch blocks (a bare `throw` rethrows the innermost).
    var currentCatchStack: [RuntimeError] = []
    /// `$env:` — starts as a copy of the process environment; changes stay in the session.
    var environment: [String: String] = ProcessInfo.processInfo.environment
    /// Per-node caches (resolved types by TypeName text, compiled metadata).
    @exclusivity(unchecked) var typeCache: [String: PSTypeInfo] = [:]
    /// Set-Location's current directory (nil: the process's).
    var location: String?
    /// Counts errors reported (drives `$?` for a pipeline).
    @exclusivity(unchecked) var errorCounter = 0
    /// Stream sinks of the redirected functions/script blocks currently running (innermost last).
    var sinkStack: [StreamSinks] = []
    /// `>` redirections of the pipelines currently running.
    var openRedirects: [FileRedirect] = []
    /// -ErrorVariable collectors of advanced functions currently running.
    var errorCollectors: [CommandContext] = []
    /// -WarningVariable collectors of advanced functions currently running.
    var warningCollectors: [CommandContext] = []
    /// Namespaces from `using namespace` statements.
    var usingNamespaces: [String] = []
    /// Folded names of variable nodes (the node is kept so its identity is not reused).
    /// Values scripts assigned to static properties (`[Net.ServicePointManager]::SecurityProtocol =
    /// 'Tls12'`), by `type::property` folded: the emulated .NET types keep them for the session.
    var staticAssignments: [String: Value] = [:]
    /// Whether native programs may be started (`licenselab --no-native` and `--what-if` say no:
    /// `nativeCommandsRefusedBy` names the option in the error).
    public var nativeCommandsAllowed = true
    public var nativeCommandsRefusedBy = "--no-native"
    /// What a runspace (`[powershell]::Create()`) gets besides PowerShell's own modules: the
    /// hosts' modules add themselves here (the M365 modules over the same tenant).
    public var runspaceSetup: [(Session) -> Void] = []
    /// The enumerations scripts defined (`enum Name { }`), by folded name.
    var scriptEnums: [NameKey: EnumType] = [:]
    /// The function names of the .psm1 files along PSModulePath (auto-loading), by file.
    var moduleFunctionCache: [String: (stamp: Date?, names: Set<String>)] = [:]
    /// The classes scripts defined (`class Name { }`), by folded name.
    var scriptClasses: [NameKey: ScriptClass] = [:]
    /// Where `$using:name` reads while an isolated block runs (ForEach-Object -Parallel): the caller's scope.
    var usingScope: Scope?
    /// Members Update-TypeData added, by folded type name.
    var typeData: [String: [PSMember]] = [:]
    /// The last method name `invokeMethod` folded, and its key: a loop calls the same method
    /// each time (`$list.Add($i)`), and folding the name was a sixth of such a loop's time.
    var lastMethodKey: (name: String, key: NameKey)?
    @exclusivity(unchecked) var variableSites: [NodeKey: VariableSite] = [:]
    /// The type each type literal and cast node resolved to, and what kind of cast it is: a loop
    /// that writes `[System.Collections.Generic.List[object]]::new()` built and hashed the name
    /// on every pass (Expressions.typeSite).
    @exclusivity(unchecked) var typeSites: [NodeKey: TypeSite] = [:]
    /// Constant member names, folded once per node (Members.memberKey).
    @exclusivity(unchecked) var memberKeys: [NodeKey: (node: AnyObject, key: NameKey)] = [:]
    /// param() metadata per script block AST.
    @exclusivity(unchecked) var metadataCache: [ObjectIdentifier: (ast: ScriptBlockAst, metadata: CommandMetadata)] = [:]
    /// Binding plans per cmdlet type and per function.
    @exclusivity(unchecked) var cmdletPlans: [NodeKey: BinderPlan] = [:]
    var currentScriptPath: String?
    /// The host's Out-Default: every script or interactive entry's output goes through it.
    var outDefault: OutputWriter!
    /// How long Out-Default holds back a table whose columns it sizes from the rows (pwsh: 300 ms).
    /// Tests that must not depend on the machine's speed set it to `.infinity`.
    public var formatGroupingWindow: Double = 0.3
    /// Seconds on a monotonic clock, for the hold-back above.
    var formatClock: () -> Double = { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
    /// Parsed `$MyInvocation` context of the running script/function.
    var invocationStack: [InvocationInfoObject] = []

    public init(host: HostIO) {
        self.host = host
        self.commands = CommandTable()
        self.types = TypeRegistry()
        self.views = ViewRegistry()
        self.modules = ModuleTable()
        globalScope = Scope(parent: nil, isScriptScope: true)
        currentScope = globalScope
        scriptScope = globalScope
        outDefault = OutputWriter(session: self, output: .host(self))
        for module in PowerShellModules.all { install(module) }
        for a in PowerShellModules.aliases { commands.register(alias: a.alias, for: a.command) }
        initializeAutomaticVariables()
    }

    // MARK: variables

    /// Reads a variable as scripts see it (scope chain from the current scope).
    public func variable(_ name: String) -> Value? {
        lookupVariable(NameKey(name))
    }

    /// Sets a global variable (`$global:name`).
    public func setGlobalVariable(_ name: String, _ value: Value) {
        globalScope.variables[NameKey(name)] = PSVariable(name: name, value: value)
    }

    func lookupVariable(_ key: NameKey) -> Value? {
        // Only `$?`, `$error` and `$pwd` are computed; test the first byte before comparing names.
        let first = key.folded.utf8.first
        if first == UInt8(ascii: "?") || first == UInt8(ascii: "e") || first == UInt8(ascii: "p") {
            switch key.folded {
            case "?": return .bool(lastSuccess)
            // a script that assigns `$Error = ...` made a variable of its own, which it reads back
            case "error": return currentScope.lookup(key)?.value ?? .native(errorList)
            // the session's location (Set-Location moves it), as Get-Location gives it
            case "pwd": return PathInfo.make(currentLocation)
            default: break
            }
        }
        return currentScope.lookup(key)?.value
    }

    /// The effective value of a preference variable.
    func preference(_ name: String, default d: ActionPreference) -> ActionPreference {
        preference(key: NameKey(name), default: d)
    }

    func preference(key: NameKey, default d: ActionPreference) -> ActionPreference {
        guard let v = lookupVariable(key) else { return d }
        if case .bool(let b) = v { return b ? .Continue : .SilentlyContinue }
        return ActionPreference(value: v) ?? d
    }

    /// `$ConfirmPreference` (High when unset or not a ConfirmImpact name).
    var confirmPreference: ConfirmImpact {
        lookupVariable(.confirmPreference).flatMap { ConfirmImpact(name: LanguagePrimitives.toString($0)) } ?? .high
    }

    private func constant(_ name: String) {
        globalScope.variables[NameKey(name)]?.isReadOnly = true
        globalScope.variables[NameKey(name)]?.isConstant = true
    }

    func initializeAutomaticVariables() {
        let g = { (n: String, v: Value) in self.globalScope.variables[NameKey(n)] = PSVariable(name: n, value: v) }
        g("true", .bool(true)); g("false", .bool(false)); g("null", .null)
        for name in ["true", "false"] { constant(name) }
        g("ErrorActionPreference", .string("Continue"))
        g("WarningPreference", .string("Continue"))
        g("VerbosePreference", .string("SilentlyContinue"))
        g("DebugPreference", .string("SilentlyContinue"))
        g("InformationPreference", .string("SilentlyContinue"))
        g("ProgressPreference", .string("Continue"))
        g("ConfirmPreference", .string("High"))
        g("WhatIfPreference", .bool(false))
        // [System.Management.Automation.ErrorView]: assignments convert to the enumeration
        if let e = BuiltinEnums.named("System.Management.Automation.ErrorView") {
            globalScope.variables[NameKey("ErrorView")] = PSVariable(name: "ErrorView", value: .native(e.value(2)), typeConstraint: PSTypeInfo(fullName: e.fullName))
        }
        g("FormatEnumerationLimit", .int(4))
        g("PSStyle", PSStyle.make())
        g("OFS", .string(" "))
        g("MaximumHistoryCount", .int(4096))
        g("LASTEXITCODE", .int(0))
        g("PID", .int(Int(ProcessInfo.processInfo.processIdentifier)))
        g("HOME", .string(ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()))
        g("PSHOME", .string("/opt/licenselab"))
        g("ShellId", .string("Microsoft.PowerShell"))
        g("IsLinux", .bool(true)); g("IsWindows", .bool(false)); g("IsMacOS", .bool(false)); g("IsCoreCLR", .bool(true))
        g("PSCulture", .string("en-US")); g("PSUICulture", .string("en-US"))
        g("NestedPromptLevel", .int(0))
        g("PSEmailServer", .null)
        let ver = PSHashtable()
        ver["PSVersion"] = .native(VersionObject(major: 7, minor: 4, build: 6, revision: -1))
        ver["PSEdition"] = .string("Core")
        ver["GitCommitId"] = .string("7.4.6")
        ver["OS"] = .string("Linux")
        ver["Platform"] = .string("Unix")
        ver["PSCompatibleVersions"] = .array(PSArray(["1.0", "2.0", "3.0", "4.0", "5.0", "5.1", "6.0", "7.0"].map { .string($0) }))
        ver["PSRemotingProtocolVersion"] = .string("2.3")
        ver["SerializationVersion"] = .string("1.1.0.1")
        ver["WSManStackVersion"] = .string("3.0")
        g("PSVersionTable", .hashtable(ver))
        g("Host", .native(HostObject(session: self)))
        g("ExecutionContext", .object(PSObject(properties: [], typeName: "System.Management.Automation.EngineIntrinsics")))
        // as in pwsh: these cannot be changed or removed, even with -Force
        for name in ["PID", "ShellId", "Host", "ExecutionContext", "PSHOME"] { constant(name) }
    }

    // MARK: host output

    /// Everything the session prints goes through here; observers (transcripts) see each write.
    public func writeToHost(_ text: String, to stream: HostStream) {
        host.write(text, to: stream)
        for o in hostWriteObservers { o(text, stream) }
    }

    // MARK: errors

    /// Records an error in `$Error` (newest first, capped at 256).
    func recordError(_ record: ErrorRecord) {
        if record.recordedInErrorList { return }
        record.recordedInErrorList = true
        errorList.items.insert(.native(record), at: 0)
        if errorList.items.count > 256 { errorList.items.removeLast() }
    }

    /// A non-terminating error under an action preference.
    func reportNonTerminating(_ record: ErrorRecord, action: ActionPreference, streams: StreamSinks) throws {
        for c in errorCollectors { c.errorVariable.append(.native(record)) }
        // an ignored error is as if never written: `$?` stays true
        if action == .Ignore { return }
        lastSuccess = false
        errorCounter += 1
        switch action {
        case .Ignore: return
        case .Stop:
            recordError(record)
            var e = RuntimeError(record, scriptTerminating: true)
            e.fromStopPreference = true
            throw e
        case .SilentlyContinue:
            recordError(record)
        default:
            recordError(record)
            streams.error(record)
        }
    }

    /// Shows an error record on the host (stderr) in the current `$ErrorView`.
    /// It goes through Out-Default out of band, as the console host merges the error stream into
    /// its output: it waits behind a table Out-Default is holding back, and closes nothing.
    func displayError(_ record: ErrorRecord) {
        outDefault.writeOutOfBand(.error(record, stream: .error))
    }

    // MARK: script blocks

    /// Runs a script block in a child scope with `$_` and `$args`; returns all output.
    /// What a user-defined `prompt` function returns, as one string; nil when there is none or it
    /// fails (the REPL then shows its own prompt, as pwsh shows `PS>`).
    public func promptText() -> String? {
        guard let f = currentScope.lookupFunction(NameKey("prompt")) else { return nil }
        guard let out = try? invoke(f.scriptBlock, dollarUnder: nil) else { return nil }
        return out.map { LanguagePrimitives.toString($0) }.joined()
    }

    /// Runs a block as if in a runspace of its own: in a new scope under the global scope, with
    /// `$using:` reading the caller's variables. Give it a block without a closure
    /// (`ScriptBlock(ast:)`), or the closure's scope is its parent instead.
    func invokeIsolated(_ sb: ScriptBlock, dollarUnder: Value?, emit: @escaping Emit) throws {
        let caller = currentScope, savedUsing = usingScope
        usingScope = caller
        currentScope = globalScope
        defer { currentScope = caller; usingScope = savedUsing }
        try invokeScriptBlock(sb, dollarUnder: dollarUnder, arguments: [], this: nil, newScope: true, emit: emit)
    }

    public func invoke(_ sb: ScriptBlock, dollarUnder: Value?, arguments: [Value] = []) throws -> [Value] {
        var out: [Value] = []
        try invokeScriptBlock(sb, dollarUnder: dollarUnder, arguments: arguments, this: nil, newScope: true) { out.append($0) }
        return out
    }

    /// Runs a script block with `$_` bound and returns its output collapsed to one value
    /// (what Where-Object, -replace and sort keys use).
    public func invokePredicate(_ sb: ScriptBlock, _ value: Value) throws -> Value {
        let out = try invoke(sb, dollarUnder: value, arguments: [])
        return Session.collapse(out)
    }

    /// Pipeline output as a single value: nothing → AutomationNull, one → itself, many → array.
    static func collapse(_ items: [Value]) -> Value {
        switch items.count {
        case 0: return .automationNull
        case 1: return items[0]
        default: return .array(PSArray(items))
        }
    }

    // MARK: entry points

    func parse(_ text: String, path: String?) -> ParseResult {
        Parser.parse(text, fileName: path)
    }

    /// `licenselab FILE.ps1 ARGS` (args bind to the script's param() like `pwsh -File`) and `-c TEXT`
    /// (path nil). Output goes through Out-Default to the host. Returns the exit code.
    /// How the last `runScript` ended (the command line's exit code depends on it, as pwsh's does).
    public enum RunEnd: Sendable { case completed, exit, terminatingError, stopped }
    public internal(set) var lastRunEnd: RunEnd = .completed
    /// `$?` after the last statement that ran.
    public var lastStatementSucceeded: Bool { lastSuccess }

    public func runScript(text: String, path: String?, arguments: [String]) -> Int32 {
        let result = parse(text, path: path)
        if !result.errors.isEmpty {
            for e in result.errors { displayParseError(e) }
            return 1
        }
        let previousPath = currentScriptPath
        currentScriptPath = path
        defer { currentScriptPath = previousPath }
        let code = runTopLevel(result.scriptBlock, path: path, arguments: arguments.map { .string($0) }, isScript: path != nil)
        outDefault.finish()
        return code
    }

    /// One REPL entry.
    public func runInteractive(line: String) -> InteractiveResult {
        let result = parse(line, path: nil)
        if result.isIncomplete { return .incomplete }
        if !result.errors.isEmpty {
            for e in result.errors { displayParseError(e) }
            return .completed
        }
        let code = runTopLevel(result.scriptBlock, path: nil, arguments: [], isScript: false, interactive: true)
        outDefault.finish()
        if let c = pendingExit { pendingExit = nil; return .exit(c) }
        _ = code
        return .completed
    }
    var pendingExit: Int32?

    func displayParseError(_ e: ParseError) {
        let rec = ErrorRecord(message: e.message, errorId: e.errorId, category: .ParserError, exceptionType: "System.Management.Automation.ParseException")
        rec.invocationInfo = InvocationInfo(scriptName: e.extent.fileName ?? "", scriptLineNumber: e.extent.startLine, offsetInLine: e.extent.startColumn, line: e.extent.startLineText, extentLength: max(1, e.extent.endOffset - e.extent.startOffset), extentText: e.extent.text)
        rec.isParseError = true
        displayError(rec)
    }

    /// Tab completion (Completion/CompletionEngine.swift): the candidates' texts.
    public func complete(line: String, cursor: Int) -> [String] {
        CompletionEngine(session: self).complete(line: line, cursor: cursor).completionTexts
    }

}

extension PSObject {
    /// Gives a PSObject a fixed string form (used for emulated objects such as `$PWD`).
    func withToString(_ s: String) -> PSObject {
        add(PSMember(name: "ToString", kind: .codeMethod({ _, _ in .string(s) })))
        return self
    }
}

extension RuntimeError {
    /// True when produced by -ErrorAction Stop / $ErrorActionPreference = 'Stop'.
    public var fromStopPreference: Bool {
        get { record.raisedByStopPreference }
        nonmutating set { record.raisedByStopPreference = newValue }
    }
}
