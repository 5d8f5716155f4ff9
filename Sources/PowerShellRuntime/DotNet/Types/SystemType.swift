/// System.Type: the methods of a type value (`[string].IsAssignableFrom([object])`). Reflection
/// over members is not emulated: GetMethods() and the like are empty.
enum SystemType {
    static let runtimeType = TypeMembers(instanceMethods: [
        "ToString": on { t, _ in .string(t.fullName) },
        "GetMethods": on { _, _ in .array(PSArray([])) },
        "GetProperties": on { _, _ in .array(PSArray([])) },
        "GetMembers": on { _, _ in .array(PSArray([])) },
        "IsAssignableFrom": on { t, call in
            guard case .type(let o) = call.arg(0) else { return .bool(false) }
            return .bool(call.session.types.baseChain(of: o.fullName).contains { NameKey($0) == NameKey(t.fullName) })
        },
    ])

    private static func on(_ body: @escaping @Sendable (PSTypeInfo, MethodCall) throws -> Value?) -> TypeMembers.Method {
        { call in
            guard case .type(let t) = call.target else { return nil }
            return try body(t, call)
        }
    }
}
