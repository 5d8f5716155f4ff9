/// System.StringComparer: its static comparers, and Compare / Equals on them.
enum SystemStringComparer {
    static let members = TypeMembers(staticProperties: [
        "Ordinal": { _ in .native(StringComparerObject(typeName: "System.OrdinalComparer", ignoreCase: false)) },
        "OrdinalIgnoreCase": { _ in .native(StringComparerObject(typeName: "System.OrdinalIgnoreCaseComparer", ignoreCase: true)) },
        "InvariantCulture": { _ in .native(StringComparerObject(typeName: "System.CultureAwareComparer", ignoreCase: false)) },
        "InvariantCultureIgnoreCase": { _ in .native(StringComparerObject(typeName: "System.CultureAwareComparer", ignoreCase: true)) },
        "CurrentCulture": { _ in .native(StringComparerObject(typeName: "System.CultureAwareComparer", ignoreCase: false)) },
        "CurrentCultureIgnoreCase": { _ in .native(StringComparerObject(typeName: "System.CultureAwareComparer", ignoreCase: true)) },
    ])

    static let instance = TypeMembers(instanceMethods: [
        "Compare": { call in
            guard case .native(let n) = call.target, let c = n as? StringComparerObject else { return nil }
            let a = LanguagePrimitives.toString(call.arg(0)), b = LanguagePrimitives.toString(call.arg(1))
            return .int(StringComparerObject.compare(a, b, ignoreCase: c.ignoreCase))
        },
        "Equals": { call in
            guard case .native(let n) = call.target, let c = n as? StringComparerObject, call.args.count == 2 else { return nil }
            let a = LanguagePrimitives.toString(call.arg(0)), b = LanguagePrimitives.toString(call.arg(1))
            return .bool(StringComparerObject.compare(a, b, ignoreCase: c.ignoreCase) == 0)
        },
    ])
}
