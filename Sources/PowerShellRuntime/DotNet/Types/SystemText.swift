/// System.Text.Encoding (names only: files are always written as UTF-8) and System.Text.StringBuilder.
enum SystemText {
    static let encoding = TypeMembers(
        // [Text.Encoding]::UTF8 is an encoding object (its text, what -Encoding reads, is its .NET
        // type name); other names read as themselves; any static method gives an encoding object
        otherStaticProperty: { name in
            EncodingObject.known(name).map { .native(EncodingObject(name: $0)) } ?? .string(name)
        },
        otherStaticMethod: { call in .native(EncodingObject(name: call.name)) })

    static let stringBuilder = TypeMembers(
        instanceMethods: [
            "Append": onBuilder { b, call in
                let text = call.args.first.map { LanguagePrimitives.toString($0) } ?? ""
                if call.args.count == 3 {
                    // Append(string, startIndex, count): UTF-16 positions, as .NET counts
                    let units = Array(text.utf16)
                    let start = try call.int(1), count = try call.int(2)
                    guard start >= 0, count >= 0, start + count <= units.count else {
                        throw BuiltinMethods.methodError("Append", 3, "Index and count must refer to a location within the string. (Parameter 'startIndex')",
                                                         "System.ArgumentOutOfRangeException")
                    }
                    b.text += String(decoding: units[start..<start + count], as: UTF16.self)
                } else {
                    b.text += text
                }
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
            ByteArrays.value(call.string(0).utf8)
        },
        "GetString": { call in
            .string(String(decoding: ByteArrays.bytes(of: call.arg(0)), as: UTF8.self))
        },
    ])

    private static func onBuilder(_ body: @escaping @Sendable (StringBuilderObject, MethodCall) throws -> Value?) -> TypeMembers.Method {
        { call in
            guard case .native(let n) = call.target, let b = n as? StringBuilderObject else { return nil }
            return try body(b, call)
        }
    }
}

/// An encoding `[System.Text.Encoding]::UTF8` or `::GetEncoding(...)` returns: bytes in and out as
/// UTF-8 (the lab writes files as UTF-8); its text is the .NET type name, which -Encoding reads.
public final class EncodingObject: NativeObject {
    public let name: String
    init(name: String) { self.name = name }
    /// The static properties of System.Text.Encoding that are encodings, by their .NET spelling.
    static func known(_ property: String) -> String? {
        ["UTF8", "Default", "ASCII", "Unicode", "BigEndianUnicode", "UTF32", "Latin1"].first {
            $0.caseInsensitiveCompare(property) == .orderedSame
        }
    }
    public var typeName: String {
        switch name.lowercased() {
        case "ascii": return "System.Text.ASCIIEncoding"
        case "unicode", "bigendianunicode": return "System.Text.UnicodeEncoding"
        case "utf32": return "System.Text.UTF32Encoding"
        case "latin1": return "System.Text.Latin1Encoding"
        default: return "System.Text.UTF8Encoding"
        }
    }
    public var instanceMembers: TypeMembers? { SystemText.utf8Encoding }
    public func toString() -> String { typeName }
}
