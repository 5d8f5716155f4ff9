// Generic traversal: the direct children of any node, and a pre-order walk over a tree.

public enum AstWalker {
    /// The direct children of a node, in source order.
    public static func children(of node: any Ast) -> [any Ast] {
        var out: [any Ast] = []
        func add(_ n: (any Ast)?) { if let n { out.append(n) } }
        func add(_ s: StatementAst?) { if let s { out.append(s.node) } }
        func add(_ e: ExpressionAst?) { if let e { out.append(e.node) } }
        func add(_ a: AttributeBaseAst) {
            switch a {
            case .attribute(let x): add(x)
            case .typeConstraint(let x): add(x)
            }
        }
        switch node {
        case let n as ScriptBlockAst:
            n.usingStatements.forEach { add($0) }
            add(n.paramBlock); add(n.dynamicParamBlock); add(n.beginBlock); add(n.processBlock); add(n.endBlock); add(n.cleanBlock)
        case let n as NamedBlockAst: n.statements.forEach { add($0) }
        case let n as StatementBlockAst: n.statements.forEach { add($0) }
        case let n as ParamBlockAst: n.attributes.forEach { add($0) }; n.parameters.forEach { add($0) }
        case let n as ParameterAst:
            n.attributes.forEach { add($0) }
            add(n.name); add(n.defaultValue)
        case let n as AttributeAst: n.positionalArguments.forEach { add($0) }; n.namedArguments.forEach { add($0) }
        case let n as NamedAttributeArgumentAst: add(n.argument)
        case let n as PipelineAst: n.pipelineElements.forEach { add($0.node) }
        case let n as PipelineChainAst: add(n.lhs); add(n.rhs)
        case let n as AssignmentStatementAst: add(n.left); add(n.right)
        case let n as CommandAst:
            for e in n.commandElements {
                switch e {
                case .parameter(let p): add(p)
                case .expression(let x): add(x)
                }
            }
            n.redirections.forEach { add(redirectionNode($0)) }
        case let n as CommandExpressionAst: add(n.expression); n.redirections.forEach { add(redirectionNode($0)) }
        case let n as CommandParameterAst: add(n.argument)
        case let n as FileRedirectionAst: add(n.location)
        case let n as IfStatementAst:
            for c in n.clauses { add(c.condition); add(c.body) }
            add(n.elseClause)
        case let n as SwitchStatementAst:
            add(n.condition)
            for c in n.clauses { add(c.condition); add(c.body) }
            add(n.defaultClause)
        case let n as ForEachStatementAst: add(n.variable); add(n.condition); add(n.throttleLimit); add(n.body)
        case let n as ForStatementAst: add(n.initializer); add(n.condition); add(n.iterator); add(n.body)
        case let n as WhileStatementAst: add(n.condition); add(n.body)
        case let n as DoWhileStatementAst: add(n.body); add(n.condition)
        case let n as DoUntilStatementAst: add(n.body); add(n.condition)
        case let n as TryStatementAst: add(n.body); n.catchClauses.forEach { add($0) }; add(n.finally)
        case let n as CatchClauseAst: n.catchTypes.forEach { add($0) }; add(n.body)
        case let n as TrapStatementAst: add(n.trapType); add(n.body)
        case let n as ThrowStatementAst: add(n.pipeline)
        case let n as ReturnStatementAst: add(n.pipeline)
        case let n as ExitStatementAst: add(n.pipeline)
        case let n as BreakStatementAst: add(n.label)
        case let n as ContinueStatementAst: add(n.label)
        case let n as FunctionDefinitionAst: n.parameters?.forEach { add($0) }; add(n.body)
        case let n as DataStatementAst: n.commandsAllowed.forEach { add($0) }; add(n.body)
        case let n as TypeDefinitionAst:
            n.attributes.forEach { add($0) }; add(n.underlyingType)
            n.members.forEach { add($0.initialValue) }
            n.baseTypes.forEach { add($0) }
            n.classMembers.forEach { add($0.ast) }
        case let n as PropertyMemberAst: n.attributes.forEach { add($0) }; add(n.initialValue)
        case let n as FunctionMemberAst:
            n.attributes.forEach { add($0) }; n.parameters.forEach { add($0) }
            n.baseArguments?.forEach { add($0) }; add(n.body)
        case let n as ErrorExpressionAst: n.nestedAst.forEach { add($0) }
        case let n as ErrorStatementAst:
            n.options.forEach { add($0.value) }
            n.conditions.forEach { add($0) }; n.bodies.forEach { add($0) }; n.nestedAst.forEach { add($0) }
        case let n as BinaryExpressionAst: add(n.left); add(n.right)
        case let n as UnaryExpressionAst: add(n.child)
        case let n as TernaryExpressionAst: add(n.condition); add(n.ifTrue); add(n.ifFalse)
        case let n as ConvertExpressionAst: add(n.type); add(n.child)
        case let n as AttributedExpressionAst: add(n.attribute); add(n.child)
        case let n as ExpandableStringExpressionAst: n.nestedExpressions.forEach { add($0) }
        case let n as MemberExpressionAst: add(n.expression); add(n.member)
        case let n as InvokeMemberExpressionAst: add(n.expression); add(n.member); n.arguments.forEach { add($0) }
        case let n as IndexExpressionAst: add(n.target); add(n.index)
        case let n as ArrayLiteralAst: n.elements.forEach { add($0) }
        case let n as ArrayExpressionAst: add(n.subExpression)
        case let n as SubExpressionAst: add(n.subExpression)
        case let n as ParenExpressionAst: add(n.pipeline)
        case let n as HashtableAst: for kv in n.keyValuePairs { add(kv.key); add(kv.value) }
        case let n as ScriptBlockExpressionAst: add(n.scriptBlock)
        default: break
        }
        return out
    }

    private static func redirectionNode(_ r: RedirectionAst) -> any Ast {
        switch r {
        case .file(let f): return f
        case .merging(let m): return m
        }
    }

    /// Visits `root` and its descendants in pre-order; `visit` returns false to skip a
    /// node's children. Iterative, so deep trees cannot overflow the stack.
    public static func walk(_ root: any Ast, _ visit: (any Ast) -> Bool) {
        var stack: [any Ast] = [root]
        while let node = stack.popLast() {
            guard visit(node) else { continue }
            stack.append(contentsOf: children(of: node).reversed())
        }
    }
}
