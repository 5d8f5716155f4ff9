// Statement nodes (PowerShell's StatementAst subclasses).

/// Every kind of statement. Pipelines, assignments and `&&`/`||` chains are PowerShell's
/// `PipelineBaseAst` kinds; they are the statements that can produce a value in `$( )`,
/// conditions, `return`, `throw` and on the right of `=`.
public enum StatementAst: Sendable {
    case pipeline(PipelineAst)
    case assignment(AssignmentStatementAst)
    case pipelineChain(PipelineChainAst)
    case `if`(IfStatementAst)
    case `switch`(SwitchStatementAst)
    case forEach(ForEachStatementAst)
    case `for`(ForStatementAst)
    case `while`(WhileStatementAst)
    case doWhile(DoWhileStatementAst)
    case doUntil(DoUntilStatementAst)
    case `try`(TryStatementAst)
    case trap(TrapStatementAst)
    case `throw`(ThrowStatementAst)
    case `return`(ReturnStatementAst)
    case exit(ExitStatementAst)
    case `break`(BreakStatementAst)
    case `continue`(ContinueStatementAst)
    case functionDefinition(FunctionDefinitionAst)
    case data(DataStatementAst)
    case typeDefinition(TypeDefinitionAst)
    case using(UsingStatementAst)
    /// Where the parser gave up on a statement; its parse error is in `ParseResult.errors`.
    case error(ErrorStatementAst)

    public var node: any Ast {
        switch self {
        case .pipeline(let n): return n
        case .assignment(let n): return n
        case .pipelineChain(let n): return n
        case .if(let n): return n
        case .switch(let n): return n
        case .forEach(let n): return n
        case .for(let n): return n
        case .while(let n): return n
        case .doWhile(let n): return n
        case .doUntil(let n): return n
        case .try(let n): return n
        case .trap(let n): return n
        case .throw(let n): return n
        case .return(let n): return n
        case .exit(let n): return n
        case .break(let n): return n
        case .continue(let n): return n
        case .functionDefinition(let n): return n
        case .data(let n): return n
        case .typeDefinition(let n): return n
        case .using(let n): return n
        case .error(let n): return n
        }
    }

    public var extent: Extent { node.extent }

    /// The single expression when the statement is a pipeline of one bare expression
    /// (PowerShell's `PipelineAst.GetPureExpression()`).
    public var pureExpression: ExpressionAst? {
        if case .pipeline(let p) = self { return p.pureExpression }
        return nil
    }
}

/// `a | b | c`, optionally run in the background (`... &`).
public final class PipelineAst: Ast {
    public let extent: Extent
    public let pipelineElements: [CommandBaseAst]
    public let background: Bool

    public init(extent: Extent, pipelineElements: [CommandBaseAst], background: Bool = false) {
        self.extent = extent
        self.pipelineElements = pipelineElements
        self.background = background
    }

    /// The expression when this pipeline is one expression with no redirections.
    public var pureExpression: ExpressionAst? {
        guard pipelineElements.count == 1, case .expression(let e) = pipelineElements[0], e.redirections.isEmpty else { return nil }
        return e.expression
    }
}

public enum PipelineChainOperator: String, Sendable {
    case and = "&&"
    case or = "||"
}

/// `left && right` / `left || right` (PowerShell 7). `left` is a pipeline or another chain.
public final class PipelineChainAst: Ast {
    public let extent: Extent
    public let lhs: StatementAst
    public let `operator`: PipelineChainOperator
    public let rhs: PipelineAst
    public let background: Bool

    public init(extent: Extent, lhs: StatementAst, operator: PipelineChainOperator, rhs: PipelineAst, background: Bool = false) {
        self.extent = extent
        self.lhs = lhs
        self.operator = `operator`
        self.rhs = rhs
        self.background = background
    }
}

public enum AssignmentOperator: String, Sendable {
    case assign = "="
    case plusEquals = "+="
    case minusEquals = "-="
    case multiplyEquals = "*="
    case divideEquals = "/="
    case remainderEquals = "%="
    case nullCoalesceEquals = "??="
}

/// `$x = ...`, `$a.b += 1`, `$first, $rest = $list`, `[int]$n = '5'`.
/// The right side is a statement (`$x = if (...) {...}`, `$x = foreach ...` are allowed).
public final class AssignmentStatementAst: Ast {
    public let extent: Extent
    public let left: ExpressionAst
    public let `operator`: AssignmentOperator
    public let right: StatementAst
    public let operatorExtent: Extent

    public init(extent: Extent, left: ExpressionAst, operator: AssignmentOperator, right: StatementAst, operatorExtent: Extent) {
        self.extent = extent
        self.left = left
        self.operator = `operator`
        self.right = right
        self.operatorExtent = operatorExtent
    }
}

public struct IfClause: Sendable {
    public let condition: StatementAst
    public let body: StatementBlockAst
    public init(condition: StatementAst, body: StatementBlockAst) {
        self.condition = condition
        self.body = body
    }
}

/// `if (c) {} elseif (c) {} else {}`.
public final class IfStatementAst: Ast {
    public let extent: Extent
    public let clauses: [IfClause]
    public let elseClause: StatementBlockAst?

    public init(extent: Extent, clauses: [IfClause], elseClause: StatementBlockAst?) {
        self.extent = extent
        self.clauses = clauses
        self.elseClause = elseClause
    }
}

public struct SwitchFlags: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let regex = SwitchFlags(rawValue: 1)
    public static let wildcard = SwitchFlags(rawValue: 2)
    public static let exact = SwitchFlags(rawValue: 4)
    public static let caseSensitive = SwitchFlags(rawValue: 8)
    public static let file = SwitchFlags(rawValue: 16)
    public static let parallel = SwitchFlags(rawValue: 32)
}

public struct SwitchClause: Sendable {
    /// A constant, expandable string, variable/member expression, parenthesised expression or
    /// script block (a predicate), read in argument mode like a command argument.
    public let condition: ExpressionAst
    public let body: StatementBlockAst
    public init(condition: ExpressionAst, body: StatementBlockAst) {
        self.condition = condition
        self.body = body
    }
}

/// `switch -Regex -CaseSensitive (input) { cond { } default { } }` and `switch -File path { }`.
/// PowerShell's rule "conflicting flags: the last one wins" is applied by the parser: only
/// the last of -Regex/-Wildcard/-Exact is kept in `flags`.
public final class SwitchStatementAst: Ast {
    public let extent: Extent
    public let label: String?
    public let flags: SwitchFlags
    /// The input pipeline, or with `-File` the path expression.
    public let condition: StatementAst?
    public let clauses: [SwitchClause]
    public let defaultClause: StatementBlockAst?

    public init(extent: Extent, label: String?, flags: SwitchFlags, condition: StatementAst?, clauses: [SwitchClause], defaultClause: StatementBlockAst?) {
        self.extent = extent
        self.label = label
        self.flags = flags
        self.condition = condition
        self.clauses = clauses
        self.defaultClause = defaultClause
    }
}

/// `foreach ($x in pipeline) { }` (`-Parallel`/`-ThrottleLimit` are recorded and may be ignored).
public final class ForEachStatementAst: Ast {
    public let extent: Extent
    public let label: String?
    public let variable: VariableExpressionAst
    public let condition: StatementAst
    public let body: StatementBlockAst
    public let parallel: Bool
    public let throttleLimit: ExpressionAst?

    public init(extent: Extent, label: String?, variable: VariableExpressionAst, condition: StatementAst, body: StatementBlockAst, parallel: Bool = false, throttleLimit: ExpressionAst? = nil) {
        self.extent = extent
        self.label = label
        self.variable = variable
        self.condition = condition
        self.body = body
        self.parallel = parallel
        self.throttleLimit = throttleLimit
    }
}

/// `for (init; condition; iterator) { }`; each part may be absent.
public final class ForStatementAst: Ast {
    public let extent: Extent
    public let label: String?
    public let initializer: StatementAst?
    public let condition: StatementAst?
    public let iterator: StatementAst?
    public let body: StatementBlockAst

    public init(extent: Extent, label: String?, initializer: StatementAst?, condition: StatementAst?, iterator: StatementAst?, body: StatementBlockAst) {
        self.extent = extent
        self.label = label
        self.initializer = initializer
        self.condition = condition
        self.iterator = iterator
        self.body = body
    }
}

/// `while (condition) { }`.
public final class WhileStatementAst: Ast {
    public let extent: Extent
    public let label: String?
    public let condition: StatementAst
    public let body: StatementBlockAst

    public init(extent: Extent, label: String?, condition: StatementAst, body: StatementBlockAst) {
        self.extent = extent
        self.label = label
        self.condition = condition
        self.body = body
    }
}

/// `do { } while (condition)`.
public final class DoWhileStatementAst: Ast {
    public let extent: Extent
    public let label: String?
    public let condition: StatementAst
    public let body: StatementBlockAst

    public init(extent: Extent, label: String?, condition: StatementAst, body: StatementBlockAst) {
        self.extent = extent
        self.label = label
        self.condition = condition
        self.body = body
    }
}

/// `do { } until (condition)`.
public final class DoUntilStatementAst: Ast {
    public let extent: Extent
    public let label: String?
    public let condition: StatementAst
    public let body: StatementBlockAst

    public init(extent: Extent, label: String?, condition: StatementAst, body: StatementBlockAst) {
        self.extent = extent
        self.label = label
        self.condition = condition
        self.body = body
    }
}

/// `try { } catch [T1], [T2] { } catch { } finally { }`.
public final class TryStatementAst: Ast {
    public let extent: Extent
    public let body: StatementBlockAst
    public let catchClauses: [CatchClauseAst]
    public let finally: StatementBlockAst?

    public init(extent: Extent, body: StatementBlockAst, catchClauses: [CatchClauseAst], finally: StatementBlockAst?) {
        self.extent = extent
        self.body = body
        self.catchClauses = catchClauses
        self.finally = finally
    }
}

public final class CatchClauseAst: Ast {
    public let extent: Extent
    /// Empty for a catch-all clause.
    public let catchTypes: [TypeConstraintAst]
    public let body: StatementBlockAst

    public init(extent: Extent, catchTypes: [TypeConstraintAst], body: StatementBlockAst) {
        self.extent = extent
        self.catchTypes = catchTypes
        self.body = body
    }
    public var isCatchAll: Bool { catchTypes.isEmpty }
}

/// `trap [type] { }`.
public final class TrapStatementAst: Ast {
    public let extent: Extent
    public let trapType: TypeConstraintAst?
    public let body: StatementBlockAst

    public init(extent: Extent, trapType: TypeConstraintAst?, body: StatementBlockAst) {
        self.extent = extent
        self.trapType = trapType
        self.body = body
    }
}

/// `throw [pipeline]`.
public final class ThrowStatementAst: Ast {
    public let extent: Extent
    public let pipeline: StatementAst?
    public init(extent: Extent, pipeline: StatementAst?) {
        self.extent = extent
        self.pipeline = pipeline
    }
    /// `throw` with no operand (rethrow inside a catch block).
    public var isRethrow: Bool { pipeline == nil }
}

/// `return [pipeline]`.
public final class ReturnStatementAst: Ast {
    public let extent: Extent
    public let pipeline: StatementAst?
    public init(extent: Extent, pipeline: StatementAst?) {
        self.extent = extent
        self.pipeline = pipeline
    }
}

/// `exit [pipeline]`.
public final class ExitStatementAst: Ast {
    public let extent: Extent
    public let pipeline: StatementAst?
    public init(extent: Extent, pipeline: StatementAst?) {
        self.extent = extent
        self.pipeline = pipeline
    }
}

/// `break [label]`; a bare-word label is a `StringConstantExpressionAst`.
public final class BreakStatementAst: Ast {
    public let extent: Extent
    public let label: ExpressionAst?
    public init(extent: Extent, label: ExpressionAst?) {
        self.extent = extent
        self.label = label
    }
}

/// `continue [label]`.
public final class ContinueStatementAst: Ast {
    public let extent: Extent
    public let label: ExpressionAst?
    public init(extent: Extent, label: ExpressionAst?) {
        self.extent = extent
        self.label = label
    }
}

/// `function [scope:]Name [(params)] { body }` or `filter Name { }`.
public final class FunctionDefinitionAst: Ast {
    public let extent: Extent
    public let isFilter: Bool
    /// The name as written, including any scope prefix (`script:Get-Scoped`).
    public let name: String
    /// Parameters written in parentheses after the name (`function F($a, $b)`), else nil.
    public let parameters: [ParameterAst]?
    public let body: ScriptBlockAst
    /// Comment-based help before the function or at the start/end of its body.
    public let help: CommentHelp?

    public init(extent: Extent, isFilter: Bool, name: String, parameters: [ParameterAst]?, body: ScriptBlockAst, help: CommentHelp?) {
        self.extent = extent
        self.isFilter = isFilter
        self.name = name
        self.parameters = parameters
        self.body = body
        self.help = help
    }

    /// The name without a `global:`/`script:`/`local:`/`private:` prefix.
    public var unqualifiedName: String {
        if let colon = name.firstIndex(of: ":") {
            let prefix = name[..<colon].lowercased()
            if ["global", "script", "local", "private"].contains(prefix) { return String(name[name.index(after: colon)...]) }
        }
        return name
    }
    /// The scope prefix (lower-cased) if one was written.
    public var scopePrefix: String? {
        if let colon = name.firstIndex(of: ":") {
            let prefix = name[..<colon].lowercased()
            if ["global", "script", "local", "private"].contains(prefix) { return prefix }
        }
        return nil
    }
}

/// `data [name] [-SupportedCommand a, b] { ... }`.
public final class DataStatementAst: Ast {
    public let extent: Extent
    public let variable: String?
    public let commandsAllowed: [ExpressionAst]
    public let body: StatementBlockAst

    public init(extent: Extent, variable: String?, commandsAllowed: [ExpressionAst], body: StatementBlockAst) {
        self.extent = extent
        self.variable = variable
        self.commandsAllowed = commandsAllowed
        self.body = body
    }
}

public struct EnumMember: Sendable {
    public let name: String
    public let initialValue: ExpressionAst?
    public let extent: Extent
    public init(name: String, initialValue: ExpressionAst?, extent: Extent) {
        self.name = name
        self.initialValue = initialValue
        self.extent = extent
    }
}

/// `[Flags()] enum Name : underlying { A; B = 2 }`, or `class Name : Base, IInterface { members }`.
public final class TypeDefinitionAst: Ast {
    public let extent: Extent
    public let name: String
    public let attributes: [AttributeAst]
    /// An enum's `: byte`.
    public let underlyingType: TypeConstraintAst?
    /// An enum's values.
    public let members: [EnumMember]
    public let isEnum: Bool
    /// A class's base class and interfaces, in the order written.
    public let baseTypes: [TypeConstraintAst]
    /// A class's properties, methods and constructors, in the order written.
    public let classMembers: [ClassMemberAst]

    public init(extent: Extent, name: String, attributes: [AttributeAst], underlyingType: TypeConstraintAst?, members: [EnumMember]) {
        self.extent = extent
        self.name = name
        self.attributes = attributes
        self.underlyingType = underlyingType
        self.members = members
        self.isEnum = true
        self.baseTypes = []
        self.classMembers = []
    }

    public init(extent: Extent, name: String, attributes: [AttributeAst], baseTypes: [TypeConstraintAst], classMembers: [ClassMemberAst]) {
        self.extent = extent
        self.name = name
        self.attributes = attributes
        self.underlyingType = nil
        self.members = []
        self.isEnum = false
        self.baseTypes = baseTypes
        self.classMembers = classMembers
    }
}

/// A member of a class: a property or a method (constructors are methods named as the class).
public enum ClassMemberAst: Sendable {
    case property(PropertyMemberAst)
    case method(FunctionMemberAst)

    public var ast: any Ast {
        switch self {
        case .property(let p): return p
        case .method(let m): return m
        }
    }
}

/// `[ValidateNotNull()] hidden static [int] $Count = 1` in a class.
public final class PropertyMemberAst: Ast {
    public let extent: Extent
    public let name: String
    /// Attributes in the order written; the property's type is the last type constraint.
    public let attributes: [AttributeBaseAst]
    public let isStatic: Bool
    public let isHidden: Bool
    public let initialValue: ExpressionAst?

    public init(extent: Extent, name: String, attributes: [AttributeBaseAst], isStatic: Bool, isHidden: Bool, initialValue: ExpressionAst?) {
        self.extent = extent
        self.name = name
        self.attributes = attributes
        self.isStatic = isStatic
        self.isHidden = isHidden
        self.initialValue = initialValue
    }

    public var propertyType: TypeConstraintAst? {
        for a in attributes.reversed() { if case .typeConstraint(let t) = a { return t } }
        return nil
    }
}

/// `hidden static [string] Name([int] $x) { ... }`, or a constructor `Name($x) : base($x) { ... }`.
public final class FunctionMemberAst: Ast {
    public let extent: Extent
    public let name: String
    public let attributes: [AttributeBaseAst]
    public let isStatic: Bool
    public let isHidden: Bool
    public let isConstructor: Bool
    public let parameters: [ParameterAst]
    public let body: ScriptBlockAst
    /// A constructor's `: base(arguments)`.
    public let baseArguments: [ExpressionAst]?

    public init(extent: Extent, name: String, attributes: [AttributeBaseAst], isStatic: Bool, isHidden: Bool, isConstructor: Bool,
                parameters: [ParameterAst], body: ScriptBlockAst, baseArguments: [ExpressionAst]?) {
        self.extent = extent
        self.name = name
        self.attributes = attributes
        self.isStatic = isStatic
        self.isHidden = isHidden
        self.isConstructor = isConstructor
        self.parameters = parameters
        self.body = body
        self.baseArguments = baseArguments
    }

    /// The declared return type (`[void]` included); nil when none was written.
    public var returnType: TypeConstraintAst? {
        for a in attributes.reversed() { if case .typeConstraint(let t) = a { return t } }
        return nil
    }
}

public enum UsingStatementKind: String, Sendable {
    case namespace, module, assembly
}

/// `using namespace System.Text` / `using module X` / `using assembly X`.
public final class UsingStatementAst: Ast {
    public let extent: Extent
    public let kind: UsingStatementKind
    public let name: String
    /// The name after `=` (`using namespace X = Y`), when given.
    public let alias: String?
    public init(extent: Extent, kind: UsingStatementKind, name: String, alias: String? = nil) {
        self.extent = extent
        self.kind = kind
        self.name = name
        self.alias = alias
    }
}

/// A statement the parser could not make sense of.
public final class ErrorStatementAst: Ast {
    public let extent: Extent
    /// The parts of the statement that did parse (a loop's condition, its body...), as
    /// PowerShell keeps them for tools that walk the tree.
    public let nestedAst: [any Ast]
    /// The keyword token the statement began with, when PowerShell records it (`Kind`).
    public let keyword: Token?
    /// The options written (a `switch`'s `-file`), each with its token and value (`Flags`).
    public let options: [ErrorStatementOption]
    /// A `switch`'s parenthesized value (`Conditions`).
    public let conditions: [any Ast]
    /// A `switch`'s clause conditions and bodies in the order written (`Bodies`).
    public let bodies: [any Ast]
    public init(extent: Extent, nestedAst: [any Ast] = [], keyword: Token? = nil, options: [ErrorStatementOption] = [],
                conditions: [any Ast] = [], bodies: [any Ast] = []) {
        self.extent = extent
        self.nestedAst = nestedAst
        self.keyword = keyword
        self.options = options
        self.conditions = conditions
        self.bodies = bodies
    }
}

/// One option of a statement that failed to parse: its name, its token and its value if any.
public struct ErrorStatementOption: Sendable {
    public let name: String
    public let token: Token
    public let value: (any Ast)?
    public init(name: String, token: Token, value: (any Ast)?) {
        self.name = name
        self.token = token
        self.value = value
    }
}
