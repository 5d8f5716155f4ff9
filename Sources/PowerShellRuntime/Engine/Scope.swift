import PowerShellSyntax
import Synchronization

/// A variable: value plus an optional type constraint (`[int]$x = 1` keeps converting to int).
public final class PSVariable {
    public let name: String
    @exclusivity(unchecked) public var value: Value
    @exclusivity(unchecked) public var typeConstraint: PSTypeInfo?
    @exclusivity(unchecked) public var isReadOnly: Bool
    public var isPrivate: Bool
    /// `Constant`: neither changed nor removed, even with -Force ($true, $false, $PID, $ShellId).
    public var isConstant = false
    /// `AllScope`: an assignment in any child scope changes this variable instead of making a local one.
    public var isAllScope = false
    /// New-Variable/Set-Variable -Description.
    public var description = ""
    /// -Visibility Private: hidden from the session's callers (kept, not enforced by scope).
    public var isVisibilityPrivate = false

    /// ScopedItemOptions as PowerShell prints them, in flag order ("ReadOnly, Private").
    public var optionsText: String {
        var parts: [String] = []
        if isConstant { parts.append("Constant") } else if isReadOnly { parts.append("ReadOnly") }
        if isPrivate { parts.append("Private") }
        if isAllScope { parts.append("AllScope") }
        return parts.isEmpty ? "None" : parts.joined(separator: ", ")
    }
    public init(name: String, value: Value, typeConstraint: PSTypeInfo? = nil, isReadOnly: Bool = false, isPrivate: Bool = false) {
        self.name = name
        self.value = value
        self.typeConstraint = typeConstraint
        self.isReadOnly = isReadOnly
        self.isPrivate = isPrivate
    }
}

/// A script block value: its AST plus (for GetNewClosure) captured variables.
public final class ScriptBlock {
    public let ast: ScriptBlockAst
    /// Variables captured by `GetNewClosure()`.
    var closure: Scope?
    /// The scope a script block was created in when it belongs to a module/script (unused for now).
    public init(ast: ScriptBlockAst) { self.ast = ast }

    /// The text between the braces (what `[string]$sb` gives).
    public var text: String {
        var t = ast.extent.text
        if t.hasPrefix("{") && t.hasSuffix("}") { t = String(t.dropFirst().dropLast()) }
        return t
    }
}

/// A function defined by script (`function`/`filter`).
public final class FunctionInfo {
    public let name: String
    public let scriptBlock: ScriptBlock
    public let isFilter: Bool
    /// Parameters from `function F($a)` or from the body's `param()`.
    let parameterAsts: [ParameterAst]
    public let metadata: CommandMetadata
    let help: CommentHelp?
    /// Binding plan, computed on first call.
    lazy var plan = BinderPlan(metadata)
    /// The script module that defined it: its name, and the module's scope, which each call's
    /// scope hangs from (so the module's variables and unexported functions are in reach and the
    /// caller's locals are not).
    var moduleName: String?
    var moduleScope: Scope?
    /// A call's scope hangs from the caller's scope rather than the module's (`$script:` is still
    /// the module's): Pester's functions, whose blocks must see the test's variables.
    var runsInCallerScope = false
    init(name: String, scriptBlock: ScriptBlock, isFilter: Bool, parameterAsts: [ParameterAst], metadata: CommandMetadata, help: CommentHelp?) {
        self.name = name
        self.scriptBlock = scriptBlock
        self.isFilter = isFilter
        self.parameterAsts = parameterAsts
        self.metadata = metadata
        self.help = help
    }
}

/// A scope: variables and functions, with a parent link. Lookups walk outwards; `private`
/// variables are visible only in their own scope.
final class Scope {
    let parent: Scope?
    /// Which variables the table holds changes `version` (a value changing in a PSVariable does
    /// not): a variable reference caches the variable it found here while both stay the same.
    @exclusivity(unchecked) var variables: [NameKey: PSVariable] = [:] {
        didSet { version &+= 1 }
    }
    @exclusivity(unchecked) private(set) var version = 0
    /// Unique for the life of the process (addresses are reused; serials are not).
    let serial: Int
    private static let serials = Atomic<Int>(0)
    @exclusivity(unchecked) var functions: [NameKey: FunctionInfo] = [:]
    @exclusivity(unchecked) var aliases: [NameKey: String] = [:]
    /// Script scope marker (`$script:`).
    var isScriptScope: Bool
    /// The scope of a module whose functions run in their caller's scope: while one of them runs
    /// (this is `$script:`), the module's own functions are found here too.
    var isCallerScopedModule = false
    /// The scope of a class method's call: `return` there gives the method's value.
    var isMethodScope = false
    var methodResult: Value?
    init(parent: Scope?, isScriptScope: Bool = false) {
        self.parent = parent
        self.isScriptScope = isScriptScope
        self.serial = Scope.serials.add(1, ordering: .relaxed).newValue
    }

    /// The variable a reference `site` names, from its cache when this scope is the one it last
    /// found it in and the table has not changed since; else nil (the caller looks it up).
    @inline(__always)
    func cached(_ site: VariableSite) -> PSVariable? {
        site.scopeSerial == serial && site.version == version ? site.variable : nil
    }

    /// Remembers that `site` names `variable`, a variable of this scope's own table.
    @inline(__always)
    func remember(_ variable: PSVariable, for site: VariableSite) {
        site.scopeSerial = serial
        site.version = version
        site.variable = variable
    }

    func lookup(_ key: NameKey) -> PSVariable? {
        if let v = variables[key] { return v }
        var s = parent
        while let sc = s {
            if let v = sc.variables[key], !v.isPrivate { return v }
            s = sc.parent
        }
        return nil
    }

    func lookupFunction(_ key: NameKey) -> FunctionInfo? {
        var s: Scope? = self
        while let sc = s {
            if let f = sc.functions[key] { return f }
            s = sc.parent
        }
        return nil
    }

    func lookupAlias(_ key: NameKey) -> String? {
        var s: Scope? = self
        while let sc = s {
            if let a = sc.aliases[key] { return a }
            s = sc.parent
        }
        return nil
    }
}

/// A `$name` in the script: its folded name, and the variable it last found in the current
/// scope's own table. The variable is held unowned: it is used only while that scope is current
/// and its table unchanged, and then the table holds it.
final class VariableSite {
    let node: VariableExpressionAst
    let key: NameKey
    @exclusivity(unchecked) var scopeSerial = -1
    @exclusivity(unchecked) var version = 0
    @exclusivity(unchecked) unowned(unsafe) var variable: PSVariable?
    init(node: VariableExpressionAst, key: NameKey) {
        self.node = node
        self.key = key
    }
}

/// Whether any AllScope variable was ever made in this process: until then an assignment does
/// not look for one in the enclosing scopes.
enum AllScopeVariables {
    private static let made = Atomic<Bool>(false)
    static func noteCreated() { made.store(true, ordering: .relaxed) }
    static var any: Bool { made.load(ordering: .relaxed) }
}
