import Foundation

/// System.Convert: `[convert]::ToInt32('42')`, `[convert]::ToBase64String($bytes)`.
enum SystemConvert {
    static let members = TypeMembers(
        staticMethods: [
            "ToInt32": { call in .int(try call.int(0)) },
            "ToInt64": { call in .long(try call.long(0)) },
            "ToDouble": { call in .double(try call.double(0)) },
            "ToString": { call in .string(call.string(0)) },
            "ToBoolean": { call in .bool(LanguagePrimitives.isTrue(call.arg(0))) },
            "ToBase64String": { call in
                .string(Data(ByteArrays.bytes(of: call.arg(0))).base64EncodedString())
            },
            "ToHexString": { call in
                .string(ByteArrays.bytes(of: call.arg(0)).map { String(format: "%02X", $0) }.joined())
            },
            "FromHexString": { call in
                let text = call.string(0)
                let digits = Array(text.utf8)
                var out: [UInt8] = []
                guard digits.count % 2 == 0 else {
                    throw BuiltinMethods.methodError("FromHexString", 1, "The input is not a valid hex string as its length is not a multiple of 2.", "System.FormatException")
                }
                var i = 0
                while i < digits.count {
                    guard let byte = UInt8(String(decoding: digits[i..<i + 2], as: UTF8.self), radix: 16) else {
                        throw BuiltinMethods.methodError("FromHexString", 1, "The input is not a valid hex string as it contains a non-hex character.", "System.FormatException")
                    }
                    out.append(byte)
                    i += 2
                }
                return ByteArrays.value(out)
            },
            "FromBase64String": { call in
                guard let d = Data(base64Encoded: call.string(0)) else {
                    throw BuiltinMethods.methodError("FromBase64String", 1, "The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.", "System.FormatException")
                }
                return ByteArrays.value(d)
            },
        ])
}
