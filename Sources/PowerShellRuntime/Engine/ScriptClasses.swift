import Foundation
import PowerShellSyntax

// PowerShell classes (`class Name : Base { ... }`): typed properties with defaults, hidden and
// static members, constructors with overloads and `: base(...)`, instance and static methods with
// typed parameters and a converted return value, `$this`, inheritance from another script class,
// and `ToString()` overrides used wherever the object becomes text.

/// A class a script defined. Its instances are ``ScriptClassInstance`` values.
final class ScriptClass {
    let name: String
    let ast: TypeDefinitionAst
    let base: ScriptClass?
    /// The class, its bases and the .NET types it names (most derived first), ending with System.Object.
    let typeNames: [String]
    /// Where its methods run: each call gets a scope of its own under this one.
    let scope: Scope
    unowned let session: Session

    struct Property {
        let name: String
        let ast: PropertyMemberAst
    }
    /// Instance properties, the base class's first.
    private(set) var properties: [Property] = []
    private(set) var propertyIndex: [NameKey: Int] = [:]
    /// This class's own static properties and their values.
    var staticValues: [NameKey: (ast: PropertyMemberAst, value: Value)] = [:]
    private(set) var methods: [NameKey: [FunctionMemberAst]] = [:]
    private(set) var staticMethods: [NameKey: [FunctionMemberAst]] = [:]
    private(set) var constructors: [FunctionMemberAst] = []

    init(ast: TypeDefinitionAst, base: ScriptClass?, otherTypes: [String], scope: Scope, session: Session) {
        self.name = ast.name
        self.ast = ast
        self.base = base
        var names = [ast.name]
        if let base { names += base.typeNames.dropLast() }
        names += otherTypes
        names.append("System.Object")
        self.typeNames = names
        self.scope = scope
        self.session = session
        if let base {
            properties = base.properties
            propertyIndex = base.propertyIndex
        }
    }

    /// Records the members, with PowerShell's check that a property is declared once.
    func addMembers() throws {
        var own = Set<NameKey>()
        for m in ast.classMembers {
            switch m {
            case .property(let p):
                let key = NameKey(p.name)
                guard own.insert(key).inserted else {
                    throw ScriptClass.parseError("MemberAlreadyDefined", "The member '\(p.name)' is already defined.")
                }
                if p.isStatic {
                    staticValues[key] = (p, .null)
                } else if let i = propertyIndex[key] {
                    properties[i] = Property(name: p.name, ast: p)
                } else {
                    propertyIndex[key] = properties.count
                    properties.append(Property(name: p.name, ast: p))
                }
            case .method(let f):
                if f.isConstructor {
                    if !f.isStatic { constructors.append(f) }
                } else if f.isStatic {
                    staticMethods[NameKey(f.name), default: []].append(f)
                } else {
                    methods[NameKey(f.name), default: []].append(f)
                }
            }
        }
    }

    static func parseError(_ id: String, _ message: String) -> RuntimeError {
        RuntimeError(message: message, errorId: id, category: .ParserError, exceptionType: "System.Management.Automation.ParseException")
    }

    func isSubclass(of other: ScriptClass) -> Bool {
        var c: ScriptClass? = self
        while let x = c {
            if x === other { return true }
            c = x.base
        }
        return false
    }

    /// The overloads of an instance method, the most derived class's first.
    func instanceOverloads(_ key: NameKey) -> [FunctionMemberAst] {
        var out: [FunctionMemberAst] = []
        var c: ScriptClass? = self
        while let x = c {
            if let m = x.methods[key] { out += m.filter { o in !out.contains { $0.parameters.count == o.parameters.count } } }
            c = x.base
        }
        return out
    }

    /// The class that declares a static property, up the chain.
    func staticOwner(_ key: NameKey) -> ScriptClass? {
        var c: ScriptClass? = self
        while let x = c {
            if x.staticValues[key] != nil { return x }
            c = x.base
        }
        return nil
    }

    func staticOverloads(_ key: NameKey) -> [FunctionMemberAst] {
        var c: ScriptClass? = self
        while let x = c {
            if let m = x.staticMethods[key] { return m }
            c = x.base
        }
        return []
    }

    /// Property names as formatting, Select-Object and ConvertTo-Json see them (hidden ones left out).
    /// .NET lists a class's own properties before those it inherits.
    lazy var visiblePropertyNames: [String] = {
        var out: [String] = []
        var c: ScriptClass? = self
        while let x = c {
            let own = x.ast.classMembers.compactMap { m -> String? in
                if case .property(let p) = m, !p.isStatic, !p.isHidden, !out.contains(where: { NameKey.fold($0) == NameKey.fold(p.name) }) { return p.name }
                return nil
            }
            out += own
            c = x.base
        }
        return out
    }()

    /// The validation attributes of a property (`[ValidateSet()]`, `[ValidateRange()]`,
    /// `[ValidateNotNullOrEmpty()]`, ...) as a parameter's metadata, nil when it has none.
    func validation(of p: PropertyMemberAst) -> ParameterMetadata? {
        let key = ObjectIdentifier(p)
        if let hit = validations[key] { return hit }
        var md: ParameterMetadata?
        if p.attributes.contains(where: { if case .attribute(let a) = $0 { return NameKey.fold(a.typeName.fullName).hasPrefix("validate") } else { return false } }) {
            let parameter = ParameterAst(extent: p.extent, name: VariableExpressionAst(extent: p.extent, variablePath: VariablePath(parsing: p.name), splatted: false),
                                         attributes: p.attributes, defaultValue: nil)
            md = session.functionMetadata(name: "", body: ScriptClass.emptyBody, parameters: [parameter], help: nil).parameters.first
        }
        validations[key] = .some(md)
        return md
    }
    private var validations: [ObjectIdentifier: ParameterMetadata?] = [:]
    nonisolated(unsafe) static let emptyBody = Parser.parse("").scriptBlock

    /// The property's declared type; nil when untyped (or `[object]`).
    func type(of p: PropertyMemberAst) throws -> PSTypeInfo? {
        guard let tc = p.propertyType else { return nil }
        return try session.resolveClassType(tc)
    }
}

/// An instance of a script class: its properties' values, in the class's order.
final class ScriptClassInstance: NativeObject {
    let cls: ScriptClass
    var values: [Value]

    init(_ cls: ScriptClass) {
        self.cls = cls
        self.values = Array(repeating: .null, count: cls.properties.count)
    }

    var typeName: String { cls.name }
    var typeNames: [String] { cls.typeNames }
    var propertyNames: [String] { cls.visiblePropertyNames }

    func getProperty(_ name: NameKey, session: Session) -> Value? {
        guard let i = cls.propertyIndex[name] else { return nil }
        return values[i]
    }

    func setProperty(_ name: NameKey, _ value: Value, session: Session) throws -> Bool {
        guard let i = cls.propertyIndex[name] else { return false }
        values[i] = try session.convertForProperty(value, cls.properties[i], of: cls)
        return true
    }

    func invokeMethod(_ name: NameKey, _ args: [Value], session: Session) throws -> Value? {
        let overloads = cls.instanceOverloads(name)
        guard !overloads.isEmpty else { return nil }
        let m = try session.pickOverload(overloads, args, name: overloads[0].name)
        return try session.runClassMember(m, of: cls, this: .native(self), args: args)
    }

    /// `-eq`: an `Equals` the class declares decides; nil without one (then only the same
    /// instance is equal).
    func equals(_ other: Value) -> Bool? {
        guard let m = cls.instanceOverloads(NameKey("Equals")).first(where: { $0.parameters.count == 1 }),
              let v = try? cls.session.runClassMember(m, of: cls, this: .native(self), args: [other]) else { return nil }
        return LanguagePrimitives.isTrue(v)
    }

    /// `-lt`, Sort-Object: a `CompareTo` the class declares (IComparable); nil without one.
    func compareTo(_ other: Value) -> Int? {
        guard let m = cls.instanceOverloads(NameKey("CompareTo")).first(where: { $0.parameters.count == 1 }),
              let v = try? cls.session.runClassMember(m, of: cls, this: .native(self), args: [other]),
              let n = try? LanguagePrimitives.toInt(v) else { return nil }
        return n < 0 ? -1 : (n > 0 ? 1 : 0)
    }

    /// A `ToString()` the class (or a base) declares; the class's name otherwise, as .NET's.
    func toString() -> String {
        let overloads = cls.instanceOverloads(NameKey("ToString")).filter { $0.parameters.isEmpty }
        guard let m = overloads.first,
              let v = try? cls.session.runClassMember(m, of: cls, this: .native(self), args: []) else { return cls.name }
        return LanguagePrimitives.toString(v)
    }
}

extension Session {
    func scriptClass(_ t: PSTypeInfo) -> ScriptClass? {
        scriptClasses.isEmpty ? nil : scriptClasses[NameKey(t.fullName)]
    }

    /// A type written in a class (a property's, a parameter's, a return type): found when used, so
    /// a class may name one defined after it.
    func resolveClassType(_ tc: TypeConstraintAst) throws -> PSTypeInfo? {
        let written = tc.typeName.fullName
        if NameKey.fold(written) == "object" || NameKey.fold(written) == "system.object" { return nil }
        guard let t = types.resolve(written) else {
            throw RuntimeError(message: "Unable to find type [\(written)].", errorId: "TypeNotFound", category: .InvalidOperation,
                               exceptionType: "System.Management.Automation.RuntimeException")
        }
        return t
    }

    /// Defines a class: its members, static properties' initial values, and the type `[Name]`.
    func defineClass(_ t: TypeDefinitionAst) throws {
        var base: ScriptClass?
        var others: [String] = []
        for (i, b) in t.baseTypes.enumerated() {
            let written = b.typeName.fullName
            if i == 0, let c = scriptClasses[NameKey(written)] {
                base = c
            } else if let resolved = types.resolve(written) {
                others += types.baseChain(of: resolved.fullName).filter { NameKey.fold($0) != "system.object" }
            } else {
                others.append(written)
            }
        }
        let cls = ScriptClass(ast: t, base: base, otherTypes: others, scope: currentScope, session: self)
        try cls.addMembers()
        scriptClasses[NameKey(t.name)] = cls
        types.register(TypeRegistry.EmulatedType(fullName: t.name, baseTypeNames: Array(cls.typeNames.dropFirst()), convert: { [unowned self] v in
            try self.convertToClass(v, cls)
        }))
        for (key, entry) in cls.staticValues {
            var v = try defaultPropertyValue(entry.ast, of: cls)
            if let e = entry.ast.initialValue { v = try convertForProperty(try evaluateInClassScope(e, cls), ScriptClass.Property(name: entry.ast.name, ast: entry.ast), of: cls, validate: false) }
            cls.staticValues[key] = (entry.ast, v)
        }
    }

    private func evaluateInClassScope(_ e: ExpressionAst, _ cls: ScriptClass, this: Value? = nil) throws -> Value {
        let saved = currentScope
        currentScope = Scope(parent: cls.scope)
        defer { currentScope = saved }
        if let this { setLocal(key: .this, "this", this) }
        return try evaluate(e)
    }

    /// A property's value before any initializer: 0, `$false` and the like for value types, `$null` otherwise.
    func defaultPropertyValue(_ p: PropertyMemberAst, of cls: ScriptClass) throws -> Value {
        guard let t = try cls.type(of: p) else { return .null }
        switch t.foldedName {
        case "system.int32", "system.int64", "system.double", "system.single", "system.decimal", "system.boolean",
             "system.byte", "system.sbyte", "system.int16", "system.uint16", "system.uint32", "system.uint64":
            return (try? LanguagePrimitives.convert(.int(0), to: t, types: types)) ?? .null
        case "system.char": return .char("\0")
        case "system.guid": return .guid(UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))
        case "system.timespan": return .timeSpan(DotNetTimeSpan(ticks: 0))
        case "system.datetime": return .dateTime(DotNetDateTime(ticks: 0))
        default:
            // an enumeration's default is its 0, a member or not
            if let e = scriptEnums[NameKey(t.fullName)] { return .native(e.value(0)) }
            return .null
        }
    }

    /// A value stored in a property: converted to its type, as PowerShell converts on assignment.
    /// The validation attributes are checked on assignments, not on the initial values.
    func convertForProperty(_ v: Value, _ p: ScriptClass.Property, of cls: ScriptClass, validate: Bool = true) throws -> Value {
        let value = v == .automationNull ? .null : v
        do {
            let converted = try cls.type(of: p.ast).map { try LanguagePrimitives.convert(value, to: $0, types: types) } ?? value
            if validate, let md = cls.validation(of: p.ast) {
                let binder = ParameterBinder(session: self, metadata: CommandMetadata(name: "", parameters: [md]), fqName: "", allowUnbound: true, invocation: nil)
                do { try binder.validate(converted, for: md) } catch let e as RuntimeError {
                    // the attribute's message, without the parameter-binding preamble
                    var message = e.record.message
                    if let r = message.range(of: "Cannot validate argument on parameter '\(md.name)'. ") { message.removeSubrange(r) }
                    throw RuntimeError(message: message, errorId: "ValidateSetFailure", category: .InvalidData, exceptionType: "System.Management.Automation.ValidationMetadataException")
                }
            }
            return converted
        } catch let e as RuntimeError {
            throw RuntimeError(message: "Exception setting \"\(p.name)\": \"\(e.record.message)\"", errorId: "ExceptionWhenSetting", category: .NotSpecified,
                               exceptionType: "System.Management.Automation.SetValueInvocationException")
        }
    }

    /// `[Class]::new(args)`, `New-Object Class args`: properties set to their defaults and
    /// initializers (the base class's first), then the constructor chosen by the arguments.
    func constructScriptClass(_ cls: ScriptClass, _ args: [Value]) throws -> Value {
        let instance = ScriptClassInstance(cls)
        let this = Value.native(instance)
        for (i, p) in cls.properties.enumerated() {
            var v = try defaultPropertyValue(p.ast, of: cls)
            if let e = p.ast.initialValue { v = try convertForProperty(try evaluateInClassScope(e, cls, this: this), p, of: cls, validate: false) }
            instance.values[i] = v
        }
        try runConstructor(cls, this, args)
        return this
    }

    private func runConstructor(_ cls: ScriptClass, _ this: Value, _ args: [Value]) throws {
        guard !cls.constructors.isEmpty else {
            guard args.isEmpty else {
                throw RuntimeError(message: "Cannot find an overload for \"new\" and the argument count: \"\(args.count)\".", errorId: "MethodCountCouldNotFindBest",
                                   category: .NotSpecified, exceptionType: "System.Management.Automation.MethodException")
            }
            if let b = cls.base { try runConstructor(b, this, []) }
            return
        }
        let ctor = try pickOverload(cls.constructors, args, name: "new")
        _ = try runClassMember(ctor, of: cls, this: this, args: args) { [unowned self] in
            // `: base(args)` (evaluated with the parameters bound), else the base's default
            guard let b = cls.base else { return }
            var baseArgs: [Value] = []
            for e in ctor.baseArguments ?? [] { baseArgs.append(try self.evaluate(e)) }
            try self.runConstructor(b, this, baseArgs)
        }
    }

    /// The overload whose parameters take these arguments best: the same count, then the
    /// parameter types the arguments already are, then those they convert to.
    func pickOverload(_ overloads: [FunctionMemberAst], _ args: [Value], name: String) throws -> FunctionMemberAst {
        var best: (FunctionMemberAst, Int)?
        for o in overloads where o.parameters.count == args.count {
            var score = 0
            var fits = true
            for (p, a) in zip(o.parameters, args) {
                guard let tc = p.typeConstraint, let t = try? resolveClassType(tc) else { score += 1; continue }
                if LanguagePrimitives.isInstance(a, of: t, types: types) { score += 3 }
                else if (try? LanguagePrimitives.convert(a, to: t, types: types)) != nil { score += 1 }
                else { fits = false; break }
            }
            if fits, score > (best?.1 ?? -1) { best = (o, score) }
        }
        if let best { return best.0 }
        if let o = overloads.first(where: { $0.parameters.count == args.count }) {
            return o  // the conversion error is reported for the argument that does not fit
        }
        throw RuntimeError(message: "Cannot find an overload for \"\(name)\" and the argument count: \"\(args.count)\".", errorId: "MethodCountCouldNotFindBest",
                           category: .NotSpecified, exceptionType: "System.Management.Automation.MethodException")
    }

    /// Runs a method or constructor body: a scope of its own under the class's, `$this`, the
    /// parameters converted to their types. Only `return` gives a value (other output is
    /// dropped, as in PowerShell), converted to the declared type; `[void]` methods give nothing.
    @discardableResult
    func runClassMember(_ m: FunctionMemberAst, of cls: ScriptClass, this: Value?, args: [Value], beforeBody: (() throws -> Void)? = nil) throws -> Value {
        callDepth += 1
        defer { callDepth -= 1 }
        if callDepth > maximumCallDepth { throw Session.callDepthOverflow() }
        let saved = currentScope
        let scope = Scope(parent: cls.scope)
        scope.isMethodScope = true
        currentScope = scope
        defer { currentScope = saved }
        if let this { setLocal(key: .this, "this", this) }
        for (i, p) in m.parameters.enumerated() {
            var v = i < args.count ? args[i] : .null
            if v == .automationNull { v = .null }
            var type: PSTypeInfo?
            if let tc = p.typeConstraint, let t = try resolveClassType(tc) {
                type = t
                do {
                    v = try LanguagePrimitives.convert(v, to: t, types: types)
                } catch let e as RuntimeError {
                    throw RuntimeError(message: "Cannot convert argument \"\(p.name.variablePath.name)\", with value: \"\(LanguagePrimitives.toString(v))\", for \"\(m.name)\" to type \"\(t.fullName)\": \"\(e.record.message)\"",
                                       errorId: "MethodArgumentConversionInvalidCastArgument", category: .NotSpecified,
                                       exceptionType: "System.Management.Automation.MethodException")
                }
            }
            let name = p.name.variablePath.name
            scope.variables[NameKey(name)] = PSVariable(name: name, value: v, typeConstraint: type)
        }
        setLocal(key: .args, "args", .array(PSArray([])))
        try beforeBody?()
        for block in [m.body.beginBlock, m.body.processBlock, m.body.endBlock] {
            guard let block else { continue }
            do {
                try executeStatementList(block.statements, traps: block.traps, emit: { _ in })
            } catch is ReturnSignal {
                break
            }
        }
        if m.isConstructor { return .automationNull }
        guard let rt = m.returnType, NameKey.fold(rt.typeName.fullName) != "void", NameKey.fold(rt.typeName.fullName) != "system.void" else {
            return .automationNull
        }
        let result = scope.methodResult ?? .null
        guard let t = try resolveClassType(rt) else { return result }
        return try LanguagePrimitives.convert(result, to: t, types: types)
    }

    /// `[Class]::Property`; nil when the class has no such static property.
    func classStaticProperty(_ cls: ScriptClass, _ key: NameKey) -> Value? {
        cls.staticOwner(key)?.staticValues[key]?.value
    }

    /// `[Class]::Property = value`; false when the class has no such static property.
    func setClassStaticProperty(_ cls: ScriptClass, _ key: NameKey, _ value: Value) throws -> Bool {
        guard let owner = cls.staticOwner(key), let entry = owner.staticValues[key] else { return false }
        owner.staticValues[key] = (entry.ast, try convertForProperty(value, ScriptClass.Property(name: entry.ast.name, ast: entry.ast), of: owner))
        return true
    }

    /// `[Class]::Method(args)`; nil when the class has no such static method.
    func invokeClassStatic(_ cls: ScriptClass, _ key: NameKey, _ args: [Value]) throws -> Value? {
        let overloads = cls.staticOverloads(key)
        guard !overloads.isEmpty else { return nil }
        let m = try pickOverload(overloads, args, name: overloads[0].name)
        return try runClassMember(m, of: cls, this: nil, args: args)
    }

    /// A cast or typed assignment to a class: an instance of it (or of a class derived from it)
    /// as it is; a hashtable or custom object sets the properties it names on a new instance;
    /// anything else goes to a constructor taking one argument.
    func convertToClass(_ v: Value, _ cls: ScriptClass) throws -> Value {
        var inner = v
        if case .object(let o) = v, let b = o.baseObject { inner = b }
        if case .native(let n as ScriptClassInstance) = inner, n.cls.isSubclass(of: cls) { return inner }
        if v.isNull { return .null }
        var pairs: [(String, Value)]?
        if case .hashtable(let h) = inner { pairs = h.entries.map { (LanguagePrimitives.toString($0.key), $0.value) } }
        if case .object(let o) = inner, o.baseObject == nil { pairs = o.properties.compactMap { p in (try? memberValue(p, of: inner)).map { (p.name, $0) } } }
        if let pairs, !cls.constructors.contains(where: { $0.parameters.count == 1 && $0.parameters[0].typeConstraint.map { ["hashtable", "system.collections.hashtable", "psobject", "object"].contains(NameKey.fold($0.typeName.fullName)) } ?? true }) {
            let instance = try constructScriptClass(cls, [])
            guard case .native(let n) = instance else { return instance }
            for (name, value) in pairs {
                guard try n.setProperty(NameKey(name), value, session: self) else {
                    let available = cls.properties.filter { !$0.ast.isHidden }.map { p in "[\(p.name) <\((try? cls.type(of: p.ast))??.fullName ?? "System.Object")>]" }
                    let detail = "Cannot create object of type \"\(cls.name)\". The \(name) property was not found for the \(cls.name) object. The available propert\(available.count == 1 ? "y is" : "ies are"): \(available.joined(separator: " , "))"
                    throw LanguagePrimitives.castError(v, to: cls.name, detail: detail, errorId: "ObjectCreationError")
                }
            }
            return instance
        }
        if cls.constructors.contains(where: { $0.parameters.count == 1 }) {
            return try constructScriptClass(cls, [v])
        }
        throw LanguagePrimitives.castError(v, to: cls.name, detail: nil, errorId: "ConvertToFinalInvalidCastException")
    }
}
