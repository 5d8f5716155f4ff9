/// `System.Byte[]` in and out: the bytes of an array of small integers (a string is not bytes), and
/// bytes as the array .NET methods return.
enum ByteArrays {
    static func bytes(of value: Value) -> [UInt8] {
        bytes(of: value.enumerated() ?? [])
    }

    static func bytes(of values: [Value]) -> [UInt8] {
        values.compactMap { try? LanguagePrimitives.toInt($0) }.map { UInt8(truncatingIfNeeded: $0) }
    }

    static func value<S: Sequence>(_ bytes: S) -> Value where S.Element == UInt8 {
        .array(PSArray(bytes.map { .sized(.byte($0)) }, elementTypeName: "System.Byte"))
    }
}
