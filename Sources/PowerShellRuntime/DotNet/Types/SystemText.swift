/// System.Text.Encoding (names only: files are always written as UTF-8) and System.Text.StringBuilder.
enum SystemText {
    static let encoding = TypeMembers(
        // [Text.Encoding]::UTF8 reads as its name; any static method gives an encoding object
        otherStaticProperty: { name in .string(name) },
        otherStaticMethod: { call in .native(EncodingObject(name: call.name)) })

    static let stringBuilder = TypeMembers(
        constructor: { call in .native(StringBuilderObject(call.string(0))) })
}

/// An encoding `[System.Text.Encoding]::GetEncoding(...)` returns: bytes in and out as UTF-8.
public final class EncodingObject: NativeObject {
    public let name: String
    init(name: String) { self.name = name }
    public var typeName: String { "System.Text.UTF8Encoding" }
    public func invokeMethod(_ n: NameKey, _ args: [Value], session: Session) throws -> Value? {
        switch n.folded {
        case "getbytes":
            return .array(PSArray(Array(LanguagePrimitives.toString(args.first ?? .null).utf8).map { .int(Int($0)) }, elementTypeName: "System.Byte"))
        case "getstring":
            let bytes = (args.first?.enumerated() ?? []).compactMap { try? LanguagePrimitives.toInt($0) }.map { UInt8(truncatingIfNeeded: $0) }
            return .string(String(decoding: bytes, as: UTF8.self))
        default: return nil
        }
    }
    public func toString() -> String { typeName }
}
