import PowerShellSyntax

/// `$x = <Tab>`: what the variable may hold (CompletionAnalysis's variable-assignment rule). A
/// `[ValidateSet()]` on the assignment, then an enumeration type on it; when the assignment has
/// neither, the variable's own constraint (its type, or the enumeration a preference variable
/// holds). Values are matched against the typed text with its quote, as a wildcard prefix.
extension CompletionEngine {
    /// The value after the last `=` of the line, when it is one word being typed (a bare word, or a
    /// string still open): where it starts and what the variable may hold. Nil when the line does
    /// not end in such an assignment or nothing matches (other completion applies).
    func assignmentCompletion(_ prefix: [Character]) -> (Int, [CompletionMatch])? {
        guard let eq = prefix.lastIndex(of: "=") else { return nil }
        var start = eq + 1
        while start < prefix.count, prefix[start] == " " || prefix[start] == "\t" { start += 1 }
        let word = prefix[start...]
        if let first = word.first, "'\"".contains(first) {
            guard !word.dropFirst().contains(first) else { return nil }
        } else if word.contains(where: { " \t|;(){}$@=,".contains($0) }) {
            return nil
        }
        guard let found = assignmentValues(before: String(prefix[..<start]), word: String(word)), !found.isEmpty else { return nil }
        return (start, found)
    }

    func assignmentValues(before: String, word: String) -> [CompletionMatch]? {
        let trimmed = before.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix("="), trimmed.count > 1 else { return nil }
        let parsed = Parser.parse(before + "$x")
        guard let statement = parsed.scriptBlock.endBlock?.statements.last, case .assignment(let assignment) = statement,
              assignment.operator == .assign else { return nil }

        var typeName: String?
        var validValues: [String]?
        var left = assignment.left
        var variable: VariableExpressionAst?
        while variable == nil {
            switch left {
            case .attributed(let a):
                if ["validateset", "system.management.automation.validatesetattribute"].contains(NameKey.fold(a.attribute.typeName.fullName)) {
                    validValues = validValues ?? a.attribute.positionalArguments.compactMap(constantText)
                }
                left = a.child
            case .convert(let c):
                typeName = typeName ?? c.type.typeName.fullName
                left = c.child
            case .variable(let v):
                variable = v
            default:
                return nil
            }
        }
        guard let variable else { return nil }
        let quote = word.hasPrefix("\"") ? "\"" : "'"

        if let validValues {
            return matchAssignmentValues(setValues(validValues, typeName: typeName, quote: quote), word: word)
        }
        if let typeName, let e = DotNetEnums.resolve(typeName, in: session) {
            return matchAssignmentValues(enumNames(e, quote: quote), word: word)
        }
        let name = variable.variablePath.name
        let constraint = session.currentScope.lookup(NameKey(name))?.typeConstraint?.fullName
            ?? CompletionEngine.preferenceVariableTypes[NameKey.fold(name)]
        if let constraint, let e = DotNetEnums.resolve(constraint, in: session) {
            return matchAssignmentValues(enumNames(e, quote: quote), word: word)
        }
        return nil
    }

    /// The enumerations PowerShell's preference variables are constrained to.
    static let preferenceVariableTypes: [String: String] = [
        "erroractionpreference": "System.Management.Automation.ActionPreference",
        "warningpreference": "System.Management.Automation.ActionPreference",
        "verbosepreference": "System.Management.Automation.ActionPreference",
        "debugpreference": "System.Management.Automation.ActionPreference",
        "informationpreference": "System.Management.Automation.ActionPreference",
        "progresspreference": "System.Management.Automation.ActionPreference",
        "confirmpreference": "System.Management.Automation.ConfirmImpact",
    ]

    private func constantText(_ e: ExpressionAst) -> String? {
        switch e {
        case .stringConstant(let s): return s.value
        case .constant: return (try? session.evaluate(e)).map { LanguagePrimitives.toString($0) }
        default: return nil
        }
    }

    /// A set's values, quoted when the variable holds strings or an enumeration, in their order.
    private func setValues(_ values: [String], typeName: String?, quote: String) -> [String] {
        let quoted = typeName.map { t in
            let folded = NameKey.fold(t)
            return folded == "string" || folded == "system.string" || DotNetEnums.resolve(t, in: session) != nil
        } ?? false
        return quoted ? values.map { quote + $0 + quote } : values
    }

    /// An enumeration's names, quoted, in sorted order.
    private func enumNames(_ e: EnumType, quote: String) -> [String] {
        e.members.map { quote + $0.name + quote }.sorted(by: CompletionEngine.toolTipOrder)
    }

    private func matchAssignmentValues(_ values: [String], word: String) -> [CompletionMatch] {
        let pattern = WildcardPattern(word + "*")
        return values.filter { word.isEmpty || pattern.matches($0) }.map { CompletionMatch($0, kind: .text) }
    }
}
