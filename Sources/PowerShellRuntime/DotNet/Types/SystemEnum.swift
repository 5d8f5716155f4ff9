/// System.Enum's static methods over the enumerations scripts declare (`enum Color { Red }`),
/// and the .NET enumerations the runtime names without listing their values.
enum SystemEnum {
    static let members = TypeMembers(staticMethods: [
        // names and values in .NET's order: by value
        "GetNames": { call in
            guard call.count == 1, let e = enumType(call, 0) else { return nil }
            return .array(PSArray(e.sortedMembers.map { .string($0.name) }))
        },
        "GetValues": { call in
            guard call.count == 1, let e = enumType(call, 0) else { return nil }
            var seen = Set<Int64>()
            return .array(PSArray(e.sortedMembers.filter { seen.insert($0.value).inserted }.map { .native(e.value($0.value)) }))
        },
        "GetName": { call in
            guard call.count == 2, let e = enumType(call, 0) else { return nil }
            let n = try e.convert(call.args[1]).number
            return e.sortedMembers.first { $0.value == n }.map { .string($0.name) } ?? .null
        },
        "IsDefined": { call in
            guard call.count == 2, let e = enumType(call, 0) else { return nil }
            switch call.args[1] {
            case .string(let s): return .bool(e.members.contains { $0.name == s })
            default: return .bool(e.isDefined(try LanguagePrimitives.toLong(call.args[1])))
            }
        },
        "Parse": { call in
            guard call.count == 2 || call.count == 3, let e = enumType(call, 0) else { return nil }
            do { return .native(try e.convert(.string(call.string(1)))) } catch {
                throw BuiltinMethods.methodError("Parse", call.count, "Requested value '\(call.string(1))' was not found.")
            }
        },
        "ToObject": { call in
            guard call.count == 2, let e = enumType(call, 0) else { return nil }
            return .native(e.value(try LanguagePrimitives.toLong(call.args[1])))
        },
        "GetUnderlyingType": { call in
            guard call.count == 1, let e = enumType(call, 0) else { return nil }
            return .type(PSTypeInfo(fullName: e.underlyingTypeName))
        },
    ])

    /// An enumeration whose values are not listed: any name reads as itself (`[DayOfWeek]::Monday`
    /// is 'Monday').
    static let unlisted = TypeMembers(otherStaticProperty: { name in .string(name) })

    /// A .NET enumeration whose members the runtime lists (BuiltinEnums).
    static func builtin(_ fullName: String) -> TypeMembers {
        BuiltinEnums.named(fullName).map { BuiltinEnums.members(of: $0) } ?? unlisted
    }

    /// The enumeration an argument names (`[Color]` or 'Color'): a script's, or one the runtime
    /// enumerates (BuiltinEnums, the Parser API's token kinds).
    private static func enumType(_ call: MethodCall, _ i: Int) -> EnumType? {
        func lookup(_ fullName: String) -> EnumType? {
            call.session.scriptEnums[NameKey(fullName)] ?? BuiltinEnums.named(fullName) ?? LanguageTokens.all.first { NameKey.fold($0.fullName) == NameKey.fold(fullName) }
        }
        switch call.arg(i) {
        case .type(let t): return lookup(t.fullName)
        case .string(let s): return DotNetEnums.resolve(s, in: call.session) ?? call.session.types.resolve(s).flatMap { lookup($0.fullName) }
        default: return nil
        }
    }
}
