/// A built-in or emulated command implemented in Swift.
///
/// How to write one (one small type per file under `Cmdlets/`, registered in one list):
///
/// ```swift
/// final class GetGreetingCommand: Cmdlet {
///     static let metadata = CommandMetadata(
///         name: "Get-Greeting",
///         parameters: [
///             ParameterMetadata(name: "Name", type: "string[]", position: 0, mandatory: true,
///                               valueFromPipeline: true, helpMessage: "Who to greet."),
///             ParameterMetadata(name: "Loud", type: "switch"),
///         ],
///         outputTypes: ["System.String"],
///         moduleName: "Microsoft.PowerShell.Utility",
///         synopsis: "Greets people.",
///         examples: [CommandExample(code: "Get-Greeting Ann", remarks: "Greets Ann.", expectedOutput: "Hello Ann")])
///     init() {}
///     private var count = 0                       // per-invocation state lives on the instance
///     func process(_ context: CommandContext) throws {
///         for name in context.strings("Name") {   // already converted to the declared type
///             count += 1
///             let text = "Hello " + name
///             try context.writeObject(.string(context.switchPresent("Loud") ? text.uppercased() : text))
///         }
///     }
///     func end(_ context: CommandContext) throws {
///         try context.writeVerbose("greeted \(count)")
///     }
/// }
/// // registration: session.commands.register(GetGreetingCommand.self)
/// ```
///
/// Lifecycle: a new instance per pipeline invocation; `begin` once, `process` once per pipeline
/// input object (or once with no input when the command is first in the pipeline), `end` once.
/// Parameters bound from the pipeline (ValueFromPipeline / ByPropertyName) are rebound before
/// each `process` call; `context.inputObject` is the current pipeline object.
/// Errors: non-terminating → `try context.writeError(record)` (honours -ErrorAction; throws when it
/// is Stop); terminating → `throw RuntimeError(record)` or `throw context.terminatingError(...)`.
/// Thrown by a command that needs no more input — Select-Object once it has its -First objects,
/// as pwsh's StopUpstreamCommandsException: the commands before it in the pipeline stop (an
/// upstream `Get-ChildItem -Recurse` reads no more folders), and it and the commands after it finish
/// normally. Script `try`/`catch` does not see it. The pipeline notes which stage threw it.
public final class StopUpstreamSignal: Error, @unchecked Sendable {
    var stage: Int?
    public init() {}
}

public protocol Cmdlet: AnyObject {
    static var metadata: CommandMetadata { get }
    init()
    func begin(_ context: CommandContext) throws
    func process(_ context: CommandContext) throws
    func end(_ context: CommandContext) throws
}

extension Cmdlet {
    public func begin(_ context: CommandContext) throws {}
    public func process(_ context: CommandContext) throws {}
    public func end(_ context: CommandContext) throws {}
}

/// Bound parameter values by case-insensitive name, in binding order.
public struct BoundParameters {
    public private(set) var names: [String] = []
    private var values: [NameKey: Value] = [:]

    public init() {}

    public subscript(name: String) -> Value? {
        get { values[NameKey(name)] }
        set {
            let k = NameKey(name)
            if let nv = newValue {
                if values[k] == nil { names.append(name) }
                values[k] = nv
            } else if values[k] != nil {
                values[k] = nil
                names.removeAll { NameKey($0) == k }
            }
        }
    }

    public func contains(_ name: String) -> Bool { values[NameKey(name)] != nil }
    public func contains(key: NameKey) -> Bool { values[key] != nil }

    /// Sets (or with nil removes) a parameter whose folded key the caller already has.
    public mutating func set(_ name: String, key k: NameKey, _ newValue: Value?) {
        if let nv = newValue {
            if values.updateValue(nv, forKey: k) == nil { names.append(name) }
        } else if values.removeValue(forKey: k) != nil {
            names.removeAll { NameKey($0) == k }
        }
    }
    /// Lookup by a precomputed key (hot paths).
    public subscript(key key: NameKey) -> Value? { values[key] }
    public var count: Int { names.count }
    public var entries: [(name: String, value: Value)] { names.compactMap { n in values[NameKey(n)].map { (name: n, value: $0) } } }

    /// As `$PSBoundParameters` shows them.
    public func toHashtable() -> PSHashtable {
        let h = PSHashtable()
        for (n, v) in entries { h[.string(n)] = v }
        return h
    }
}

/// What a running cmdlet sees: its bound parameters, the current input object, the output and
/// message streams, ShouldProcess, and the session.
public final class CommandContext {
    public let session: Session
    public let metadata: CommandMetadata
    /// The name the command was invoked by (an alias shows the alias).
    public let invocationName: String
    public internal(set) var parameters: BoundParameters
    /// The current pipeline object during `process` (nil when there is no pipeline input).
    public internal(set) var inputObject: Value?
    /// True when the command is not first in its pipeline (it will receive input).
    public internal(set) var expectingInput: Bool
    /// Where the command was called from (for error records).
    public internal(set) var invocationInfo: InvocationInfo
    /// Effective preferences (common parameters override the preference variables).
    public internal(set) var errorAction: ActionPreference
    public internal(set) var warningAction: ActionPreference
    public internal(set) var verbose: Bool
    public internal(set) var debug: Bool
    public internal(set) var whatIf: Bool
    /// -Confirm, or `$ConfirmPreference` at or below the command's ConfirmImpact: shouldProcess
    /// asks the user first. `answeredForAll` is a Yes/No to All already given.
    public internal(set) var confirm: Bool
    /// -Confirm as given to this command (`-Confirm`, `-Confirm:$false`), nil when not given.
    public internal(set) var confirmParameter: Bool?
    var answeredForAll: Bool?
    /// "Yes to All"/"No to All" given to `shouldContinue`.
    var continueForAll: Bool?
    /// The Cmdlet's ParameterSetName after binding.
    public internal(set) var parameterSetName: String

    let output: (Value) throws -> Void

    /// The session's file system (the machine's, or the `--what-if` overlay).
    public var files: FileSystem { session.fileSystem }
    let streams: StreamSinks
    var errorVariable: [Value] = []
    var warningVariable: [Value] = []
    var informationVariable: [Value] = []

    init(session: Session, metadata: CommandMetadata, invocationName: String, parameters: BoundParameters,
         expectingInput: Bool, invocationInfo: InvocationInfo, output: @escaping (Value) throws -> Void, streams: StreamSinks) {
        self.session = session
        self.metadata = metadata
        self.invocationName = invocationName
        self.parameters = parameters
        self.expectingInput = expectingInput
        self.invocationInfo = invocationInfo
        self.output = output
        self.streams = streams
        self.errorAction = session.preference(key: .errorActionPreference, default: .Continue)
        self.warningAction = session.preference(key: .warningPreference, default: .Continue)
        self.verbose = session.preference(key: .verbosePreference, default: .SilentlyContinue) == .Continue
        self.debug = session.preference(key: .debugPreference, default: .SilentlyContinue) == .Continue
        self.whatIf = LanguagePrimitives.isTrue(session.lookupVariable(.whatIfPreference) ?? .bool(false))
        self.confirm = metadata.supportsShouldProcess && metadata.confirmImpact.asks(under: session.confirmPreference)
        self.parameterSetName = metadata.defaultParameterSet ?? "__AllParameterSets"
    }

    public var host: HostIO { session.host }
    public var commandName: String { metadata.name }

    // MARK: parameter access (values are already converted to the declared types)

    public func value(_ name: String) -> Value? { parameters[name] }
    public func has(_ name: String) -> Bool { parameters.contains(name) }
    public func switchPresent(_ name: String) -> Bool { parameters[name].map(LanguagePrimitives.isTrue) ?? false }
    public func string(_ name: String) -> String? {
        guard let v = parameters[name], !v.isNull else { return nil }
        return LanguagePrimitives.toString(v)
    }
    /// A `string[]` parameter's items (a scalar gives one item; absent gives none).
    public func strings(_ name: String) -> [String] {
        guard let v = parameters[name], !v.isNull else { return [] }
        return (v.enumerated() ?? [v]).map { LanguagePrimitives.toString($0) }
    }
    public func int(_ name: String) -> Int? {
        guard let v = parameters[name], !v.isNull else { return nil }
        return try? LanguagePrimitives.toInt(v)
    }
    /// Items of an array-typed parameter.
    public func values(_ name: String) -> [Value] {
        guard let v = parameters[name] else { return [] }
        if v.isNull { return [.null] }
        return v.enumerated() ?? [v]
    }

    // MARK: streams

    /// Writes to the success stream. `enumerateCollection` unrolls arrays/lists into separate objects.
    public func writeObject(_ value: Value, enumerateCollection: Bool = false) throws {
        if enumerateCollection, let items = value.enumerated() {
            for i in items { try output(i) }
        } else {
            try output(value)
        }
    }

    /// A non-terminating error: recorded in `$Error`, shown unless -ErrorAction says otherwise;
    /// throws (terminating) when the effective action is Stop.
    public func writeError(_ record: ErrorRecord) throws {
        if record.invocationInfo == nil { record.invocationInfo = invocationInfo }
        if record.categoryInfo.activity.isEmpty { record.categoryInfo.activity = metadata.name }
        if record.invocationInfo?.myCommand == nil { record.invocationInfo?.myCommand = metadata.name }
        errorVariable.append(.native(record))
        try session.reportNonTerminating(record, action: errorAction, streams: streams)
    }

    public func writeWarning(_ message: String) throws {
        warningVariable.append(.string(message))
        // the advanced functions this command runs inside, given -WarningVariable, keep it too
        for c in session.warningCollectors where c !== self { c.warningVariable.append(.string(message)) }
        switch warningAction {
        case .SilentlyContinue, .Ignore: return
        case .Stop:
            throw RuntimeError(message: "The running command stopped because the preference variable \"WarningPreference\" or common parameter is set to Stop: \(message)", errorId: "ActionPreferenceStop", category: .OperationStopped, exceptionType: "System.Management.Automation.ActionPreferenceStopException")
        default: streams.warning(message)
        }
    }

    public func writeVerbose(_ message: String) throws { if verbose { streams.verbose(message) } }
    public func writeDebug(_ message: String) throws { if debug { streams.debug(message) } }
    /// Records are built only when the command was given -InformationVariable.
    private func keepForInformationVariable(_ data: Value, tags: [String]) {
        guard parameters[key: .informationVariable] != nil else { return }
        informationVariable.append(InformationRecord.make(data, tags: tags, source: metadata.name))
    }

    /// As in pwsh, the record reaches -InformationVariable whatever the preference, and a
    /// redirected information stream (`6>&1`, `*> file`) unless the preference is Ignore.
    public func writeInformation(_ data: Value, tags: [String] = []) throws {
        keepForInformationVariable(data, tags: tags)
        let action = parameters[key: .informationAction].flatMap { ActionPreference(value: $0) }
            ?? session.preference(key: .informationPreference, default: .SilentlyContinue)
        switch action {
        case .Continue, .Inquire: streams.information(data, tags)
        case .SilentlyContinue where streams.informationRedirected: streams.information(data, tags)
        case .Stop:
            throw RuntimeError(message: "The running command stopped because the preference variable \"InformationPreference\" or common parameter is set to Stop: \(LanguagePrimitives.toString(data))", errorId: "ActionPreferenceStop", category: .OperationStopped, exceptionType: "System.Management.Automation.ActionPreferenceStopException")
        default: return
        }
    }

    /// Write-Host text (already joined); colours are names of ConsoleColor.
    public func writeHost(_ text: String, foregroundColor: String? = nil, backgroundColor: String? = nil, noNewline: Bool = false) {
        keepForInformationVariable(.string(text), tags: ["PSHOST"])
        streams.host(text, foregroundColor, backgroundColor, noNewline)
    }

    /// Write-Progress: not rendered when output is not a terminal.
    public func writeProgress(activity: String, status: String?, percentComplete: Int?, completed: Bool) {
        streams.progress(activity, status, percentComplete, completed)
    }

    /// Whether shouldProcess asks before an action of `impact`: -Confirm when it was given, else
    /// `$ConfirmPreference` (a command whose impact depends on its target, such as replacing a
    /// tenant file that holds changes, asks with the impact of this target).
    public func asksConfirmation(for impact: ConfirmImpact) -> Bool {
        // ConfirmImpact None never asks, not even with -Confirm (pwsh's auto-confirm rule)
        if impact == .none { return false }
        return confirmParameter ?? impact.asks(under: session.confirmPreference)
    }

    /// -WhatIf prints `What if: Performing the operation "<action>" on target "<target>".` and returns false.
    /// `impact` overrides the command's ConfirmImpact for this action.
    public func shouldProcess(target: String, action: String? = nil, impact: ConfirmImpact? = nil) throws -> Bool {
        let operation = "Performing the operation \"\(action ?? metadata.name)\" on target \"\(target)\"."
        if whatIf {
            streams.host("What if: " + operation, nil, nil, false)
            return false
        }
        guard impact.map(asksConfirmation(for:)) ?? confirm else { return true }
        if let all = answeredForAll { return all }
        // pwsh's confirmation prompt; Enter takes the default (Yes)
        return try ask("\nConfirm\nAre you sure you want to perform this action?\n" + operation, forAll: &answeredForAll)
    }

    /// pwsh's `ShouldContinue`: asks the user whatever the confirmation preference (a cmdlet with
    /// a `-Force` switch asks unless it is given, as MSOnline's Remove cmdlets do). Enter takes
    /// the default (Yes); "Yes to All"/"No to All" answer the rest of this command's calls. With
    /// no one to ask (input not from a terminal, `-NonInteractive`) it fails as pwsh does.
    public func shouldContinue(query: String, caption: String) throws -> Bool {
        if let all = continueForAll { return all }
        return try ask("\n" + caption + "\n" + query, forAll: &continueForAll)
    }

    /// Shows `question` and reads pwsh's Yes / Yes to All / No / No to All answers until one is
    /// given; the "to All" answers are kept in `forAll`. With no one to ask it fails as pwsh
    /// does, or stops the pipeline after Ctrl-C.
    private func ask(_ question: String, forAll: inout Bool?) throws -> Bool {
        streams.host(question, nil, nil, false)
        while true {
            let choices = "[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is \"Y\"): "
            guard let answer = session.host.readLine(prompt: choices) else {
                try session.stopIfReadWasInterrupted()
                throw terminatingError("PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.", errorId: "System.InvalidOperationException",
                                       category: .InvalidOperation, exceptionType: "System.Management.Automation.PSInvalidOperationException")
            }
            switch answer.trimmingCharacters(in: .whitespaces).lowercased() {
            case "", "y", "yes": return true
            case "a", "yes to all": forAll = true; return true
            case "n", "no": return false
            case "l", "no to all": forAll = false; return false
            case "s", "suspend":
                streams.host("LicenseLab cannot suspend a command into a nested prompt; answer Y or N.", nil, nil, false)
            default:
                streams.host("Y - Continue with only the next step of the operation.\nA - Continue with all the steps of the operation.\nN - Skip this operation and proceed with the next operation.\nL - Skip this operation and all subsequent operations.\nS - Pause the current pipeline and return to the command prompt. Type \"exit\" to resume the pipeline.", nil, nil, false)
            }
        }
    }

    /// Runs a script block with `$_` bound to `input` and returns its output.
    public func invoke(_ scriptBlock: ScriptBlock, input: Value? = nil, arguments: [Value] = []) throws -> [Value] {
        try session.invoke(scriptBlock, dollarUnder: input, arguments: arguments)
    }

    /// A terminating error for this command (throw it).
    public func terminatingError(_ message: String, errorId: String, category: ErrorCategory = .NotSpecified, exceptionType: String = "System.Management.Automation.RuntimeException", targetObject: Value = .null) -> RuntimeError {
        let rec = ErrorRecord(exception: session.types.exception(exceptionType, message: message), errorId: errorId + "," + fullyQualifiedCommandName, category: category, targetObject: targetObject)
        rec.invocationInfo = invocationInfo
        rec.categoryInfo.activity = metadata.name
        return RuntimeError(rec)
    }

    /// An ErrorRecord whose FQEID is `<errorId>,<command type name>` as cmdlets produce.
    public func errorRecord(_ message: String, errorId: String, category: ErrorCategory = .NotSpecified, exceptionType: String = "System.Exception", targetObject: Value = .null) -> ErrorRecord {
        let rec = ErrorRecord(exception: session.types.exception(exceptionType, message: message), errorId: errorId + "," + fullyQualifiedCommandName, category: category, targetObject: targetObject)
        rec.invocationInfo = invocationInfo
        rec.categoryInfo.activity = metadata.name
        return rec
    }

    /// `Microsoft.PowerShell.Commands.<Verb><Noun>Command` style name used in FQEIDs.
    public var fullyQualifiedCommandName: String {
        session.commands.fullyQualifiedName(for: metadata)
    }
}

/// Receivers of the non-output streams for one running command (redirections rewire them).
struct StreamSinks {
    var error: (ErrorRecord) -> Void
    var warning: (String) -> Void
    var verbose: (String) -> Void
    var debug: (String) -> Void
    var information: (Value, [String]) -> Void
    var host: (String, String?, String?, Bool) -> Void
    var progress: (String, String?, Int?, Bool) -> Void
    /// The information stream is redirected (`6>&1`, `6> file`, `*>&1`): its records go there
    /// even when $InformationPreference would hide them.
    var informationRedirected = false
    /// The error stream is redirected (`2>&1`, `2> file`, `*>`): a native command's standard
    /// error is then read as error records instead of going straight to the terminal.
    var errorRedirected = false
}

