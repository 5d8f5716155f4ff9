import Foundation

/// `[type]::Member`, `[type]::Method(args)` and `[type]::new(args)`: looked up in the type's
/// member tables (`TypeRegistry.members(of:)`: the .NET types in `DotNet/Types/`, then types
/// modules and scripts registered).
extension Session {

    /// `[type]::Property`.
    func staticProperty(_ t: PSTypeInfo, _ name: String) throws -> Value {
        let (members, key) = types.staticMember(name, of: t)
        if let cls = scriptClass(t), let v = classStaticProperty(cls, key) { return v }
        if !staticAssignments.isEmpty, let assigned = staticAssignments[t.foldedName + "::" + key.folded] { return assigned }
        if let members {
            if let p = members.staticProperties[key] { return p.body(self) }
            if let other = members.otherStaticProperty { return other(name) }
        }
        throw RuntimeError(message: "The property '\(name)' cannot be found on type '\(t.fullName)'.", errorId: "PropertyNotFound", category: .InvalidOperation)
    }

    /// `[type]::Method(args)` and `[type]::new(args)`.
    func invokeStatic(_ t: PSTypeInfo, _ name: String, _ args: [Value]) throws -> Value {
        let (members, key) = types.staticMember(name, of: t)
        if key.folded == "new" { return try construct(t, args) }
        if let cls = scriptClass(t), let v = try invokeClassStatic(cls, key, args) { return v }
        if let members {
            let call = MethodCall(session: self, type: t, name: name, args: args)
            if let m = members.staticMethods[key], let v = try m.body(call) { return v }
            if let other = members.otherStaticMethod, let v = try other(call) { return v }
        }
        // a registered type's conversion is its Parse (`[MyEnum]::Parse('name')`)
        if key.folded == "parse", let c = types.emulatedType(t.fullName)?.convert { return try c(args.first ?? .null) }
        throw RuntimeError(message: "Method invocation failed because [\(t.fullName)] does not contain a method named '\(name)'.", errorId: "MethodNotFound", category: .InvalidOperation)
    }

    /// `[T]::new(args)` and `New-Object T args`: the type's constructor, then any exception type
    /// (`[ArgumentException]::new('message', $inner)`).
    public func construct(_ t: PSTypeInfo, _ args: [Value]) throws -> Value {
        if let cls = scriptClass(t) { return try constructScriptClass(cls, args) }
        if let c = types.members(of: t)?.constructor, let v = try c(MethodCall(session: self, type: t, name: "new", args: args)) { return v }
        if types.isExceptionType(t.fullName) {
            let inner: PSException? = {
                if args.count > 1, case .native(let n) = args[1] { return n as? PSException }
                return nil
            }()
            let message = args.isEmpty ? "Exception of type '\(t.fullName)' was thrown." : LanguagePrimitives.toString(args[0])
            return .native(types.exception(t.fullName, message: message, inner: inner))
        }
        throw RuntimeError(message: "Cannot find an overload for \"new\" and the argument count: \"\(args.count)\".", errorId: "MethodCountCouldNotFindBest", category: .NotSpecified, exceptionType: "System.Management.Automation.MethodException")
    }
}
