import Foundation
import PowerShellSyntax

/// One argument as written at a call site (after splatting is expanded).
struct CommandArgument {
    enum Kind {
        /// `-Name` (value nil: the next argument, unless a switch) or `-Name:value`.
        case named(String, Value?)
        case positional(Value)
    }
    var kind: Kind
    var extent: Extent?
    /// `-Name:value` written with a colon (a switch then takes the value).
    var hasColonValue: Bool = false
    /// From a splatted hashtable: a parameter also given explicitly takes the explicit value.
    var fromSplat: Bool = false
}

/// What binding needs from a command's metadata, computed once per command (not per call).
final class BinderPlan {
    let parameters: [ParameterMetadata]
    let mandatory: [ParameterMetadata]
    let pipeline: [ParameterMetadata]
    let foldedTypes: [String: String]
    init(_ metadata: CommandMetadata) {
        parameters = metadata.allParameters
        mandatory = parameters.filter { $0.mandatory }
        pipeline = parameters.filter { $0.valueFromPipeline || $0.valueFromPipelineByPropertyName }
        var ft: [String: String] = [:]
        for p in parameters { ft[p.name] = NameKey.fold(p.type) }
        foldedTypes = ft
    }
}

/// The outcome of binding the call-site arguments to a command's metadata.
struct BindResult {
    var bound = BoundParameters()
    /// Positional arguments no parameter took (a simple function's `$args`).
    var unbound: [Value] = []
    var parameterSet: String
    /// Script-block arguments for pipeline-bindable parameters, evaluated per input (delay-bind).
    var delayBind: [(String, ScriptBlock)] = []
}

/// Metadata-driven parameter binding: names (exact, alias, unique prefix), positions, type
/// conversion, validation; pipeline input by value and by property name.
struct ParameterBinder {
    let session: Session
    let metadata: CommandMetadata
    /// FQEID suffix: the function name or the cmdlet's .NET type name.
    let fqName: String
    /// Simple (non-advanced) functions put unknown arguments in `$args` instead of failing.
    let allowUnbound: Bool
    let invocation: InvocationInfo?
    /// Declared plus common parameters, computed once per binder.
    let parameters: [ParameterMetadata]

    /// A compiled cmdlet's binder: a value that does not convert is "Cannot bind parameter"
    /// (CannotConvertArgumentNoMessage); a script's is an argument transformation error.
    var isCmdlet = false

    init(session: Session, metadata: CommandMetadata, fqName: String, allowUnbound: Bool, invocation: InvocationInfo?, plan: BinderPlan? = nil) {
        self.session = session
        self.metadata = metadata
        self.fqName = fqName
        self.allowUnbound = allowUnbound
        self.invocation = invocation
        let plan = plan ?? BinderPlan(metadata)
        self.parameters = plan.parameters
        self.mandatoryParameters = plan.mandatory
        self.pipelineParameters = plan.pipeline
        self.foldedTypes = plan.foldedTypes
    }
    /// Folded type text per parameter name (computed once).
    let foldedTypes: [String: String]
    func foldedType(_ p: ParameterMetadata) -> String { foldedTypes[p.name] ?? NameKey.fold(p.type) }

    /// Subsets checked per pipeline object (kept small so binding each object is cheap).
    let mandatoryParameters: [ParameterMetadata]
    let pipelineParameters: [ParameterMetadata]

    // MARK: errors

    func bindingError(_ message: String, _ id: String, category: ErrorCategory = .InvalidArgument, target: Value = .null) -> RuntimeError {
        let rec = ErrorRecord(exception: session.types.exception("System.Management.Automation.ParameterBindingException", message: message), errorId: id + "," + fqName, category: category, targetObject: target)
        rec.invocationInfo = invocation
        rec.categoryInfo.activity = metadata.name
        rec.categoryInfo.reason = "ParameterBindingException"
        return RuntimeError(rec)
    }

    func typeDisplayName(_ p: ParameterMetadata) -> String {
        if p.isSwitch { return "System.Management.Automation.SwitchParameter" }
        return session.types.resolve(p.type)?.fullName ?? p.type
    }

    // MARK: names

    /// Resolves a written parameter name: exact name or alias, else a unique prefix.
    func resolve(_ written: String) throws -> ParameterMetadata? {
        let w = NameKey.fold(written)
        if let p = parameters.first(where: { NameKey.fold($0.name) == w || $0.aliases.contains { NameKey.fold($0) == w } }) { return p }
        let matches = parameters.filter { NameKey.fold($0.name).hasPrefix(w) }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw bindingError("Parameter cannot be processed because the parameter name '\(written)' is ambiguous. Possible matches include: \(matches.map { "-" + $0.name }.joined(separator: " ")).", "AmbiguousParameter")
        }
        return nil
    }

    // MARK: conversion and validation

    func convert(_ value: Value, for p: ParameterMetadata) throws -> Value {
        if p.isSwitch { return .native(SwitchParameter(LanguagePrimitives.isTrue(value))) }
        let t = foldedType(p)
        if t == "object" || t == "system.object" || t == "psobject" || t == "system.management.automation.psobject" { return value == .automationNull ? .null : value }
        if (t == "bool" || t == "boolean" || t == "system.boolean") {
            switch value {
            case .bool, .int, .long, .double, .decimal: return .bool(LanguagePrimitives.isTrue(value))
            case .native(let n) where n is SwitchParameter: return .bool(LanguagePrimitives.isTrue(value))
            default:
                throw bindingError("Cannot process argument transformation on parameter '\(p.name)'. Cannot convert value \"\(value.typeName)\" to type \"System.Boolean\". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.", "ParameterArgumentTransformationError")
            }
        }
        guard let type = session.types.resolve(p.type) else { return value }
        if value.isNull {
            if type.isArray || type.foldedName == "system.string" && p.mandatory { return .null }
            return value == .automationNull ? .null : value
        }
        do {
            return try LanguagePrimitives.convert(value, to: type, types: session.types)
        } catch let e as RuntimeError {
            if isCmdlet {
                throw bindingError("Cannot bind parameter '\(p.name)'. \(e.record.exception.message)", "CannotConvertArgumentNoMessage", target: value)
            }
            throw bindingError("Cannot process argument transformation on parameter '\(p.name)'. \(e.record.exception.message)", "ParameterArgumentTransformationError", target: value)
        }
    }

    func validate(_ value: Value, for p: ParameterMetadata) throws {
        // Most parameters carry no validation: return before building messages or item lists
        // (this runs for every pipeline object bound).
        if !p.mandatory && !p.validateNotNull && !p.validateNotNullOrEmpty && p.validateSet == nil && p.validateRange == nil
            && p.validatePattern == nil && p.validateCount == nil && p.validateLength == nil {
            return
        }
        let prefix = "Cannot validate argument on parameter '\(p.name)'. "
        if p.mandatory && !p.allowNull && !p.allowEmptyString {
            let isString = foldedType(p) == "string" || foldedType(p) == "system.string"
            if value.isNull && !(session.types.resolve(p.type)?.isArray ?? false) {
                throw bindingError("Cannot bind argument to parameter '\(p.name)' because it is null.", "ParameterArgumentValidationErrorNullNotAllowed", category: .InvalidData)
            }
            if isString, case .string(let s) = value, s.isEmpty {
                throw bindingError("Cannot bind argument to parameter '\(p.name)' because it is an empty string.", "ParameterArgumentValidationErrorEmptyStringNotAllowed", category: .InvalidData)
            }
        }
        if p.validateNotNull && value.isNull {
            throw bindingError(prefix + "The argument is null. Provide a valid value for the argument, and then run the command again.", "ParameterArgumentValidationError", category: .InvalidData)
        }
        if p.validateNotNullOrEmpty {
            var empty = value.isNull
            if case .string(let s) = value, s.isEmpty { empty = true }
            if let items = value.enumerated(), items.isEmpty { empty = true }
            if empty {
                throw bindingError(prefix + "The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.", "ParameterArgumentValidationError", category: .InvalidData)
            }
        }
        let items = value.isNull ? [] : (value.enumerated() ?? [value])
        if let set = p.validateSet {
            for item in items {
                let s = LanguagePrimitives.toString(item)
                if !set.contains(where: { CaseFold.equal($0, s) }) {
                    throw bindingError(prefix + "The argument \"\(s)\" does not belong to the set \"\(set.joined(separator: ","))\" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.", "ParameterArgumentValidationError", category: .InvalidData)
                }
            }
        }
        if let r = p.validateRange {
            for item in items {
                let d = (try? LanguagePrimitives.toDouble(item)) ?? 0
                let text = LanguagePrimitives.toString(item)
                if d > r.upperBound {
                    throw bindingError(prefix + "The \(text) argument is greater than the maximum allowed range of \(DotNetFormat.toString(r.upperBound)). Supply an argument that is less than or equal to \(DotNetFormat.toString(r.upperBound)) and then try the command again.", "ParameterArgumentValidationError", category: .InvalidData)
                }
                if d < r.lowerBound {
                    throw bindingError(prefix + "The \(text) argument is less than the minimum allowed range of \(DotNetFormat.toString(r.lowerBound)). Supply an argument that is greater than or equal to \(DotNetFormat.toString(r.lowerBound)) and then try the command again.", "ParameterArgumentValidationError", category: .InvalidData)
                }
            }
        }
        if let pat = p.validatePattern, let re = try? DotNetRegex.compile(pat, caseSensitive: false) {
            for item in items {
                let s = LanguagePrimitives.toString(item)
                if !re.isMatch(s) {
                    throw bindingError(prefix + "The argument \"\(s)\" does not match the \"\(pat)\" pattern. Supply an argument that matches \"\(pat)\" and try the command again.", "ParameterArgumentValidationError", category: .InvalidData)
                }
            }
        }
        if let c = p.validateCount, !c.contains(items.count) {
            throw bindingError(prefix + "The parameter requires at least \(c.lowerBound) value(s) and no more than \(c.upperBound) value(s) - \(items.count) value(s) were provided.", "ParameterArgumentValidationError", category: .InvalidData)
        }
        if let l = p.validateLength {
            for item in items {
                let n = LanguagePrimitives.toString(item).count
                if n < l.lowerBound {
                    throw bindingError(prefix + "The character length (\(n)) of the argument is too short. Specify an argument with a length that is greater than or equal to \"\(l.lowerBound)\", and then try the command again.", "ParameterArgumentValidationError", category: .InvalidData)
                }
                if n > l.upperBound {
                    throw bindingError(prefix + "The character length of the \(n) argument is too long. Shorten the character length of the argument so it is fewer than or equal to \"\(l.upperBound)\" characters, and then try the command again.", "ParameterArgumentValidationError", category: .InvalidData)
                }
            }
        }
    }

    func bindValue(_ value: Value, to p: ParameterMetadata, into result: inout BindResult) throws {
        let v = try convert(value, for: p)
        try validate(v, for: p)
        result.bound[p.name] = v
    }

    // MARK: arguments

    func bind(_ args: [CommandArgument]) throws -> BindResult {
        var result = BindResult(parameterSet: metadata.defaultParameterSet ?? "__AllParameterSets")
        var positionals: [(Value, Extent?)] = []
        var splatUnbound: [Value] = []
        // parameters given explicitly: a splatted value for one of them is dropped
        var explicit = Set<String>()
        if args.contains(where: { $0.fromSplat }) {
            for a in args where !a.fromSplat {
                if case .named(let name, _) = a.kind, let p = try? resolve(name) { explicit.insert(p.name) }
            }
        }
        var i = 0
        while i < args.count {
            let a = args[i]
            switch a.kind {
            case .positional(let v):
                positionals.append((v, a.extent))
            case .named(let name, let value):
                if a.fromSplat, let p = try? resolve(name), explicit.contains(p.name) {
                    i += 1
                    continue
                }
                guard let p = try resolve(name) else {
                    // a splatted name no parameter has goes to $args as it is, never to a positional parameter
                    if allowUnbound && a.fromSplat {
                        splatUnbound.append(.string("-" + name + ":"))
                        if let value { splatUnbound.append(value) }
                        i += 1
                        continue
                    }
                    if allowUnbound {
                        positionals.append((.string("-" + name + (a.hasColonValue ? ":" : "")), a.extent))
                        if let value { positionals.append((value, a.extent)) }
                        i += 1
                        continue
                    }
                    throw bindingError("A parameter cannot be found that matches parameter name '\(name)'.", "NamedParameterNotFound", target: .string(name))
                }
                if result.bound.contains(p.name) {
                    throw bindingError("Cannot bind parameter because parameter '\(p.name)' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, \"-parameter value1,value2,value3\".", "ParameterAlreadyBound")
                }
                var argValue = value
                if argValue == nil && !p.isSwitch {
                    if i + 1 < args.count, case .positional(let next) = args[i + 1].kind {
                        argValue = next
                        i += 1
                    } else {
                        throw bindingError("Missing an argument for parameter '\(p.name)'. Specify a parameter of type '\(typeDisplayName(p))' and try again.", "MissingArgument")
                    }
                }
                let v = argValue ?? .bool(true)
                if case .scriptBlock(let sb) = v, p.valueFromPipelineByPropertyName, !acceptsScriptBlock(p) {
                    result.delayBind.append((p.name, sb))
                    result.bound[p.name] = v
                } else {
                    try bindValue(v, to: p, into: &result)
                }
            }
            i += 1
        }
        // Parameter set from the named parameters bound so far, then the positional arguments in
        // it. When they do not fit that set (too many, a value that does not convert, a mandatory
        // parameter of the set left unbound), the other sets the named parameters allow are tried
        // in order, as pwsh's binder does (`Add-Member $o Name Value` is the note-property set).
        let named = result
        let first = try chooseParameterSet(named.bound)
        do {
            result = try bindPositionals(positionals, splatUnbound: splatUnbound, into: named, set: first)
        } catch let firstError {
            guard !positionals.isEmpty else { throw firstError }
            var found: BindResult?
            for set in try candidateSets(named.bound) where NameKey.fold(set) != NameKey.fold(first) {
                guard let r = try? bindPositionals(positionals, splatUnbound: splatUnbound, into: named, set: set),
                      mandatoryParameters.allSatisfy({ !$0.inSet(set) || $0.parameterSets.isEmpty || r.bound.contains(key: $0.key) || $0.valueFromPipeline })
                else { continue }
                found = r
                break
            }
            guard let found else { throw firstError }
            result = found
        }
        return result
    }

    /// The positional arguments bound in position order within `set`.
    private func bindPositionals(_ positionals: [(Value, Extent?)], splatUnbound: [Value], into named: BindResult, set: String) throws -> BindResult {
        var result = named
        result.parameterSet = set
        // Positional binding in position order within the chosen set.
        let positional = parameters.filter { $0.position != nil && !result.bound.contains($0.name) && $0.inSet(result.parameterSet) }
            .sorted { ($0.position ?? 0) < ($1.position ?? 0) }
        var pi = 0
        var remaining: [(Value, Extent?)] = []
        for (idx, (v, ext)) in positionals.enumerated() {
            if pi < positional.count {
                let p = positional[pi]
                pi += 1
                if p.valueFromRemainingArguments {
                    // This parameter takes every argument left (one array argument as itself).
                    let rest = positionals[idx...].map { $0.0 }
                    let value: Value = rest.count == 1 && rest[0].enumerated() != nil ? rest[0] : .array(PSArray(rest))
                    try bindValue(value, to: p, into: &result)
                    break
                }
                if case .scriptBlock(let sb) = v, p.valueFromPipelineByPropertyName, !acceptsScriptBlock(p) {
                    result.delayBind.append((p.name, sb))
                    result.bound[p.name] = v
                } else {
                    try bindValue(v, to: p, into: &result)
                }
            } else {
                remaining.append((v, ext))
            }
        }
        if !remaining.isEmpty {
            if let rest = parameters.first(where: { $0.valueFromRemainingArguments && !result.bound.contains($0.name) }) {
                try bindValue(.array(PSArray(remaining.map { $0.0 })), to: rest, into: &result)
            } else if allowUnbound {
                result.unbound = splatUnbound + remaining.map { $0.0 }
            } else {
                let text = LanguagePrimitives.toString(remaining[0].0)
                throw bindingError("A positional parameter cannot be found that accepts argument '\(text)'.", "PositionalParameterNotFound", target: remaining[0].0)
            }
        }
        if remaining.isEmpty && !splatUnbound.isEmpty { result.unbound = splatUnbound }
        return result
    }

    func acceptsScriptBlock(_ p: ParameterMetadata) -> Bool {
        let t = foldedType(p)
        return t == "scriptblock" || t == "system.management.automation.scriptblock" || t == "object" || t == "system.object" || t == "psobject"
    }

    /// The parameter sets the named parameters allow, the default first.
    func candidateSets(_ bound: BoundParameters) throws -> [String] {
        var candidates = metadata.parameterSetNames
        for name in bound.names {
            guard let p = parameters.first(where: { NameKey.fold($0.name) == NameKey.fold(name) }), !p.parameterSets.isEmpty else { continue }
            candidates = candidates.filter { p.inSet($0) }
        }
        return candidates
    }

    func chooseParameterSet(_ bound: BoundParameters) throws -> String {
        let sets = metadata.parameterSetNames
        guard !sets.isEmpty else { return "__AllParameterSets" }
        var candidates = sets
        for name in bound.names {
            guard let p = parameters.first(where: { NameKey.fold($0.name) == NameKey.fold(name) }), !p.parameterSets.isEmpty else { continue }
            candidates = candidates.filter { p.inSet($0) }
        }
        if candidates.isEmpty {
            throw bindingError("Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.", "AmbiguousParameterSet")
        }
        if let d = metadata.defaultParameterSet, candidates.contains(where: { NameKey.fold($0) == NameKey.fold(d) }) { return d }
        // Prefer a set whose mandatory parameters are all bound.
        if let full = candidates.first(where: { set in parameters.filter { $0.mandatory && !$0.parameterSets.isEmpty && $0.inSet(set) }.allSatisfy { bound.contains($0.name) } }) { return full }
        return candidates[0]
    }

    /// Mandatory parameters still missing (those that pipeline input may supply are skipped when input is expected).
    func checkMandatory(_ result: BindResult, expectingInput: Bool) throws {
        var missing: [String] = []
        for p in mandatoryParameters where !result.bound.contains(key: p.key) && p.inSet(result.parameterSet) {
            if expectingInput && (p.valueFromPipeline || p.valueFromPipelineByPropertyName) { continue }
            missing.append(p.name)
        }
        if !missing.isEmpty {
            throw bindingError("Cannot process command because of one or more missing mandatory parameters: \(missing.joined(separator: " ")).", "MissingMandatoryParameter")
        }
    }

    // MARK: pipeline

    /// Binds one pipeline object; returns the bound set for this object, or nil when it cannot be bound.
    func bindPipeline(_ input: Value, base: BindResult) throws -> BoundParameters? {
        var bound = base.bound
        var any = false
        let candidates = pipelineParameters.filter { $0.parameterSets.isEmpty || $0.inSet(base.parameterSet) }
        if candidates.isEmpty && base.delayBind.isEmpty { return bound }
        // Delay-bind script blocks: evaluated with $_ = input.
        for (name, sb) in base.delayBind {
            guard let p = parameters.first(where: { $0.name == name }) else { continue }
            let v = try session.invokePredicate(sb, input)
            var r = BindResult(parameterSet: base.parameterSet)
            try bindValue(v, to: p, into: &r)
            bound.set(p.name, key: p.key, r.bound[key: p.key])
            any = true
        }
        // By value, exact type first (one parameter takes the object itself).
        var byValue = false
        for p in candidates where p.valueFromPipeline && !base.bound.contains(key: p.key) {
            if let t = session.types.resolve(p.type), !LanguagePrimitives.isInstance(input, of: t, types: session.types) && !acceptsScriptBlock(p) { continue }
            var r = BindResult(parameterSet: base.parameterSet)
            try bindValue(input, to: p, into: &r)
            bound.set(p.name, key: p.key, r.bound[key: p.key])
            byValue = true
            any = true
            break
        }
        // By property name: every parameter whose name or alias is a property of the object.
        for p in candidates where p.valueFromPipelineByPropertyName && !base.bound.contains(key: p.key) && !bound.contains(key: p.key) {
            for n in [p.name] + p.aliases where hasProperty(input, n) {
                let v = try session.getMember(input, n)
                var r = BindResult(parameterSet: base.parameterSet)
                try bindValue(v, to: p, into: &r)
                bound.set(p.name, key: p.key, r.bound[key: p.key])
                any = true
                break
            }
        }
        // By value with conversion, when nothing took the object itself.
        if !byValue {
            for p in candidates where p.valueFromPipeline && !base.bound.contains(key: p.key) && !bound.contains(key: p.key) {
                var r = BindResult(parameterSet: base.parameterSet)
                do { try bindValue(input, to: p, into: &r) } catch { continue }
                bound.set(p.name, key: p.key, r.bound[key: p.key])
                any = true
                break
            }
        }
        return any ? bound : nil
    }

    func hasProperty(_ v: Value, _ name: String) -> Bool {
        switch v {
        case .object(let o): return o.member(name) != nil
        case .hashtable(let h): return h.containsKey(.string(name))
        case .native(let n): return n.getProperty(NameKey(name), session: session) != nil
        default: return false
        }
    }

    func inputNotBound(_ input: Value) -> ErrorRecord {
        let rec = ErrorRecord(exception: session.types.exception("System.Management.Automation.ParameterBindingException", message: "The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input."), errorId: "InputObjectNotBound," + fqName, category: .InvalidArgument, targetObject: input)
        rec.invocationInfo = invocation
        rec.categoryInfo.activity = metadata.name
        return rec
    }
}
