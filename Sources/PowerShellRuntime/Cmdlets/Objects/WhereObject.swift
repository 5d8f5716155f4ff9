/// Where-Object: keeps the input objects for which a script block is true, or (simplified syntax)
/// for which `<property> -<operator> <value>` is true: `Where-Object Dept -eq 'Sales'`,
/// `Where-Object Enabled` (truthiness), `Where-Object -Not Enabled`.
///
/// The filter script runs in the caller's scope, as in PowerShell (variables it sets stay set).
final class WhereObjectCommand: Cmdlet {
    /// One comparison switch of the simplified syntax.
    struct Operator {
        enum Kind { case eq, ne, gt, ge, lt, le, like, notLike, match, notMatch, contains, notContains, isIn, notIn, isType, isNotType }
        let name: String
        let kind: Kind
        let caseSensitive: Bool
        let aliases: [String]
    }

    static let operators: [Operator] = {
        let base: [(String, Operator.Kind)] = [
            ("EQ", .eq), ("NE", .ne), ("GT", .gt), ("GE", .ge), ("LT", .lt), ("LE", .le),
            ("Like", .like), ("NotLike", .notLike), ("Match", .match), ("NotMatch", .notMatch),
            ("Contains", .contains), ("NotContains", .notContains), ("In", .isIn), ("NotIn", .notIn),
        ]
        var out: [Operator] = []
        for (n, k) in base {
            out.append(Operator(name: n, kind: k, caseSensitive: false, aliases: ["I" + n]))
            out.append(Operator(name: "C" + n, kind: k, caseSensitive: true, aliases: []))
        }
        out.append(Operator(name: "Is", kind: .isType, caseSensitive: false, aliases: []))
        out.append(Operator(name: "IsNot", kind: .isNotType, caseSensitive: false, aliases: []))
        return out
    }()

    static let metadata: CommandMetadata = {
        var params: [ParameterMetadata] = [
            ParameterMetadata(name: "InputObject", type: "psobject", valueFromPipeline: true),
            ParameterMetadata(name: "FilterScript", type: "scriptblock", position: 0, mandatory: true, parameterSets: ["ScriptBlockSet"]),
            ParameterMetadata(name: "Property", type: "object", position: 0, mandatory: true,
                              parameterSets: ["EqualSet"] + operators.filter { $0.name != "EQ" }.map { $0.name + "Set" } + ["NotSet"]),
            ParameterMetadata(name: "Value", type: "object", position: 1,
                              parameterSets: ["EqualSet"] + operators.filter { $0.name != "EQ" }.map { $0.name + "Set" }),
            ParameterMetadata(name: "Not", type: "switch", parameterSets: ["NotSet"]),
        ]
        for op in operators {
            params.append(ParameterMetadata(name: op.name, type: "switch", aliases: op.aliases, parameterSets: [op.name == "EQ" ? "EqualSet" : op.name + "Set"]))
        }
        return CommandMetadata(
            name: "Where-Object",
            parameters: params,
            defaultParameterSet: "EqualSet",
            outputTypes: ["System.Object"],
            moduleName: "Microsoft.PowerShell.Core",
            synopsis: "Selects objects from a collection based on their property values.",
            examples: [
                CommandExample(code: "1..5 | Where-Object { $_ -gt 3 }", remarks: "A filter script.", expectedOutput: "4\n5"),
                CommandExample(code: "[pscustomobject]@{Dept='Sales'}, [pscustomobject]@{Dept='IT'} | Where-Object Dept -eq 'IT' | ForEach-Object Dept", remarks: "The simplified syntax.", expectedOutput: "IT"),
            ])
    }()

    init() {}

    private var filter: ScriptBlock?
    private var property: String?
    private var comparison: Operator?
    private var negateTruth = false

    func begin(_ context: CommandContext) throws {
        if case .scriptBlock(let sb)? = context.value("FilterScript") { filter = sb; return }
        if case .scriptBlock(let sb)? = context.value("Property") { filter = sb; return }
        property = context.string("Property")
        comparison = WhereObjectCommand.operators.first { context.switchPresent($0.name) }
        negateTruth = context.switchPresent("Not")
        // `-GT:$false -Value 25`: the operator was turned off, so nothing compares the value
        if comparison == nil, context.has("Value"), WhereObjectCommand.operators.contains(where: { context.has($0.name) }) {
            throw context.terminatingError("An operator is required to compare the two specified values. Include a valid operator in the command, and then try the command again. For example, Get-Process | Where-Object -Property Name -eq Idle",
                                           errorId: "OperatorNotSpecified", category: .InvalidArgument, exceptionType: "System.Management.Automation.PSArgumentException")
        }
        if comparison == nil && context.has("Value") && !negateTruth {
            // `Where-Object Name 'x'` binds -Value without an operator: PowerShell treats it as -EQ.
            comparison = WhereObjectCommand.operators.first { $0.name == "EQ" }
        }
    }

    func process(_ context: CommandContext) throws {
        guard let input = context.inputObject ?? context.value("InputObject") else { return }
        if case .automationNull = input { return }
        if try keeps(input, context) { try context.writeObject(input) }
    }

    private func keeps(_ input: Value, _ context: CommandContext) throws -> Bool {
        if let filter {
            let out = try ScriptInvocation.inCurrentScope(filter, dollarUnder: input, context: context)
            return LanguagePrimitives.isTrue(ScriptInvocation.collapse(out))
        }
        guard let property else { return false }
        let actual = try ObjectAccess.member(input, property, context: context)
        guard let op = comparison else {
            return negateTruth ? !LanguagePrimitives.isTrue(actual) : LanguagePrimitives.isTrue(actual)
        }
        let expected = context.value("Value") ?? .null
        let cs = op.caseSensitive
        switch op.kind {
        case .eq: return LanguagePrimitives.isTrue(try Operators.comparison(.eq, actual, expected, caseSensitive: cs))
        case .ne: return LanguagePrimitives.isTrue(try Operators.comparison(.ne, actual, expected, caseSensitive: cs))
        case .gt: return LanguagePrimitives.isTrue(try Operators.comparison(.gt, actual, expected, caseSensitive: cs))
        case .ge: return LanguagePrimitives.isTrue(try Operators.comparison(.ge, actual, expected, caseSensitive: cs))
        case .lt: return LanguagePrimitives.isTrue(try Operators.comparison(.lt, actual, expected, caseSensitive: cs))
        case .le: return LanguagePrimitives.isTrue(try Operators.comparison(.le, actual, expected, caseSensitive: cs))
        case .like: return LanguagePrimitives.isTrue(Operators.like(actual, expected, caseSensitive: cs, negate: false))
        case .notLike: return LanguagePrimitives.isTrue(Operators.like(actual, expected, caseSensitive: cs, negate: true))
        case .match: return LanguagePrimitives.isTrue(try Operators.match(actual, expected, caseSensitive: cs, negate: false).0)
        case .notMatch: return LanguagePrimitives.isTrue(try Operators.match(actual, expected, caseSensitive: cs, negate: true).0)
        case .contains: return Operators.contains(actual, expected, caseSensitive: cs)
        case .notContains: return !Operators.contains(actual, expected, caseSensitive: cs)
        case .isIn: return Operators.contains(expected, actual, caseSensitive: cs)
        case .notIn: return !Operators.contains(expected, actual, caseSensitive: cs)
        case .isType: return try Operators.isType(actual, expected, types: context.session.types)
        case .isNotType: return !(try Operators.isType(actual, expected, types: context.session.types))
        }
    }
}
