/// System.Globalization.CultureInfo: `[cultureinfo]::InvariantCulture` and `CurrentCulture` (the
/// lab formats as the invariant culture does; `en-US` shows as the current one).
enum SystemGlobalization {
    static let cultureInfo = TypeMembers(
        staticProperties: [
            "InvariantCulture": { _ in .native(CultureInfoObject(name: "")) },
            "CurrentCulture": { _ in .native(CultureInfoObject(name: "en-US")) },
            "CurrentUICulture": { _ in .native(CultureInfoObject(name: "en-US")) },
        ],
        staticMethods: [
            "GetCultureInfo": { call in .native(CultureInfoObject(name: call.string(0))) },
        ],
        instanceMethods: [
            "ToString": { call in
                guard case .native(let n) = call.target, let c = n as? CultureInfoObject else { return nil }
                return .string(c.name)
            },
        ],
        constructor: { call in .native(CultureInfoObject(name: call.string(0))) })
}

/// A culture: its name (`""` for the invariant culture).
final class CultureInfoObject: NativeObject {
    let name: String
    init(name: String) { self.name = name }
    var typeName: String { "System.Globalization.CultureInfo" }
    var instanceMembers: TypeMembers? { SystemGlobalization.cultureInfo }
    func toString() -> String { name }
    var propertyNames: [String] { ["Name", "DisplayName", "EnglishName", "TwoLetterISOLanguageName"] }
    func getProperty(_ key: NameKey, session: Session) -> Value? {
        switch key.folded {
        case "name": return .string(name)
        case "displayname", "englishname": return .string(name.isEmpty ? "Invariant Language (Invariant Country)" : "English (United States)")
        case "twoletterisolanguagename": return .string(name.isEmpty ? "iv" : "en")
        default: return nil
        }
    }
}
