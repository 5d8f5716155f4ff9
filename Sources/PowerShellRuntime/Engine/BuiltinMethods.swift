import Foundation

/// The .NET instance methods scripts call on built-in values (strings, arrays, hashtables,
/// dates, numbers, script blocks, ...): each value kind's table is registered with its type in
/// `DotNet/Types/` (`DotNetTypes.instanceMembers(of:)`), and so are the native objects that
/// declare theirs (`NativeObject.instanceMembers`); other native objects answer for themselves.
enum BuiltinMethods {
    /// The method's result, or nil when the value has no such method (or no overload for these
    /// arguments): the caller then tries the methods every object has and member enumeration.
    static func invoke(_ target: Value, _ key: NameKey, _ args: [Value], session: Session) throws -> Value? {
        if let members = DotNetTypes.instanceMembers(of: target) {
            guard let method = members.instanceMethods[key] else { return nil }
            return try method.body(MethodCall(session: session, target: target, name: key.folded, args: args))
        }
        if case .native(let n) = target { return try n.invokeMethod(key, args, session: session) }
        return nil
    }

    /// A .NET exception thrown inside a method, as PowerShell reports it: a
    /// MethodInvocationException `Exception calling "Name" with "n" argument(s): "message"`
    /// whose inner exception is the .NET one.
    static func methodError(_ name: String, _ argc: Int, _ message: String, _ inner: String = "System.ArgumentException") -> RuntimeError {
        let e = RuntimeError(message: "Exception calling \"\(name)\" with \"\(argc)\" argument(s): \"\(message)\"", errorId: inner.split(separator: ".").last.map(String.init) ?? "MethodInvocationException", category: .NotSpecified, exceptionType: "System.Management.Automation.MethodInvocationException")
        e.record.exception.innerException = PSException(inner, message)
        return e
    }
}
