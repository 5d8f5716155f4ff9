// The AST: plain immutable data mirroring System.Management.Automation.Language.
// Every node is a `final class` (so an interpreter can cache per-node data keyed by
// `ObjectIdentifier`) with `let` fields only; the abstract PowerShell bases
// (StatementAst, ExpressionAst, CommandElementAst, CommandBaseAst, RedirectionAst,
// AttributeBaseAst) are exhaustive enums over the concrete node classes.

/// Anything in the tree: it knows the source it came from.
public protocol Ast: AnyObject, Sendable {
    var extent: Extent { get }
}

// MARK: - Script blocks and blocks

/// `{ param(...) begin {} process {} end {} clean {} }`, a script file, or a function body.
/// A body without named blocks has its statements in `endBlock` with `unnamed == true`.
public final class ScriptBlockAst: Ast {
    public let extent: Extent
    public let usingStatements: [UsingStatementAst]
    /// `[CmdletBinding()]` and other attributes written before `param` are in `paramBlock.attributes`.
    public let paramBlock: ParamBlockAst?
    public let dynamicParamBlock: NamedBlockAst?
    public let beginBlock: NamedBlockAst?
    public let processBlock: NamedBlockAst?
    public let endBlock: NamedBlockAst?
    public let cleanBlock: NamedBlockAst?
    /// `#Requires` lines found in this script (only for a whole script).
    public let requirements: [ScriptRequirement]
    /// Comment-based help attached to this script (only for a whole script file).
    public let help: CommentHelp?

    public init(extent: Extent, usingStatements: [UsingStatementAst] = [], paramBlock: ParamBlockAst?,
                dynamicParamBlock: NamedBlockAst? = nil, beginBlock: NamedBlockAst?, processBlock: NamedBlockAst?,
                endBlock: NamedBlockAst?, cleanBlock: NamedBlockAst? = nil,
                requirements: [ScriptRequirement] = [], help: CommentHelp? = nil) {
        self.extent = extent
        self.usingStatements = usingStatements
        self.paramBlock = paramBlock
        self.dynamicParamBlock = dynamicParamBlock
        self.beginBlock = beginBlock
        self.processBlock = processBlock
        self.endBlock = endBlock
        self.cleanBlock = cleanBlock
        self.requirements = requirements
        self.help = help
    }
}

public enum BlockKind: String, Sendable {
    case dynamicParam = "dynamicparam", begin, process, end, clean
}

/// `begin { }` / `process { }` / `end { }` / `clean { }`, or the unnamed body of a script block.
public final class NamedBlockAst: Ast {
    public let extent: Extent
    public let blockKind: BlockKind
    public let unnamed: Bool
    public let statements: [StatementAst]
    /// `trap` statements of the block (also present, in order, in `statements`).
    public let traps: [TrapStatementAst]

    public init(extent: Extent, blockKind: BlockKind, unnamed: Bool, statements: [StatementAst]) {
        self.extent = extent
        self.blockKind = blockKind
        self.unnamed = unnamed
        self.statements = statements
        self.traps = statements.compactMap { if case .trap(let t) = $0 { return t } else { return nil } }
    }
}

/// `{ statements }` of a control-flow statement, or the inside of `$( )` / `@( )`.
public final class StatementBlockAst: Ast {
    public let extent: Extent
    public let statements: [StatementAst]
    public let traps: [TrapStatementAst]

    public init(extent: Extent, statements: [StatementAst]) {
        self.extent = extent
        self.statements = statements
        self.traps = statements.compactMap { if case .trap(let t) = $0 { return t } else { return nil } }
    }
}

/// `param( ... )` with the attributes written before it (`[CmdletBinding()]`, `[OutputType()]`).
public final class ParamBlockAst: Ast {
    public let extent: Extent
    public let attributes: [AttributeAst]
    public let parameters: [ParameterAst]

    public init(extent: Extent, attributes: [AttributeAst], parameters: [ParameterAst]) {
        self.extent = extent
        self.attributes = attributes
        self.parameters = parameters
    }
}

/// One parameter: `[Parameter(Mandatory)][string]$Name = 'x'`.
public final class ParameterAst: Ast {
    public let extent: Extent
    public let name: VariableExpressionAst
    /// Attributes and type constraints in source order.
    public let attributes: [AttributeBaseAst]
    public let defaultValue: ExpressionAst?

    public init(extent: Extent, name: VariableExpressionAst, attributes: [AttributeBaseAst], defaultValue: ExpressionAst?) {
        self.extent = extent
        self.name = name
        self.attributes = attributes
        self.defaultValue = defaultValue
    }

    /// The last type constraint (`[string]`), which decides the parameter's type.
    public var typeConstraint: TypeConstraintAst? {
        for a in attributes.reversed() { if case .typeConstraint(let t) = a { return t } }
        return nil
    }
}

public enum AttributeBaseAst: Sendable {
    case attribute(AttributeAst)
    case typeConstraint(TypeConstraintAst)

    public var extent: Extent {
        switch self {
        case .attribute(let a): return a.extent
        case .typeConstraint(let t): return t.extent
        }
    }
    public var typeName: TypeName {
        switch self {
        case .attribute(let a): return a.typeName
        case .typeConstraint(let t): return t.typeName
        }
    }
}

/// `[Name(positional, Named = value, Flag)]`.
public final class AttributeAst: Ast {
    public let extent: Extent
    public let typeName: TypeName
    public let positionalArguments: [ExpressionAst]
    public let namedArguments: [NamedAttributeArgumentAst]

    public init(extent: Extent, typeName: TypeName, positionalArguments: [ExpressionAst], namedArguments: [NamedAttributeArgumentAst]) {
        self.extent = extent
        self.typeName = typeName
        self.positionalArguments = positionalArguments
        self.namedArguments = namedArguments
    }

    /// The named argument with this name (case-insensitive).
    public func namedArgument(_ name: String) -> NamedAttributeArgumentAst? {
        namedArguments.first { $0.argumentName.lowercased() == name.lowercased() }
    }
}

/// `Mandatory = $true`, or `Mandatory` alone (`expressionOmitted`, meaning `$true`).
public final class NamedAttributeArgumentAst: Ast {
    public let extent: Extent
    public let argumentName: String
    /// For an omitted expression this is a `$true` variable expression at the name's extent.
    public let argument: ExpressionAst
    public let expressionOmitted: Bool

    public init(extent: Extent, argumentName: String, argument: ExpressionAst, expressionOmitted: Bool) {
        self.extent = extent
        self.argumentName = argumentName
        self.argument = argument
        self.expressionOmitted = expressionOmitted
    }
}

/// `[string]` used as a constraint (parameter type, catch/trap type, cast).
public final class TypeConstraintAst: Ast {
    public let extent: Extent
    public let typeName: TypeName

    public init(extent: Extent, typeName: TypeName) {
        self.extent = extent
        self.typeName = typeName
    }
}

/// A type name as written: `int`, `System.Collections.Generic.List[string]`, `string[]`,
/// `Dictionary[string,int]`.
public indirect enum TypeName: Sendable, Hashable, CustomStringConvertible {
    case simple(String)
    case generic(TypeName, [TypeName])
    case array(TypeName, rank: Int)

    /// The name in PowerShell's written form (`List[string]`, `int[]`, `int[,]`).
    public var fullName: String {
        switch self {
        case .simple(let s): return s
        case .generic(let base, let args): return base.fullName + "[" + args.map(\.fullName).joined(separator: ",") + "]"
        case .array(let element, let rank): return element.fullName + "[" + String(repeating: ",", count: max(0, rank - 1)) + "]"
        }
    }
    public var description: String { fullName }
}

// MARK: - Comment-based help and requirements

/// Comment-based help (`<# .SYNOPSIS ... #>` or a run of `#` lines) as Get-Help reads it.
public struct CommentHelp: Sendable, Hashable {
    public var synopsis: String?
    public var description: String?
    /// `.PARAMETER name` sections in source order.
    public var parameters: [(name: String, text: String)] { parameterPairs.map { ($0.name, $0.text) } }
    public var parameterPairs: [NamedText]
    public var examples: [String]
    public var inputs: [String]
    public var outputs: [String]
    public var notes: String?
    public var links: [String]
    public var component: String?
    public var role: String?
    public var functionality: String?
    /// The comment text the help was read from.
    public var rawText: String

    public struct NamedText: Sendable, Hashable {
        public var name: String
        public var text: String
        public init(name: String, text: String) { self.name = name; self.text = text }
    }

    public init(synopsis: String? = nil, description: String? = nil, parameterPairs: [NamedText] = [],
                examples: [String] = [], inputs: [String] = [], outputs: [String] = [], notes: String? = nil,
                links: [String] = [], component: String? = nil, role: String? = nil,
                functionality: String? = nil, rawText: String) {
        self.synopsis = synopsis
        self.description = description
        self.parameterPairs = parameterPairs
        self.examples = examples
        self.inputs = inputs
        self.outputs = outputs
        self.notes = notes
        self.links = links
        self.component = component
        self.role = role
        self.functionality = functionality
        self.rawText = rawText
    }
}

/// One `#Requires -Name value, value` line, recorded but not enforced by the parser.
public struct ScriptRequirement: Sendable, Hashable {
    /// `Modules`, `Version`, `PSEdition`, `RunAsAdministrator`, ... as written.
    public var parameter: String
    /// The argument text split at commas, quotes removed (`@{...}` module specs kept whole).
    public var values: [String]
    public var line: Int
    public init(parameter: String, values: [String], line: Int) {
        self.parameter = parameter
        self.values = values
        self.line = line
    }
}
