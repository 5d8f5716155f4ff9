/// Variables and aliases by scope, for the *-Variable and *-Alias cmdlets and the `variable:` /
/// `alias:` drives. A cmdlet runs in its caller's scope, so "Local" (scope 0) is the caller's.
enum SessionState {
    struct ScopeError: Error { let message: String }

    /// Resolves -Scope: Global, Script, Local, Private, or a number of levels up from the caller.
    static func scope(_ name: String?, _ s: Session) throws -> Scope {
        guard let name, !name.isEmpty else { return s.currentScope }
        switch CaseFold.fold(name) {
        case "global": return s.globalScope
        case "script": return s.scriptScope
        case "local", "private": return s.currentScope
        default:
            guard let n = Int(name), n >= 0 else {
                throw ScopeError(message: "The scope number '\(name)' exceeds the number of active scopes. (Parameter 'Scope')")
            }
            var sc: Scope = s.currentScope
            for _ in 0..<n {
                guard let p = sc.parent else {
                    throw ScopeError(message: "The scope number '\(name)' exceeds the number of active scopes. (Parameter 'Scope')")
                }
                sc = p
            }
            return sc
        }
    }

    /// Variables visible from the caller (nearest scope wins), optionally filtered by a wildcard,
    /// sorted by name as Get-Variable lists them.
    static func variables(matching pattern: String?, _ s: Session, in only: Scope? = nil) -> [PSVariable] {
        let p = pattern.map { WildcardPattern($0) }
        var seen = Set<NameKey>()
        var out: [PSVariable] = []
        var sc: Scope? = only ?? s.currentScope
        var first = true
        while let scope = sc {
            for (k, v) in scope.variables where !seen.contains(k) {
                if v.isPrivate && !first { continue }
                if let p, !p.matches(v.name) { continue }
                seen.insert(k)
                out.append(v)
            }
            if only != nil { break }
            first = false
            sc = scope.parent
        }
        return out.sorted { CaseFold.compare($0.name, $1.name, caseSensitive: false) < 0 }
    }

    static func setVariable(_ name: String, _ value: Value, _ s: Session, scope: String? = nil) throws {
        let target = try SessionState.scope(scope, s)
        let key = NameKey(name)
        if let existing = target.variables[key] {
            if existing.isReadOnly {
                throw RuntimeError(message: "Cannot overwrite variable \(name) because it is read-only or constant.", errorId: "VariableNotWritable", category: .WriteError, exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException", targetObject: .string(name))
            }
            if let tc = existing.typeConstraint {
                existing.value = try LanguagePrimitives.convert(value, to: tc, types: s.types)
            } else {
                existing.value = value
            }
        } else {
            target.variables[key] = PSVariable(name: name, value: value)
        }
    }

    /// Removes the nearest visible variable (or the one in `scope`); false when there is none.
    static func removeVariable(_ name: String, _ s: Session, scope: String? = nil) -> Bool {
        let key = NameKey(name)
        if scope != nil {
            guard let sc = try? SessionState.scope(scope, s) else { return false }
            return sc.variables.removeValue(forKey: key) != nil
        }
        var sc: Scope? = s.currentScope
        while let scope = sc {
            if scope.variables.removeValue(forKey: key) != nil { return true }
            sc = scope.parent
        }
        return false
    }

    /// The PSVariable object Get-Variable returns.
    static func variableObject(_ v: PSVariable) -> Value {
        let o = PSObject(typeNames: ["System.Management.Automation.PSVariable", "System.Object"])
        o.setNote("Name", .string(v.name))
        o.setNote("Description", .string(v.description))
        o.setNote("Value", v.value == .automationNull ? .null : v.value)
        o.setNote("Visibility", .string(v.isVisibilityPrivate ? "Private" : "Public"))
        o.setNote("Module", .null)
        o.setNote("ModuleName", .string(""))
        o.setNote("Options", .string(v.optionsText))
        o.setNote("Attributes", .array(PSArray([])))
        return .object(o)
    }

    // MARK: aliases

    /// Every alias visible from the caller: session ones (nearest first) then built-in ones.
    static func aliases(_ s: Session) -> [(name: String, target: String)] {
        var seen = Set<NameKey>()
        var out: [(name: String, target: String)] = []
        var sc: Scope? = s.currentScope
        while let scope = sc {
            for (k, target) in scope.aliases where !seen.contains(k) {
                seen.insert(k)
                out.append((k.folded, target))
            }
            sc = scope.parent
        }
        for (name, target) in s.commands.aliasList where !seen.contains(NameKey(name)) {
            seen.insert(NameKey(name))
            out.append((name, target))
        }
        return out.sorted { CaseFold.compare($0.name, $1.name, caseSensitive: false) < 0 }
    }

    static func setAlias(_ name: String, _ target: String, _ s: Session, scope: String? = nil) throws {
        try SessionState.scope(scope, s).aliases[NameKey(name)] = target
    }

    static func removeAlias(_ name: String, _ s: Session) -> Bool {
        var sc: Scope? = s.currentScope
        while let scope = sc {
            if scope.aliases.removeValue(forKey: NameKey(name)) != nil { return true }
            sc = scope.parent
        }
        return false
    }

    /// The AliasInfo object Get-Alias / New-Alias -PassThru return.
    static func aliasObject(_ name: String, _ target: String, _ s: Session) -> Value {
        let o = PSObject(typeNames: ["System.Management.Automation.AliasInfo", "System.Management.Automation.CommandInfo", "System.Object"])
        o.setNote("CommandType", .string("Alias"))
        o.setNote("Name", .string(name))
        o.setNote("Version", .string(""))
        o.setNote("Source", .string(""))
        o.setNote("Definition", .string(target))
        o.setNote("ReferencedCommand", .string(target))
        o.setNote("ResolvedCommandName", .string(target))
        o.setNote("DisplayName", .string("\(name) -> \(target)"))
        o.add(PSMember(name: "ToString", kind: .codeMethod({ _, _ in .string(name) })))
        return .object(o)
    }
}
