/// Parameter and command metadata as DATA: the binder, Get-Command, Get-Help and tab completion
/// all read this. Script functions' `param()` blocks are turned into the same structures.

/// One parameter of a command.
public struct ParameterMetadata: Sendable {
    public var name: String { didSet { key = NameKey(name) } }
    /// `name` folded once (the binder looks parameters up by it for every pipeline object).
    public private(set) var key: NameKey
    public var aliases: [String]
    /// The type as a type literal would write it: `string`, `string[]`, `int`, `switch`, `object`,
    /// `scriptblock`, `hashtable`, `datetime`, a module's own type name ...
    /// The binder converts arguments to it (`switch` makes a switch parameter).
    public var type: String
    /// Position for positional binding (0-based), nil when named-only.
    public var position: Int?
    public var mandatory: Bool
    public var valueFromPipeline: Bool
    public var valueFromPipelineByPropertyName: Bool
    public var valueFromRemainingArguments: Bool
    /// Parameter sets this parameter belongs to; empty means all sets.
    public var parameterSets: [String]
    public var validateSet: [String]?
    public var validateRange: ClosedRange<Double>?
    public var validateNotNull: Bool
    public var validateNotNullOrEmpty: Bool
    public var validatePattern: String?
    public var validateCount: ClosedRange<Int>?
    public var validateLength: ClosedRange<Int>?
    public var allowNull: Bool
    public var allowEmptyString: Bool
    public var allowEmptyCollection: Bool
    public var helpMessage: String?
    /// The default value as text for help (`Low`), not used by binding.
    public var defaultValueText: String?

    public init(name: String, type: String = "object", aliases: [String] = [], position: Int? = nil, mandatory: Bool = false,
                valueFromPipeline: Bool = false, valueFromPipelineByPropertyName: Bool = false,
                valueFromRemainingArguments: Bool = false, parameterSets: [String] = [],
                validateSet: [String]? = nil, validateRange: ClosedRange<Double>? = nil,
                validateNotNull: Bool = false, validateNotNullOrEmpty: Bool = false, validatePattern: String? = nil,
                validateCount: ClosedRange<Int>? = nil, validateLength: ClosedRange<Int>? = nil,
                allowNull: Bool = false, allowEmptyString: Bool = false, allowEmptyCollection: Bool = false,
                helpMessage: String? = nil, defaultValueText: String? = nil) {
        self.name = name
        self.key = NameKey(name)
        self.type = type
        self.aliases = aliases
        self.position = position
        self.mandatory = mandatory
        self.valueFromPipeline = valueFromPipeline
        self.valueFromPipelineByPropertyName = valueFromPipelineByPropertyName
        self.valueFromRemainingArguments = valueFromRemainingArguments
        self.parameterSets = parameterSets
        self.validateSet = validateSet
        self.validateRange = validateRange
        self.validateNotNull = validateNotNull
        self.validateNotNullOrEmpty = validateNotNullOrEmpty
        self.validatePattern = validatePattern
        self.validateCount = validateCount
        self.validateLength = validateLength
        self.allowNull = allowNull
        self.allowEmptyString = allowEmptyString
        self.allowEmptyCollection = allowEmptyCollection
        self.helpMessage = helpMessage
        self.defaultValueText = defaultValueText
    }

    public var isSwitch: Bool {
        let t = NameKey.fold(type)
        return t == "switch" || t == "system.management.automation.switchparameter"
    }

    func inSet(_ set: String) -> Bool {
        if parameterSets.isEmpty { return true }
        let f = NameKey.fold(set)
        return parameterSets.contains { $0 == set || NameKey.fold($0) == f }
    }
}

/// An example shown by Get-Help (and run by the test suite when `expectedOutput` is given).
/// One example of a command's help. Every example runs as a test in a fresh session of the
/// session as the product starts it and must write no error; when `expectedOutput`
/// is given, the output must be exactly that.
public struct CommandExample: Sendable {
    public var title: String
    public var code: String
    public var remarks: String
    public var expectedOutput: String?
    /// What must run before the example, in the same session, that the help does not show
    /// (a module's connect command before its other examples); the remarks should say it.
    public var setup: String?
    public init(title: String = "", code: String, remarks: String = "", expectedOutput: String? = nil, setup: String? = nil) {
        self.title = title
        self.code = code
        self.remarks = remarks
        self.expectedOutput = expectedOutput
        self.setup = setup
    }
}

/// System.Management.Automation.ConfirmImpact: how much harm a command's action can do. Also the
/// levels of `$ConfirmPreference`, where None turns confirmation off.
public enum ConfirmImpact: Int, Sendable, Comparable {
    case none, low, medium, high

    public init?(name: String) {
        switch NameKey.fold(name) {
        case "none": self = .none
        case "low": self = .low
        case "medium": self = .medium
        case "high": self = .high
        default: return nil
        }
    }

    public static func < (a: ConfirmImpact, b: ConfirmImpact) -> Bool { a.rawValue < b.rawValue }

    /// Whether an action of this impact asks first under `preference` (pwsh: preference None
    /// never asks; otherwise the impact must reach the preference).
    public func asks(under preference: ConfirmImpact) -> Bool { preference != .none && self != .none && self >= preference }
}

/// Everything about a command except its implementation.
public struct CommandMetadata: Sendable {
    public var name: String
    public var parameters: [ParameterMetadata]
    public var defaultParameterSet: String?
    /// Type names of the objects it writes (Get-Command's OutputType).
    public var outputTypes: [String]
    /// `SupportsShouldProcess`: adds -WhatIf and -Confirm.
    public var supportsShouldProcess: Bool
    /// `ConfirmImpact`: shouldProcess asks without -Confirm when `$ConfirmPreference` is at or
    /// below it (pwsh's default preference, High, asks only for High-impact commands).
    public var confirmImpact: ConfirmImpact
    /// `[CmdletBinding()]` / compiled cmdlet: common parameters are accepted. False for simple functions.
    public var isAdvanced: Bool
    /// Module name shown by Get-Command (`Microsoft.PowerShell.Utility`, `MSOnline`, ...).
    public var moduleName: String
    public var synopsis: String
    public var description: String
    public var examples: [CommandExample]

    public init(name: String, parameters: [ParameterMetadata] = [], defaultParameterSet: String? = nil,
                outputTypes: [String] = [], supportsShouldProcess: Bool = false, confirmImpact: ConfirmImpact = .medium,
                isAdvanced: Bool = true, moduleName: String = "", synopsis: String = "", description: String = "",
                examples: [CommandExample] = []) {
        self.name = name
        self.parameters = parameters
        self.defaultParameterSet = defaultParameterSet
        self.outputTypes = outputTypes
        self.supportsShouldProcess = supportsShouldProcess
        self.confirmImpact = confirmImpact
        self.isAdvanced = isAdvanced
        self.moduleName = moduleName
        self.synopsis = synopsis
        self.description = description
        self.examples = examples
    }

    public var verb: String { name.split(separator: "-", maxSplits: 1).first.map(String.init) ?? name }
    public var noun: String { name.split(separator: "-", maxSplits: 1).dropFirst().first.map(String.init) ?? "" }

    /// All parameter-set names declared by parameters (plus the default set).
    public var parameterSetNames: [String] {
        var out: [String] = []
        if let d = defaultParameterSet { out.append(d) }
        for p in parameters { for s in p.parameterSets where !out.contains(where: { NameKey.fold($0) == NameKey.fold(s) }) { out.append(s) } }
        return out
    }

    /// The common parameters every advanced command accepts.
    public static let commonParameters: [ParameterMetadata] = [
        ParameterMetadata(name: "Verbose", type: "switch", aliases: ["vb"]),
        ParameterMetadata(name: "Debug", type: "switch", aliases: ["db"]),
        ParameterMetadata(name: "ErrorAction", type: "System.Management.Automation.ActionPreference", aliases: ["ea"]),
        ParameterMetadata(name: "WarningAction", type: "System.Management.Automation.ActionPreference", aliases: ["wa"]),
        ParameterMetadata(name: "InformationAction", type: "System.Management.Automation.ActionPreference", aliases: ["infa"]),
        ParameterMetadata(name: "ProgressAction", type: "System.Management.Automation.ActionPreference", aliases: ["proga"]),
        ParameterMetadata(name: "ErrorVariable", type: "string", aliases: ["ev"]),
        ParameterMetadata(name: "WarningVariable", type: "string", aliases: ["wv"]),
        ParameterMetadata(name: "InformationVariable", type: "string", aliases: ["iv"]),
        ParameterMetadata(name: "OutVariable", type: "string", aliases: ["ov"]),
        ParameterMetadata(name: "OutBuffer", type: "int", aliases: ["ob"]),
        ParameterMetadata(name: "PipelineVariable", type: "string", aliases: ["pv"]),
    ]

    public static let shouldProcessParameters: [ParameterMetadata] = [
        ParameterMetadata(name: "WhatIf", type: "switch", aliases: ["wi"]),
        ParameterMetadata(name: "Confirm", type: "switch", aliases: ["cf"]),
    ]

    /// Declared parameters plus the common (and ShouldProcess) ones, as the binder sees them.
    public var allParameters: [ParameterMetadata] {
        guard isAdvanced else { return parameters }
        var all = parameters
        let names = Set(parameters.map { NameKey.fold($0.name) })
        for c in CommandMetadata.commonParameters where !names.contains(NameKey.fold(c.name)) { all.append(c) }
        if supportsShouldProcess {
            for c in CommandMetadata.shouldProcessParameters where !names.contains(NameKey.fold(c.name)) { all.append(c) }
        }
        return all
    }
}

/// `$ErrorActionPreference` and the -*Action common parameters.
public enum ActionPreference: String, Sendable, CaseIterable {
    case SilentlyContinue, Stop, Continue, Inquire, Ignore, Suspend, Break

    public init?(value: Value) {
        let s = NameKey.fold(LanguagePrimitives.toString(value))
        if let p = ActionPreference.allCases.first(where: { NameKey.fold($0.rawValue) == s }) { self = p; return }
        if let n = Int(s), let p = [ActionPreference.SilentlyContinue, .Stop, .Continue, .Inquire, .Ignore, .Suspend, .Break][safe: n] { self = p; return }
        return nil
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { i >= 0 && i < count ? self[i] : nil }
}
