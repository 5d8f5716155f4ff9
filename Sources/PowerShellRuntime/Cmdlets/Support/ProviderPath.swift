/// PowerShell provider drives other than the file system that scripts use with Test-Path,
/// Get-Content, Set-Content and Remove-Item: `env:NAME`, `variable:NAME`, `function:NAME`,
/// `alias:NAME`. Anything else (including `C:\...`) is a file-system path.
enum ProviderPath {
    case environment(String)
    case variable(String)
    case function(String)
    case alias(String)
    case file(String)

    static func parse(_ raw: String) -> ProviderPath? {
        guard let colon = raw.firstIndex(of: ":") else { return .file(raw) }
        let drive = CaseFold.fold(String(raw[..<colon]))
        var rest = String(raw[raw.index(after: colon)...])
        while rest.hasPrefix("\\") || rest.hasPrefix("/") { rest.removeFirst() }
        switch drive {
        case "env": return .environment(rest)
        case "variable": return .variable(rest)
        case "function": return .function(rest)
        case "alias": return .alias(rest)
        default: return .file(raw)
        }
    }

    var isFile: Bool {
        if case .file = self { return true }
        return false
    }

    /// Whether the item exists (wildcards allowed in the name).
    func exists(_ context: CommandContext) -> Bool {
        let s = context.session
        switch self {
        case .environment(let n):
            if n.isEmpty { return true }
            let p = WildcardPattern(n)
            return s.environment.keys.contains { p.matches($0) }
        case .variable(let n):
            if n.isEmpty { return true }
            if WildcardPattern.containsWildcard(n) { return !SessionState.variables(matching: n, s).isEmpty }
            return s.variable(n) != nil
        case .function(let n):
            if n.isEmpty { return true }
            return s.currentScope.lookupFunction(NameKey(n)) != nil
        case .alias(let n):
            if n.isEmpty { return true }
            return s.aliasTarget(n) != nil
        case .file:
            return false
        }
    }

    /// The item's value (Get-Content).
    func read(_ context: CommandContext) -> Value? {
        let s = context.session
        switch self {
        case .environment(let n): return s.environment.first { CaseFold.equal($0.key, n) }.map { .string($0.value) }
        case .variable(let n): return s.variable(n)
        case .function(let n): return s.currentScope.lookupFunction(NameKey(n)).map { .scriptBlock($0.scriptBlock) }
        case .alias(let n): return s.aliasTarget(n).map { .string($0) }
        case .file: return nil
        }
    }

    /// Set-Content / Add-Content on `env:` and `variable:`.
    func write(_ value: Value, append: Bool, _ context: CommandContext) throws {
        let s = context.session
        switch self {
        case .environment(let n):
            let old = append ? (s.environment.first { CaseFold.equal($0.key, n) }?.value ?? "") : ""
            s.environment[n] = old + LanguagePrimitives.toString(value)
        case .variable(let n):
            if append, let old = s.variable(n) {
                try SessionState.setVariable(n, .string(LanguagePrimitives.toString(old) + LanguagePrimitives.toString(value)), s)
            } else {
                try SessionState.setVariable(n, value, s)
            }
        default:
            throw context.terminatingError("Cannot use interface. The IContentCmdletProvider interface is not implemented by this provider.", errorId: "NotSupported", category: .NotImplemented, exceptionType: "System.Management.Automation.PSNotSupportedException")
        }
    }

    /// Remove-Item on a provider item; false when it does not exist.
    func remove(_ context: CommandContext) -> Bool {
        let s = context.session
        switch self {
        case .environment(let n):
            guard let key = s.environment.keys.first(where: { CaseFold.equal($0, n) }) else { return false }
            s.environment[key] = nil
            return true
        case .variable(let n):
            return SessionState.removeVariable(n, s)
        case .function(let n):
            var scope: Scope? = s.currentScope
            while let sc = scope {
                if sc.functions.removeValue(forKey: NameKey(n)) != nil { return true }
                scope = sc.parent
            }
            return false
        case .alias(let n):
            return SessionState.removeAlias(n, s)
        case .file:
            return false
        }
    }
}
