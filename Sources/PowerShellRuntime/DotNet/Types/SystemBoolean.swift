/// System.Boolean: the methods of `$true` and `$false`.
enum SystemBoolean {
    static let members = TypeMembers(
        instanceMethods: [
            "ToString": { call in
                guard case .bool(let b) = call.target else { return nil }
                return .string(b ? "True" : "False")
            },
        ])
}
