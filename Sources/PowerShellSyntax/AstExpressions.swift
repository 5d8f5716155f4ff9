// Expression nodes (PowerShell's ExpressionAst subclasses).

/// Every kind of expression.
public indirect enum ExpressionAst: Sendable {
    case binary(BinaryExpressionAst)
    case unary(UnaryExpressionAst)
    case ternary(TernaryExpressionAst)
    /// `[int]$x`, `[ordered]@{}`, `[pscustomobject]@{}`.
    case convert(ConvertExpressionAst)
    /// `[ValidateNotNull()]$x` (an attribute on an expression, e.g. an assignment target).
    case attributed(AttributedExpressionAst)
    /// `[string]` alone, or the target of `[string]::Join`.
    case type(TypeExpressionAst)
    case constant(ConstantExpressionAst)
    case stringConstant(StringConstantExpressionAst)
    case expandableString(ExpandableStringExpressionAst)
    case variable(VariableExpressionAst)
    case member(MemberExpressionAst)
    case invokeMember(InvokeMemberExpressionAst)
    case index(IndexExpressionAst)
    case arrayLiteral(ArrayLiteralAst)
    case arrayExpression(ArrayExpressionAst)
    case subExpression(SubExpressionAst)
    case paren(ParenExpressionAst)
    case hashtable(HashtableAst)
    case scriptBlock(ScriptBlockExpressionAst)
    case error(ErrorExpressionAst)

    public var node: any Ast {
        switch self {
        case .binary(let n): return n
        case .unary(let n): return n
        case .ternary(let n): return n
        case .convert(let n): return n
        case .attributed(let n): return n
        case .type(let n): return n
        case .constant(let n): return n
        case .stringConstant(let n): return n
        case .expandableString(let n): return n
        case .variable(let n): return n
        case .member(let n): return n
        case .invokeMember(let n): return n
        case .index(let n): return n
        case .arrayLiteral(let n): return n
        case .arrayExpression(let n): return n
        case .subExpression(let n): return n
        case .paren(let n): return n
        case .hashtable(let n): return n
        case .scriptBlock(let n): return n
        case .error(let n): return n
        }
    }

    public var extent: Extent { node.extent }
}

/// Comparison-family operators; each has a case-insensitive (`-eq`, `-ieq`) and a
/// case-sensitive (`-ceq`) form.
public enum ComparisonOperator: String, Sendable, CaseIterable {
    case eq, ne, gt, ge, lt, le
    case like, notLike = "notlike", match, notMatch = "notmatch"
    case replace, contains, notContains = "notcontains", `in`, notIn = "notin"
    case split
}

public enum BinaryOperator: Hashable, Sendable {
    case add, subtract, multiply, divide, remainder
    case and, or, xor
    case band, bor, bxor, shl, shr
    /// `-f`
    case format
    /// `..`
    case range
    /// `??`
    case nullCoalesce
    /// `-join`
    case join
    case `is`, isNot, `as`
    case comparison(ComparisonOperator, caseSensitive: Bool)

    /// The operator as PowerShell writes it in messages (`-eq`, `-ceq`, `+`, `..`).
    public var text: String {
        switch self {
        case .add: return "+"
        case .subtract: return "-"
        case .multiply: return "*"
        case .divide: return "/"
        case .remainder: return "%"
        case .and: return "-and"
        case .or: return "-or"
        case .xor: return "-xor"
        case .band: return "-band"
        case .bor: return "-bor"
        case .bxor: return "-bxor"
        case .shl: return "-shl"
        case .shr: return "-shr"
        case .format: return "-f"
        case .range: return ".."
        case .nullCoalesce: return "??"
        case .join: return "-join"
        case .is: return "-is"
        case .isNot: return "-isnot"
        case .as: return "-as"
        case .comparison(let op, let cs): return (cs ? "-c" : "-") + op.rawValue
        }
    }
}

/// `left op right`.
public final class BinaryExpressionAst: Ast {
    public let extent: Extent
    public let left: ExpressionAst
    public let `operator`: BinaryOperator
    public let right: ExpressionAst
    /// The operator token as written (e.g. `-ieq`, `–eq` with an en dash).
    public let operatorExtent: Extent

    public init(extent: Extent, left: ExpressionAst, operator: BinaryOperator, right: ExpressionAst, operatorExtent: Extent) {
        self.extent = extent
        self.left = left
        self.operator = `operator`
        self.right = right
        self.operatorExtent = operatorExtent
    }
}

public enum UnaryOperator: String, Sendable {
    /// `-not` and `!`
    case not = "-not"
    case bnot = "-bnot"
    case minus = "-"
    case plus = "+"
    /// unary `-split` (splits on whitespace)
    case split = "-split"
    /// unary `-join` (joins with no separator)
    case join = "-join"
    /// unary `,` (wraps in a one-element array)
    case comma = ","
    case preIncrement = "++"
    case preDecrement = "--"
    case postIncrement = "++ (postfix)"
    case postDecrement = "-- (postfix)"
}

public final class UnaryExpressionAst: Ast {
    public let extent: Extent
    public let `operator`: UnaryOperator
    public let child: ExpressionAst

    public init(extent: Extent, operator: UnaryOperator, child: ExpressionAst) {
        self.extent = extent
        self.operator = `operator`
        self.child = child
    }
}

/// `condition ? ifTrue : ifFalse` (PowerShell 7).
public final class TernaryExpressionAst: Ast {
    public let extent: Extent
    public let condition: ExpressionAst
    public let ifTrue: ExpressionAst
    public let ifFalse: ExpressionAst

    public init(extent: Extent, condition: ExpressionAst, ifTrue: ExpressionAst, ifFalse: ExpressionAst) {
        self.extent = extent
        self.condition = condition
        self.ifTrue = ifTrue
        self.ifFalse = ifFalse
    }
}

/// `[type]child`. `[ordered]@{...}` is a convert over a `HashtableAst`.
public final class ConvertExpressionAst: Ast {
    public let extent: Extent
    public let type: TypeConstraintAst
    public let child: ExpressionAst

    public init(extent: Extent, type: TypeConstraintAst, child: ExpressionAst) {
        self.extent = extent
        self.type = type
        self.child = child
    }

    /// `[ordered]@{ ... }`.
    public var isOrderedHashtable: Bool {
        guard case .hashtable = child, case .simple(let name) = type.typeName else { return false }
        return name.lowercased() == "ordered"
    }
}

/// `[Attribute()]child`.
public final class AttributedExpressionAst: Ast {
    public let extent: Extent
    public let attribute: AttributeAst
    public let child: ExpressionAst

    public init(extent: Extent, attribute: AttributeAst, child: ExpressionAst) {
        self.extent = extent
        self.attribute = attribute
        self.child = child
    }
}

/// `[System.Math]` as a value.
public final class TypeExpressionAst: Ast {
    public let extent: Extent
    public let typeName: TypeName

    public init(extent: Extent, typeName: TypeName) {
        self.extent = extent
        self.typeName = typeName
    }
}

/// The value of a numeric literal, typed as PowerShell types it (`42` Int32, `3000000000`
/// Int64, `1.5` Double, `1.5d` Decimal, `1kb` Int32 1024, `10uy` Byte ...).
public enum NumberValue: Sendable, Hashable {
    case int32(Int32)
    case int64(Int64)
    case uint32(UInt32)
    case uint64(UInt64)
    case int16(Int16)
    case uint16(UInt16)
    case sbyte(Int8)
    case byte(UInt8)
    case double(Double)
    /// `d` suffix, or an integer too big for Int64: the literal's digits as written
    /// (without suffix or multiplier), plus the multiplier to apply.
    case decimal(digits: String, multiplier: Int64)
    /// `n` suffix (BigInteger): decimal digits of the value.
    case bigInteger(String)
}

/// A number literal.
public final class ConstantExpressionAst: Ast {
    public let extent: Extent
    public let value: NumberValue

    public init(extent: Extent, value: NumberValue) {
        self.extent = extent
        self.value = value
    }
}

public enum StringConstantType: String, Sendable {
    case bareWord
    case singleQuoted
    case singleQuotedHereString
    case doubleQuoted
    case doubleQuotedHereString
    /// Everything after `--%` to the end of the line, passed verbatim.
    case verbatimArgument
}

/// A string with no expansion: `'text'`, a bare word argument, `"no vars"`, a member name.
public final class StringConstantExpressionAst: Ast {
    public let extent: Extent
    /// The value with quotes removed and escapes processed.
    public let value: String
    public let stringConstantType: StringConstantType

    public init(extent: Extent, value: String, stringConstantType: StringConstantType) {
        self.extent = extent
        self.value = value
        self.stringConstantType = stringConstantType
    }
}

/// A piece of an expandable string.
public enum ExpandableStringPart: Sendable {
    /// Literal text, escapes already processed.
    case literal(String)
    /// `$var`, `${var}`, `$scope:var` (a `.variable`) or `$( ... )` (a `.subExpression`).
    case expression(ExpressionAst)
}

/// `"Hello $name, $($x.Count)"`, `@" ... "@`, or an argument-mode word with `$` (`a$b`,
/// `$env:TEMP\x`). The parts are parsed once; the interpreter concatenates them.
public final class ExpandableStringExpressionAst: Ast {
    public let extent: Extent
    /// The text between the quotes as written.
    public let value: String
    public let stringConstantType: StringConstantType
    public let parts: [ExpandableStringPart]

    public init(extent: Extent, value: String, stringConstantType: StringConstantType, parts: [ExpandableStringPart]) {
        self.extent = extent
        self.value = value
        self.stringConstantType = stringConstantType
        self.parts = parts
    }

    public var nestedExpressions: [ExpressionAst] {
        parts.compactMap { if case .expression(let e) = $0 { return e } else { return nil } }
    }
}

/// The scope or drive qualifier of a variable.
public enum VariableScope: Sendable, Hashable {
    case none
    case global, local, script, `private`, using, workflow
    /// `$env:PATH`, `$variable:x`, `$function:f` ... (lower-cased drive name).
    case drive(String)
}

/// `$scope:name` split into its parts.
public struct VariablePath: Sendable, Hashable, CustomStringConvertible {
    /// As written, without `$`/`@`/braces: `script:count`, `env:TEMP`, `_`.
    public let userPath: String
    public let scope: VariableScope
    /// The name without the qualifier.
    public let name: String

    public init(userPath: String, scope: VariableScope, name: String) {
        self.userPath = userPath
        self.scope = scope
        self.name = name
    }

    /// Splits `scope:name`; unknown qualifiers are drives (`env:`), PowerShell's rule.
    public init(parsing userPath: String) {
        self.userPath = userPath
        if let colon = userPath.firstIndex(of: ":"), colon != userPath.startIndex {
            let qualifier = userPath[..<colon].lowercased()
            let rest = String(userPath[userPath.index(after: colon)...])
            switch qualifier {
            case "global": scope = .global
            case "local": scope = .local
            case "script": scope = .script
            case "private": scope = .private
            case "using": scope = .using
            case "workflow": scope = .workflow
            default: scope = .drive(qualifier)
            }
            name = rest
        } else {
            scope = .none
            name = userPath
        }
    }

    public var description: String { userPath }
}

/// `$x`, `$script:x`, `${a b}`, `$_`, `$?`, or `@x` (splatted) in a command.
public final class VariableExpressionAst: Ast {
    public let extent: Extent
    public let variablePath: VariablePath
    public let splatted: Bool

    public init(extent: Extent, variablePath: VariablePath, splatted: Bool) {
        self.extent = extent
        self.variablePath = variablePath
        self.splatted = splatted
    }

    public var name: String { variablePath.name }
}

/// `target.Member`, `target?.Member`, `[type]::Member`. `member` is a bare-word
/// `StringConstantExpressionAst`, or a string/variable/sub-expression for dynamic names.
public final class MemberExpressionAst: Ast {
    public let extent: Extent
    public let expression: ExpressionAst
    public let member: ExpressionAst
    public let isStatic: Bool
    public let nullConditional: Bool

    public init(extent: Extent, expression: ExpressionAst, member: ExpressionAst, isStatic: Bool, nullConditional: Bool) {
        self.extent = extent
        self.expression = expression
        self.member = member
        self.isStatic = isStatic
        self.nullConditional = nullConditional
    }

    /// The member name when it is constant.
    public var memberName: String? {
        if case .stringConstant(let s) = member { return s.value }
        return nil
    }
}

/// `target.Method(args)`, `[type]::Method(args)`, `[type]::new(args)`.
public final class InvokeMemberExpressionAst: Ast {
    public let extent: Extent
    public let expression: ExpressionAst
    public let member: ExpressionAst
    public let arguments: [ExpressionAst]
    public let isStatic: Bool
    public let nullConditional: Bool

    public init(extent: Extent, expression: ExpressionAst, member: ExpressionAst, arguments: [ExpressionAst], isStatic: Bool, nullConditional: Bool) {
        self.extent = extent
        self.expression = expression
        self.member = member
        self.arguments = arguments
        self.isStatic = isStatic
        self.nullConditional = nullConditional
    }

    public var memberName: String? {
        if case .stringConstant(let s) = member { return s.value }
        return nil
    }
}

/// `target[index]`, `target?[index]`. `$a[0,2]` has an `ArrayLiteralAst` index.
public final class IndexExpressionAst: Ast {
    public let extent: Extent
    public let target: ExpressionAst
    public let index: ExpressionAst
    public let nullConditional: Bool

    public init(extent: Extent, target: ExpressionAst, index: ExpressionAst, nullConditional: Bool) {
        self.extent = extent
        self.target = target
        self.index = index
        self.nullConditional = nullConditional
    }
}

/// `a, b, c` (binary comma).
public final class ArrayLiteralAst: Ast {
    public let extent: Extent
    public let elements: [ExpressionAst]

    public init(extent: Extent, elements: [ExpressionAst]) {
        self.extent = extent
        self.elements = elements
    }
}

/// `@( statements )`.
public final class ArrayExpressionAst: Ast {
    public let extent: Extent
    public let subExpression: StatementBlockAst

    public init(extent: Extent, subExpression: StatementBlockAst) {
        self.extent = extent
        self.subExpression = subExpression
    }
}

/// `$( statements )`.
public final class SubExpressionAst: Ast {
    public let extent: Extent
    public let subExpression: StatementBlockAst

    public init(extent: Extent, subExpression: StatementBlockAst) {
        self.extent = extent
        self.subExpression = subExpression
    }
}

/// `( pipeline )`.
public final class ParenExpressionAst: Ast {
    public let extent: Extent
    public let pipeline: StatementAst

    public init(extent: Extent, pipeline: StatementAst) {
        self.extent = extent
        self.pipeline = pipeline
    }
}

public struct HashtableEntry: Sendable {
    /// A bare-word key is a `StringConstantExpressionAst`; numbers and expressions are allowed.
    public let key: ExpressionAst
    /// A statement: `@{ a = if ($x) {1} else {2} }` and pipelines are allowed.
    public let value: StatementAst
    public init(key: ExpressionAst, value: StatementAst) {
        self.key = key
        self.value = value
    }
}

/// `@{ k = v; 'k2' = v }`. Whether it is ordered is decided by an enclosing `[ordered]` convert.
public final class HashtableAst: Ast {
    public let extent: Extent
    public let keyValuePairs: [HashtableEntry]

    public init(extent: Extent, keyValuePairs: [HashtableEntry]) {
        self.extent = extent
        self.keyValuePairs = keyValuePairs
    }
}

/// `{ param($x) ... }` as a value.
public final class ScriptBlockExpressionAst: Ast {
    public let extent: Extent
    public let scriptBlock: ScriptBlockAst

    public init(extent: Extent, scriptBlock: ScriptBlockAst) {
        self.extent = extent
        self.scriptBlock = scriptBlock
    }
}

/// Where the parser could not build an expression; its parse error is in `ParseResult.errors`.
public final class ErrorExpressionAst: Ast {
    public let extent: Extent
    /// The parts that did parse (a ternary's condition and true value when its `:` is missing).
    public let nestedAst: [any Ast]
    public init(extent: Extent, nestedAst: [any Ast] = []) {
        self.extent = extent
        self.nestedAst = nestedAst
    }
}
