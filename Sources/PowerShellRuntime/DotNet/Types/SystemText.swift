/// System.Text.Encoding (names only: files are always written as UTF-8) and System.Text.StringBuilder.
enum SystemText {
    static let encoding = TypeMembers(
        // [Text.Encoding]::UTF8 reads as its name; any static method gives an encoding object
        otherStaticProperty: { name in .string(name) },
        otherStaticMethod: { call in .native(EncodingObject(name: call.name)) })

    static let stringBuilder = TypeMembers(
        constructor: { call in .native(StringBuilderObject(call.string(0))) })
}

