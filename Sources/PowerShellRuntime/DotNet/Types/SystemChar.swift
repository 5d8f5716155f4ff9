/// System.Char: `[char]::IsDigit('5')`, `[char]::ToUpper('a')`; the methods of a char value.
enum SystemChar {
    static let members = TypeMembers(
        staticProperties: [
            "MinValue": { _ in .char("\u{0}") },
            "MaxValue": { _ in .char("\u{FFFF}") },
        ],
        staticMethods: [
            "IsDigit": { call in .bool(character(call).isNumber) },
            "IsLetter": { call in .bool(character(call).isLetter) },
            "IsLetterOrDigit": { call in let c = character(call); return .bool(c.isLetter || c.isNumber) },
            "IsWhiteSpace": { call in .bool(character(call).isWhitespace) },
            "IsUpper": { call in .bool(character(call).isUppercase) },
            "IsLower": { call in .bool(character(call).isLowercase) },
            "ToUpper": { call in mapped(character(call), upper: true) },
            "ToLower": { call in mapped(character(call), upper: false) },
        ],
        instanceMethods: [
            "ToString": { call in
                guard case .char(let c) = call.target else { return nil }
                return .string(String(c))
            },
        ])

    /// The first character of the first argument (a space when there is none).
    private static func character(_ call: MethodCall) -> Character { call.string(0).first ?? " " }

    /// .NET maps one character to one: where the full mapping makes more (ß -> SS), it stays.
    private static func mapped(_ c: Character, upper: Bool) -> Value {
        if !upper && c == "\u{130}" { return .char("i") }
        let m = upper ? String(c).uppercased() : String(c).lowercased()
        return .char(m.unicodeScalars.count == 1 ? (m.first ?? c) : c)
    }
}
