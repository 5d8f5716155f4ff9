import PowerShellSyntax

/// A variable: value plus an optional type constraint (`[int]$x = 1` keeps converting to int).
public final class PSVariable {
    public let name: String
    public var value: Value
    public var typeConstraint: PSTypeInfo?
    public var isReadOnly: Bool
    public var isPrivate: Bool
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
    var variables: [NameKey: PSVariable] = [:]
    var functions: [NameKey: FunctionInfo] = [:]
    var aliases: [NameKey: String] = [:]
    /// Script scope marker (`$script:`).
    var isScriptScope: Bool
    init(parent: Scope?, isScriptScope: Bool = false) {
        self.parent = parent
        self.isScriptScope = isScriptScope
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
