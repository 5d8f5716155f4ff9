/// System.Text.Encoding (names only: files are always written as UTF-8) and System.Text.StringBuilder.
enum SystemText {
    static let encoding = TypeMembers(
        // [Text.Encoding]::UTF8 reads as its name; any static method gives an encoding object
        otherStaticProperty: { name in .string(name) },
        otherStaticMethod: { call in .native(EncodingObject(name: call.name)) })

    static let stringBuilder = TypeMembers(
        instanceMethods: [
            "Append": onBuilder { b, call in
                b.text += call.args.first.map { LanguagePrimitives.toString($0) } ?? ""
                return .native(b)
            },
            "AppendLine": onBuilder { b, call in
                b.text += (call.args.first.map { LanguagePrimitives.toString($0) } ?? "") + "\n"
                return .native(b)
            },
            "AppendFormat": onBuilder { b, call in
                guard let f = call.args.first else { return .native(b) }
                b.text += try Operators.format(LanguagePrimitives.toString(f), Array(call.args.dropFirst()))
                return .native(b)
            },
            "Clear": onBuilder { b, _ in
                b.text = ""
                return .native(b)
            },
            "ToString": onBuilder { b, _ in .string(b.text) },
        ],
        constructor: { call in .native(StringBuilderObject(call.string(0))) })

    /// The methods of an encoding object: bytes in and out as UTF-8.
    static let utf8Encoding = TypeMembers(instanceMethods: [
        "GetBytes": { call in
            .array(PSArray(Array(call.string(0).utf8).map { .int(Int($0)) }, elementTypeName: "System.Byte"))
        },
        "GetString": { call in
            let bytes = (call.args.first?.enumerated() ?? []).compactMap { try? LanguagePrimitives.toInt($0) }.map { UInt8(truncatingIfNeeded: $0) }
            return .string(String(decoding: bytes, as: UTF8.self))
        },
    ])

    private static func onBuilder(_ body: @escaping @Sendable (StringBuilderObject, MethodCall) throws -> Value?) -> TypeMembers.Method {
        { call in
            guard case .native(let n) = call.target, let b = n as? StringBuilderObject else { return nil }
            return try body(b, call)
        }
    }
}

/// An encoding `[System.Text.Encoding]::GetEncoding(...)` returns: bytes in and out as UTF-8.
public final class EncodingObject: NativeObject {
    public let name: String
    init(name: String) { self.name = name }
    public var typeName: String { "System.Text.UTF8Encoding" }
    public var instanceMembers: TypeMembers? { SystemText.utf8Encoding }
    public func toString() -> String { typeName }
}
