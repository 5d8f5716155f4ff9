import PowerShellSyntax

/// Which interactive lines must never be written to the history file (they stay in the session's
/// own history, for the Up arrow), decided as PSReadLine decides — a name pattern first, then the
/// parsed line — and closing the gaps a text pattern leaves:
///
/// - a parameter is resolved by unique prefix against the command's own parameters (`-AsP` is
///   `-AsPlainText`, `-Passw` is `-Password`), or, for a command the session does not know, by
///   prefix against the sensitive names;
/// - a string assigned to a variable, an environment variable or a hashtable key with a
///   secret-looking name (`$apiKey = '…'`, `$env:APP_CLIENT_SECRET = '…'`, `@{ Authorization =
///   'Bearer …' }`), and any literal that is a bearer or basic credential;
/// - text given to ConvertTo-SecureString or to a credential constructor on the same line.
public enum SensitiveHistory {
    /// PSReadLine's default SensitivePattern, plus the spellings scripts use for keys and secrets.
    static let sensitiveWords = ["password", "passwd", "passphrase", "asplaintext", "token", "apikey", "api_key", "api-key",
                                 "secret", "bearer", "clientsecret", "privatekey", "private_key", "connectionstring", "sastoken"]

    /// Names that hold a secret when a value is assigned to them (a loop's `$key` is not one: only
    /// these words count, or KEY as a part of an environment variable's name).
    static func isSecretName(_ name: String) -> Bool {
        let n = name.lowercased()
        if sensitiveWords.contains(where: { n.contains($0) }) { return true }
        return n == "pwd" || n.hasSuffix("pwd") || n.hasSuffix("_pw") || n == "pw" || n == "pass" || n.hasSuffix("pass")
            || n.hasSuffix("key") && n.count > 3 && n != "monkey" && n != "hotkey"
    }

    public static func isSensitive(_ line: String, session: Session?) -> Bool {
        let lower = line.lowercased()
        if sensitiveWords.contains(where: { lower.contains($0) }) { return true }
        let parsed = Parser.parse(line)
        var found = false
        AstWalker.walk(parsed.scriptBlock) { node in
            guard !found else { return false }
            switch node {
            case let c as CommandAst: found = commandIsSensitive(c, session: session)
            case let a as AssignmentStatementAst: found = assignmentIsSensitive(a)
            case let h as HashtableAst:
                found = h.keyValuePairs.contains { kv in
                    guard let key = constantText(kv.key) else { return false }
                    return (isSecretName(key) || key.lowercased() == "authorization") && statementHasText(kv.value)
                }
            case let s as StringConstantExpressionAst: found = isCredentialText(s.value)
            case let s as ExpandableStringExpressionAst: found = isCredentialText(s.value)
            case let m as InvokeMemberExpressionAst:
                // [pscredential]::new('user', ...), [System.Net.NetworkCredential]::new('u', 'p')
                if m.member.node is StringConstantExpressionAst, let name = constantText(m.member), name.lowercased() == "new",
                   case .type(let t) = m.expression, t.typeName.fullName.lowercased().contains("credential") {
                    found = m.arguments.dropFirst().contains { hasText($0) }
                }
            default: break
            }
            return !found
        }
        return found
    }

    /// `Bearer eyJ…` / `Basic dXNl…`: an HTTP credential written out.
    static func isCredentialText(_ s: String) -> Bool {
        let t = s.trimmingCharactersInSpace().lowercased()
        return (t.hasPrefix("bearer ") || t.hasPrefix("basic ")) && t.count > 10
    }

    private static func commandIsSensitive(_ c: CommandAst, session: Session?) -> Bool {
        let name = c.commandName ?? ""
        let metadata = session.flatMap { $0.resolveCommandMetadata(name) }
        let lowerName = name.lowercased()
        var previousWasSecretParameter = false
        for (i, element) in c.commandElements.enumerated() {
            switch element {
            case .parameter(let p):
                let resolved = resolve(p.parameterName, metadata: metadata)
                let secret = resolved.map(isSecretName) ?? false
                if secret, p.argument.map(hasText) ?? true { return true }
                previousWasSecretParameter = secret && p.argument == nil
            case .expression(let e):
                if i == 0 { continue }
                if previousWasSecretParameter && hasText(e) { return true }
                previousWasSecretParameter = false
                // ConvertTo-SecureString's text is the secret, whatever its switches are spelled
                if lowerName == "convertto-securestring" && hasText(e) { return true }
            }
        }
        return false
    }

    /// A parameter name as the binder would resolve it: the command's parameter (or alias) it is
    /// a unique prefix of; without metadata, the sensitive word it is a prefix of (`-Passw`).
    static func resolve(_ written: String, metadata: CommandMetadata?) -> String? {
        let w = written.lowercased()
        guard !w.isEmpty else { return nil }
        if let md = metadata {
            var names: [String] = []
            for p in md.allParameters {
                if p.name.lowercased() == w || p.aliases.contains(where: { $0.lowercased() == w }) { return p.name }
                if p.name.lowercased().hasPrefix(w) || p.aliases.contains(where: { $0.lowercased().hasPrefix(w) }) { names.append(p.name) }
            }
            if names.count == 1 { return names[0] }
            if !names.isEmpty { return names.contains(where: isSecretName) ? names.first(where: isSecretName) : nil }
        }
        if w.count >= 3, let word = ["password", "asplaintext", "secret", "token", "apikey", "passphrase", "clientsecret"].first(where: { $0.hasPrefix(w) }) {
            return word
        }
        return written
    }

    private static func assignmentIsSensitive(_ a: AssignmentStatementAst) -> Bool {
        guard case .variable(let v) = a.left else {
            // $headers['Authorization'] = 'Bearer …' and $h.Authorization = …
            if case .index(let ix) = a.left, let key = constantText(ix.index) { return (isSecretName(key) || key.lowercased() == "authorization") && statementHasText(a.right) }
            if case .member(let m) = a.left, let key = constantText(m.member) { return (isSecretName(key) || key.lowercased() == "authorization") && statementHasText(a.right) }
            return false
        }
        let name = v.variablePath.name
        let isEnvironment = v.variablePath.userPath.lowercased().hasPrefix("env:")
        let secret = isSecretName(name) || (isEnvironment && ["key", "token", "secret", "password", "pwd", "pass", "credential"].contains { name.lowercased().contains($0) })
        return secret && statementHasText(a.right)
    }

    /// Whether a value holds text written on the line (a literal, not only variables).
    private static func statementHasText(_ s: StatementAst) -> Bool {
        var text = false
        AstWalker.walk(s.node) { n in
            if n is StringConstantExpressionAst || n is ExpandableStringExpressionAst { text = true }
            return !text
        }
        return text
    }

    private static func hasText(_ e: ExpressionAst) -> Bool {
        var text = false
        AstWalker.walk(e.node) { n in
            if let s = n as? StringConstantExpressionAst, !s.value.isEmpty { text = true }
            if let s = n as? ExpandableStringExpressionAst, !s.value.isEmpty { text = true }
            return !text
        }
        return text
    }

    private static func constantText(_ e: ExpressionAst) -> String? {
        if case .stringConstant(let s) = e { return s.value }
        return nil
    }
}

private extension String {
    func trimmingCharactersInSpace() -> String {
        var s = Substring(self)
        while s.first == " " || s.first == "\t" { s.removeFirst() }
        return String(s)
    }
}
