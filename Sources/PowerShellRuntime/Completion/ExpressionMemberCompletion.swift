import PowerShellSyntax

/// `(1).ToSt`, `"a".Length.c`, `@(1, "a").c`, `[math]::PI.GetT`: the members of the value of an
/// expression that can be evaluated without side effects (no command, method call, variable or
/// assignment: PowerShell's SafeExprEvaluator), completed after its last `.` or `?.`. A hashtable
/// literal that cannot be evaluated safely completes as an empty hashtable (its type is known).
extension CompletionEngine {
    func expressionMemberCompletion(_ prefix: [Character]) -> (Int, [CompletionMatch])? {
        var nameStart = prefix.count
        while nameStart > 0, prefix[nameStart - 1].isLetter || prefix[nameStart - 1].isNumber || prefix[nameStart - 1] == "_" { nameStart -= 1 }
        guard nameStart > 0, prefix[nameStart - 1] == ".", nameStart == prefix.count || prefix[nameStart].isLetter || prefix[nameStart] == "_" else { return nil }
        var exprEnd = nameStart - 1
        if exprEnd > 0, prefix[exprEnd - 1] == "?" { exprEnd -= 1 }
        guard exprEnd > 0, !"$.- \t".contains(prefix[exprEnd - 1]) else { return nil }
        // the longest text ending there that is one safe expression
        for start in 0..<exprEnd where start == 0 || " \t;(=,|{\n".contains(prefix[start - 1]) {
            let text = String(prefix[start..<exprEnd])
            if text.first == "$" { continue }
            let parsed = Parser.parse(text)
            guard parsed.errors.isEmpty, let statements = parsed.scriptBlock.endBlock?.statements, statements.count == 1,
                  let expression = CompletionEngine.onlyExpression(statements[0]) else { continue }
            let value: Value
            if CompletionEngine.isSafe(expression) {
                guard let v = try? session.evaluate(expression) else { continue }
                value = v
            } else if case .hashtable = expression {
                value = .hashtable(PSHashtable(ordered: false))
            } else {
                continue
            }
            let partial = NameKey.fold(String(prefix[nameStart...]))
            var names = memberNames(of: value)
            if case .array = value { names += [MemberName(name: "ForEach", isMethod: true), MemberName(name: "Where", isMethod: true)] }
            var seen = Set<NameKey>()
            let matches = names.filter { seen.insert(NameKey($0.name)).inserted && NameKey.fold($0.name).hasPrefix(partial) }
                .map { CompletionMatch($0.name + ($0.isMethod ? "(" : ""), kind: $0.isMethod ? .method : .property) }
            return matches.isEmpty ? nil : (nameStart, matches)
        }
        return nil
    }

    static func onlyExpression(_ statement: StatementAst) -> ExpressionAst? {
        guard case .pipeline(let p) = statement, p.pipelineElements.count == 1, case .expression(let e) = p.pipelineElements[0],
              e.redirections.isEmpty else { return nil }
        return e.expression
    }

    static func isSafe(_ e: ExpressionAst) -> Bool {
        switch e {
        case .constant, .stringConstant, .type, .scriptBlock:
            return true
        case .expandableString(let s):
            return !s.extent.text.contains("$")
        case .binary(let b):
            if b.operator == .range {
                // a range is built in full: only a small one
                guard case .constant(let l) = b.left, case .constant(let r) = b.right,
                      let x = Int(l.extent.text), let y = Int(r.extent.text), abs(x - y) <= 10_000 else { return false }
            }
            return isSafe(b.left) && isSafe(b.right)
        case .convert(let c):
            return isSafe(c.child)
        case .member(let m):
            guard case .stringConstant = m.member else { return false }
            return isSafe(m.expression)
        case .index(let i):
            return isSafe(i.target) && isSafe(i.index)
        case .arrayLiteral(let a):
            return a.elements.allSatisfy(isSafe)
        case .arrayExpression(let a):
            return a.subExpression.traps.isEmpty && a.subExpression.statements.allSatisfy { onlyExpression($0).map(isSafe) ?? false }
        case .paren(let p):
            return onlyExpression(p.pipeline).map(isSafe) ?? false
        case .hashtable(let h):
            return h.keyValuePairs.allSatisfy { isSafe($0.key) && (onlyExpression($0.value).map(isSafe) ?? false) }
        default:
            return false
        }
    }
}
