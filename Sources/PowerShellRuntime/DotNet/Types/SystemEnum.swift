/// System.Enum's static methods over the enumerations scripts declare (`enum Color { Red }`),
/// and the .NET enumerations the runtime names without listing their values.
enum SystemEnum {
    static let members = TypeMembers(staticMethods: [
        "GetNames": { call in values(call) },
        "GetValues": { call in values(call) },
    ])

    /// An enumeration whose values are not listed: any name reads as itself (`[DayOfWeek]::Monday`
    /// is 'Monday').
    static let unlisted = TypeMembers(otherStaticProperty: { name in .string(name) })

    /// A registered enumeration's values (its static properties), sorted by name.
    private static func values(_ call: MethodCall) -> Value? {
        guard case .type(let t) = call.arg(0), let e = call.session.types.emulatedType(t.fullName) else { return nil }
        let properties = e.members.staticProperties
        return .array(PSArray(properties.keys.sorted { $0.folded < $1.folded }.compactMap { properties[$0]?.body(call.session) }))
    }
}
