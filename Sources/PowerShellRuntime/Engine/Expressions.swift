import BigInt
import Foundation
import PowerShellSyntax

extension Session {

    func evaluate(_ e: ExpressionAst) throws -> Value {
        switch e {
        case .constant(let c): return Session.numberValue(c.value)
        case .stringConstant(let s): return .string(s.value)
        case .expandableString(let s): return .string(try expandString(s.parts))
        case .variable(let v): return try readVariable(v)
        case .binary(let b): return try evaluateBinary(b)
        case .unary(let u): return try evaluateUnary(u)
        case .ternary(let t):
            return LanguagePrimitives.isTrue(try evaluate(t.condition)) ? try evaluate(t.ifTrue) : try evaluate(t.ifFalse)
        case .convert(let c): return try evaluateConvert(c)
        case .attributed(let a): return try evaluate(a.child)
        case .type(let t): return .type(try resolveType(node: t, t.typeName, extent: t.extent))
        case .member(let m): return try evaluateMember(m)
        case .invokeMember(let m): return try evaluateInvokeMember(m)
        case .index(let i): return try evaluateIndex(i)
        case .arrayLiteral(let a): return .array(PSArray(try a.elements.map { try evaluate($0) }))
        case .arrayExpression(let a):
            var out: [Value] = []
            try executeBlock(a.subExpression, emit: { out.append($0) })
            return .array(PSArray(out))
        case .subExpression(let s):
            var out: [Value] = []
            try executeBlock(s.subExpression, emit: { out.append($0) })
            return Session.collapse(out)
        case .paren(let p):
            if let pe = p.pipeline.pureExpression { return try evaluate(pe) }
            if case .assignment(let a) = p.pipeline {
                try executeAssignment(a)
                return try evaluate(a.left)
            }
            return try evaluateStatementValue(p.pipeline)
        case .hashtable(let h): return .hashtable(try buildHashtable(h, ordered: false))
        case .scriptBlock(let s): return .scriptBlock(ScriptBlock(ast: s.scriptBlock))
        case .error(let x):
            throw RuntimeError(message: "The expression could not be parsed: \(x.extent.text)", errorId: "ParseError", category: .ParserError, exceptionType: "System.Management.Automation.ParseException")
        }
    }

    static func numberValue(_ n: NumberValue) -> Value {
        switch n {
        case .int32(let i): return .int(Int(i))
        case .int64(let l): return .long(l)
        case .uint32(let u): return .sized(.uint32(u))
        case .uint64(let u): return .sized(.uint64(u))
        case .int16(let i): return .sized(.int16(i))
        case .uint16(let u): return .sized(.uint16(u))
        case .sbyte(let b): return .sized(.sbyte(b))
        case .byte(let b): return .sized(.byte(b))
        case .double(let d): return .double(d)
        case .decimal(let digits, let mult):
            let d = DotNetDecimal.parse(digits) ?? DotNetDecimal(0)
            return .decimal(mult == 1 ? d : d * DotNetDecimal(Int(mult)))
        case .bigInteger(let s): return BigInt(s).map { .sized(.bigInteger($0)) } ?? .null
        }
    }

    func expandString(_ parts: [ExpandableStringPart]) throws -> String {
        var out = ""
        let ofs = LanguagePrimitives.toString(variable("OFS") ?? .string(" "))
        for p in parts {
            switch p {
            case .literal(let s): out += s
            case .expression(let e): out += LanguagePrimitives.toString(try evaluate(e), ofs: ofs)
            }
        }
        return out
    }

    func buildHashtable(_ h: HashtableAst, ordered: Bool) throws -> PSHashtable {
        let t = PSHashtable(ordered: ordered, capacity: h.keyValuePairs.count)
        for entry in h.keyValuePairs {
            let k = try evaluate(entry.key)
            if t.containsKey(k) {
                throw RuntimeError(message: "Duplicate keys '\(LanguagePrimitives.toString(k))' are not allowed in hash literals.", errorId: "DuplicateKeyInHashLiteral", category: .ParserError, exceptionType: "System.Management.Automation.ParseException")
            }
            let v = try evaluateStatementValue(entry.value)
            _ = t.insertNew(k, v == .automationNull ? .null : v)
        }
        return t
    }

    // MARK: types

    func resolveType(_ t: TypeName, extent: Extent?) throws -> PSTypeInfo {
        let text = t.fullName
        if let c = typeCache[text] { return c }
        // `using namespace X` lets scripts write short names of types in X.
        let viaNamespace = usingNamespaces.lazy.compactMap { self.types.resolve($0 + "." + text) }.first
        guard let r = types.resolve(text) ?? viaNamespace else {
            throw RuntimeError(message: "Unable to find type [\(text)].", errorId: "TypeNotFound", category: .InvalidOperation, exceptionType: "System.Management.Automation.RuntimeException", targetObject: .string(text))
        }
        typeCache[text] = r
        return r
    }

    /// The type a type literal or cast node names, resolved once per node (types are never
    /// redefined under a name that resolved: `typeCache` keeps them for the session too).
    func resolveType(node: AnyObject, _ t: TypeName, extent: Extent?) throws -> PSTypeInfo {
        let id = NodeKey(node)
        if let hit = typeSites[id], hit.node === node, let type = hit.type { return type }
        let type = try resolveType(t, extent: extent)
        typeSites[id] = TypeSite(node: node, kind: .type, type: type)
        return type
    }

    /// What a cast node is: `[ordered]`, `[pscustomobject]`, `[ref]` or a cast to a type; worked
    /// out once per node.
    func castKind(_ c: ConvertExpressionAst) -> TypeSite.Kind {
        let id = NodeKey(c)
        if let hit = typeSites[id], hit.node === c { return hit.kind }
        let kind: TypeSite.Kind
        switch NameKey.fold(c.type.typeName.fullName) {
        case "ordered": kind = .ordered
        case "pscustomobject", "system.management.automation.pscustomobject": kind = .customObject
        case "ref", "system.management.automation.psreference": kind = .reference
        default: kind = .type
        }
        typeSites[id] = TypeSite(node: c, kind: kind, type: nil)
        return kind
    }

    func evaluateConvert(_ c: ConvertExpressionAst) throws -> Value {
        let kind = castKind(c)
        if case .hashtable(let h) = c.child {
            if kind == .ordered { return .hashtable(try buildHashtable(h, ordered: true)) }
            if kind == .customObject {
                let ht = try buildHashtable(h, ordered: true)
                let o = PSObject()
                for (k, v) in ht.entries {
                    let key = LanguagePrimitives.toString(k)
                    if NameKey.fold(key) == "pstypename" {
                        o.typeNames.insert(LanguagePrimitives.toString(v), at: 0)
                        continue
                    }
                    o.setNote(key, v)
                }
                return .object(o)
            }
        }
        // `[ref]$name` refers to the variable itself (made in this scope when it does not exist)
        if kind == .reference, case .variable(let v) = c.child,
           case .none = v.variablePath.scope, !["null", "true", "false"].contains(NameKey.fold(v.variablePath.name)) {
            let key = variableKey(v)
            if let existing = currentScope.lookup(key) { return .native(PSReference(variable: existing)) }
            let made = PSVariable(name: v.variablePath.name, value: .null)
            currentScope.variables[key] = made
            return .native(PSReference(variable: made))
        }
        let t = try resolveType(node: c.type, c.type.typeName, extent: c.type.extent)
        let v = try evaluate(c.child)
        return try LanguagePrimitives.convert(v == .automationNull ? .null : v, to: t, types: types)
    }

    // MARK: variables

    /// The folded name of a variable node, computed once per node.
    func variableKey(_ v: VariableExpressionAst) -> NameKey { variableSite(v).key }

    /// The site of a variable node, made once per node.
    func variableSite(_ v: VariableExpressionAst) -> VariableSite {
        let id = NodeKey(v)
        if let hit = variableSites[id], hit.node === v { return hit }
        let site = VariableSite(node: v, key: NameKey(v.variablePath.name))
        variableSites[id] = site
        return site
    }

    /// `$name = value`: an unprefixed, unconstrained, writable variable the site found in the
    /// current scope before is updated directly; everything else takes the full path.
    func assignVariable(_ v: VariableExpressionAst, _ value: Value) throws {
        guard case .none = v.variablePath.scope else {
            return try assignVariable(v.variablePath, value, key: variableKey(v))
        }
        let site = variableSite(v)
        if let cached = currentScope.cached(site), !cached.isReadOnly, cached.typeConstraint == nil {
            cached.value = value
            return
        }
        try assignVariable(v.variablePath, value, key: site.key)
        if let own = currentScope.variables[site.key], !Session.isComputedVariable(site.key) { currentScope.remember(own, for: site) }
    }

    static func isComputedVariable(_ key: NameKey) -> Bool {
        key.folded == "?" || key.folded == "error" || key.folded == "pwd"
    }

    /// `$name` without a scope prefix: from the site's cache when it is still valid, else looked up
    /// (and cached when the variable is the current scope's own).
    func readVariable(_ v: VariableExpressionAst) throws -> Value {
        guard case .none = v.variablePath.scope else {
            return try readVariable(v.variablePath, extent: v.extent, key: variableKey(v))
        }
        let site = variableSite(v)
        if let cached = currentScope.cached(site) { return cached.value }
        // computed variables ($?, $error, $pwd) are never cached: lookupVariable answers them first
        if !Session.isComputedVariable(site.key), let own = currentScope.variables[site.key] {
            currentScope.remember(own, for: site)
            return own.value
        }
        return try readVariable(v.variablePath, extent: v.extent, key: site.key)
    }

    func readVariable(_ path: VariablePath, extent: Extent?, key precomputed: NameKey? = nil) throws -> Value {
        let key = precomputed ?? NameKey(path.name)
        switch path.scope {
        case .drive(let d):
            switch d {
            case "env":
                if let v = environment[path.name] { return .string(v) }
                if let k = environment.keys.first(where: { NameKey($0) == key }) { return .string(environment[k] ?? "") }
                return .null
            case "variable": return lookupVariable(key) ?? .null
            case "function":
                return currentScope.lookupFunction(key).map { .scriptBlock($0.scriptBlock) } ?? .null
            default: return .null
            }
        case .global:
            if let v = globalScope.variables[key] { return v.value }
            if key.folded == "error" { return .native(errorList) }
            if Session.isComputedVariable(key) { return lookupVariable(key) ?? .null }
            return try undefinedVariable(path)
        case .script: return try scriptScope.lookup(key)?.value ?? undefinedVariable(path)
        case .local, .private: return try currentScope.variables[key]?.value ?? undefinedVariable(path)
        case .using: return try (usingScope ?? currentScope).lookup(key)?.value ?? undefinedVariable(path)
        default: return try lookupVariable(key) ?? undefinedVariable(path)
        }
    }

    /// An unset variable reads as `$null`, or fails under Set-StrictMode (any version).
    func undefinedVariable(_ path: VariablePath) throws -> Value {
        guard StrictModeState.version(self) != nil else { return .null }
        throw RuntimeError(message: "The variable '$\(path.userPath)' cannot be retrieved because it has not been set.", errorId: "VariableIsUndefined", category: .InvalidOperation, targetObject: .string(path.name))
    }

    /// Strict mode 2.0+: reading a property an object does not have is an error.
    func missingProperty(_ name: String) throws -> Value {
        guard let v = StrictModeState.version(self), v >= "2.0" else { return .null }
        throw RuntimeError(message: "The property '\(name)' cannot be found on this object. Verify that the property exists.", errorId: "PropertyNotFoundStrict", category: .NotSpecified, exceptionType: "System.Management.Automation.PropertyNotFoundException")
    }

    /// Assigns `$name` / `$scope:name` (honouring an existing variable's type constraint).
    func assignVariable(_ path: VariablePath, _ value: Value, typeConstraint: PSTypeInfo? = nil, key precomputed: NameKey? = nil) throws {
        let key = precomputed ?? NameKey(path.name)
        // `$null = expr` discards the value (the idiom that silences output); `$true`/`$false`
        // are constants (about_Automatic_Variables).
        switch path.scope {
        case .drive: break
        default:
            if key == NameKey.null { return }
            if key == NameKey.true || key == NameKey.false {
                throw RuntimeError(message: "Cannot overwrite variable \(path.name) because it is read-only or constant.", errorId: "VariableNotWritable", category: .WriteError, exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException")
            }
        }
        // Fast path: an existing, unconstrained, writable variable of the current scope (a loop
        // counter, an accumulator) takes the value as is.
        if typeConstraint == nil, path.scope == .none || path.scope == .local, let existing = currentScope.variables[key],
           !existing.isReadOnly, existing.typeConstraint == nil {
            existing.value = value
            return
        }
        let scope: Scope
        switch path.scope {
        case .drive(let d):
            if d == "env" {
                if value.isNull { environment[path.name] = nil } else { environment[path.name] = LanguagePrimitives.toString(value) }
                return
            }
            if d == "function" {
                if case .scriptBlock(let sb) = value {
                    let md = functionMetadata(name: path.name, body: sb.ast, parameters: sb.ast.paramBlock?.parameters ?? [], help: nil)
                    currentScope.functions[key] = FunctionInfo(name: path.name, scriptBlock: sb, isFilter: false, parameterAsts: sb.ast.paramBlock?.parameters ?? [], metadata: md, help: nil)
                }
                return
            }
            scope = currentScope
        case .global: scope = globalScope
        case .script: scope = scriptScope
        default: scope = currentScope
        }
        var v = value == .automationNull && typeConstraint == nil ? Value.automationNull : value
        // an AllScope variable of an enclosing scope is assigned where it is, not shadowed
        var found = scope.variables[key]
        if found == nil, AllScopeVariables.any, path.scope == .none, let outer = scope.lookup(key), outer.isAllScope { found = outer }
        if let existing = found {
            if existing.isReadOnly {
                throw RuntimeError(message: "Cannot overwrite variable \(path.name) because it is read-only or constant.", errorId: "VariableNotWritable", category: .WriteError, exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException")
            }
            if let tc = typeConstraint { existing.typeConstraint = tc }
            if let tc = existing.typeConstraint { v = try LanguagePrimitives.convert(v == .automationNull ? .null : v, to: tc, types: types) }
            existing.value = v
        } else {
            if let tc = typeConstraint { v = try LanguagePrimitives.convert(v == .automationNull ? .null : v, to: tc, types: types) }
            scope.variables[key] = PSVariable(name: path.name, value: v, typeConstraint: typeConstraint, isPrivate: path.scope == .private)
        }
    }

    /// Sets a variable in the current scope (automatic variables such as `$Matches`).
    func setVariableInScope(_ name: String, _ value: Value) {
        let key = NameKey(name)
        if let v = currentScope.lookup(key), name == "Matches" { v.value = value; return }
        currentScope.variables[key] = PSVariable(name: name, value: value)
    }

    // MARK: operators

    func evaluateBinary(_ b: BinaryExpressionAst) throws -> Value {
        switch b.operator {
        case .and:
            if !LanguagePrimitives.isTrue(try evaluate(b.left)) { return .bool(false) }
            return .bool(LanguagePrimitives.isTrue(try evaluate(b.right)))
        case .or:
            if LanguagePrimitives.isTrue(try evaluate(b.left)) { return .bool(true) }
            return .bool(LanguagePrimitives.isTrue(try evaluate(b.right)))
        case .nullCoalesce:
            let l = try evaluate(b.left)
            return l.isNull ? try evaluate(b.right) : l
        default: break
        }
        var l = try evaluate(b.left)
        if l == .automationNull { l = .null }
        var r = try evaluate(b.right)
        if r == .automationNull { r = .null }
        do {
            return try binaryOperation(b.operator, l, r)
        } catch let e as RuntimeError {
            if e.record.invocationInfo == nil { e.record.invocationInfo = invocationInfo(for: b.extent, command: nil) }
            throw e
        }
    }

    func binaryOperation(_ op: BinaryOperator, _ l: Value, _ r: Value) throws -> Value {
        switch op {
        case .add: return try Operators.arithmetic(.add, l, r)
        case .subtract: return try Operators.arithmetic(.sub, l, r)
        case .multiply: return try Operators.arithmetic(.mul, l, r)
        case .divide: return try Operators.arithmetic(.div, l, r)
        case .remainder: return try Operators.arithmetic(.mod, l, r)
        case .xor: return .bool(LanguagePrimitives.isTrue(l) != LanguagePrimitives.isTrue(r))
        case .band: return try Operators.bitwise(.and, l, r)
        case .bor: return try Operators.bitwise(.or, l, r)
        case .bxor: return try Operators.bitwise(.xor, l, r)
        case .shl: return try Operators.bitwise(.shl, l, r)
        case .shr: return try Operators.bitwise(.shr, l, r)
        case .format:
            let args = r.enumerated() ?? [r]
            return .string(try Operators.format(LanguagePrimitives.toString(l), args))
        case .range: return .array(PSArray(try Operators.range(l, r)))
        case .join: return Operators.join(l, r)
        case .is: return .bool(try Operators.isType(l, r, types: types))
        case .isNot: return .bool(!(try Operators.isType(l, r, types: types)))
        case .as: return try Operators.asType(l, r, types: types)
        case .and, .or, .nullCoalesce: return .null
        case .comparison(let c, let cs):
            switch c {
            case .eq: return try Operators.comparison(.eq, l, r, caseSensitive: cs)
            case .ne: return try Operators.comparison(.ne, l, r, caseSensitive: cs)
            case .gt: return try Operators.comparison(.gt, l, r, caseSensitive: cs)
            case .ge: return try Operators.comparison(.ge, l, r, caseSensitive: cs)
            case .lt: return try Operators.comparison(.lt, l, r, caseSensitive: cs)
            case .le: return try Operators.comparison(.le, l, r, caseSensitive: cs)
            case .like: return Operators.like(l, r, caseSensitive: cs, negate: false)
            case .notLike: return Operators.like(l, r, caseSensitive: cs, negate: true)
            case .match, .notMatch:
                let (v, m) = try Operators.match(l, r, caseSensitive: cs, negate: c == .notMatch)
                if let m { setVariableInScope("Matches", .hashtable(m)) }
                return v
            case .replace: return try Operators.replace(l, r, caseSensitive: cs, session: self)
            case .contains: return .bool(Operators.contains(l, r, caseSensitive: cs))
            case .notContains: return .bool(!Operators.contains(l, r, caseSensitive: cs))
            case .in: return .bool(Operators.contains(r, l, caseSensitive: cs))
            case .notIn: return .bool(!Operators.contains(r, l, caseSensitive: cs))
            case .split: return try Operators.split(l, r, caseSensitive: cs, session: self)
            }
        }
    }

    func evaluateUnary(_ u: UnaryExpressionAst) throws -> Value {
        switch u.operator {
        case .not: return .bool(!LanguagePrimitives.isTrue(try evaluate(u.child)))
        case .bnot: return try Operators.bitwiseNot(try evaluate(u.child))
        case .minus: return try Operators.negate(try evaluate(u.child))
        case .plus:
            let v = try evaluate(u.child)
            if case .string = v { return try LanguagePrimitives.toNumber(v) }
            return v
        case .split: return Operators.unarySplit(try evaluate(u.child))
        case .join: return Operators.join(try evaluate(u.child), .string(""))
        case .comma: return .array(PSArray([try evaluate(u.child)]))
        case .preIncrement, .preDecrement, .postIncrement, .postDecrement:
            let old = try evaluate(u.child)
            let delta: Value = .int(u.operator == .preIncrement || u.operator == .postIncrement ? 1 : -1)
            let new = try Operators.arithmetic(.add, old.isNull ? .int(0) : old, delta)
            try assign(to: u.child, new)
            return (u.operator == .preIncrement || u.operator == .preDecrement) ? new : (old.isNull ? .int(0) : old)
        }
    }
}

/// What a type literal or cast node resolved to (Session.typeSites): the node is held so that its
/// address is not reused by another node while the entry lives.
struct TypeSite {
    enum Kind { case type, ordered, customObject, reference }
    let node: AnyObject
    let kind: Kind
    let type: PSTypeInfo?
}
